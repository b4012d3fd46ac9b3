package com.cineorg.domain.port.in;

import java.nio.file.Path;
import java.util.Objects;

/** What happened to one video (its sidecars included) of a plan. */
public record ItemOutcome(Path source, Path target, Status status, String detail) {
    public enum Status {
        ORGANIZED,
        IN_PLACE,
        SKIPPED,
        FAILED
    }

    public ItemOutcome {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
    }
}
