package com.cineorg.domain.model.library;

import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.Sidecar;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One video the planner places: its file facts, naming data, sidecars and quality. */
public record PlanInput(
        Long mediaId,
        Path source,
        long size,
        Instant mtime,
        NamingData naming,
        List<Sidecar> sidecars,
        String extraKind,
        Quality quality,
        String priorStatus) {

    public PlanInput {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(mtime, "mtime");
        Objects.requireNonNull(naming, "naming");
        sidecars = sidecars == null ? List.of() : List.copyOf(sidecars);
        quality = quality == null ? Quality.UNKNOWN : quality;
    }

    /** Naming data from the parse; identification can pass its own {@link NamingData} through the constructor. */
    public static PlanInput of(MediaFile f) {
        return new PlanInput(f.id().orElse(null), f.path(), f.size(), f.mtime(), NamingData.fromParsed(f.parsed()),
                f.sidecars(), f.extraKind().orElse(null), Quality.of(f.parsed()), f.status().name());
    }
}
