package com.cineorg.domain.model.library;

import com.cineorg.domain.model.media.SidecarKind;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A subtitle, .nfo or artwork that follows its video.
 *
 * @param target where it goes, or null when it stays (then {@code reason} says why)
 */
public record SidecarMove(Path source, Path target, SidecarKind kind, String reason) {
    public SidecarMove {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        if (target == null && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a sidecar that stays needs a reason: " + source);
        }
    }

    public boolean moves() {
        return target != null;
    }
}
