package com.cineorg.domain.port.out;

import com.cineorg.domain.model.media.MediaInfo;
import java.nio.file.Path;
import java.util.Optional;

/** Reads technical media information from a file (ffprobe or mediainfo). */
public interface MediaInfoPort {
    /** True when a probing tool is installed. */
    boolean available();

    /** The tool's name and version for `doctor`, or empty when none is installed. */
    Optional<String> describe();

    /** Facts about the file, or empty when the tool is missing or cannot read it (never throws for a bad file). */
    Optional<MediaInfo> probe(Path file);
}
