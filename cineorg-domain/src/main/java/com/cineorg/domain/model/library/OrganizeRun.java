package com.cineorg.domain.model.library;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * One organize run as the journal keeps it.
 *
 * @param finished null while running (or when the process died)
 * @param summary a one-line summary written when the run ends, or null
 */
public record OrganizeRun(
        long id, Instant started, Instant finished, Path library, OrganizeMode mode, RunState state, String summary) {
    public OrganizeRun {
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(state, "state");
    }
}
