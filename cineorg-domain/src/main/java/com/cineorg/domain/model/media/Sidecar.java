package com.cineorg.domain.model.media;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A file that belongs to a video: a subtitle (with its language tag and flags such as {@code forced}, {@code sdh}),
 * an .nfo, or artwork.
 *
 * @param language a language tag as found in the name ({@code en}, {@code eng}, {@code pt-BR}), or null
 * @param flags lower-case subtitle flags in name order ({@code forced}, {@code sdh}, {@code cc}, {@code default})
 */
public record Sidecar(Path path, SidecarKind kind, String language, List<String> flags) {
    public Sidecar {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        flags = flags == null ? List.of() : List.copyOf(flags);
    }
}
