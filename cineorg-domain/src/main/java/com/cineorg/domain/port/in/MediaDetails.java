package com.cineorg.domain.port.in;

import com.cineorg.domain.model.identify.Identification;
import com.cineorg.domain.model.library.JournalEntry;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaInfo;
import java.util.List;
import java.util.Objects;

/**
 * Everything known about one catalogued file, read at one moment: the file (with its parse and sidecars), its
 * identification and probed media info when there are any, and what organize did to it, oldest first.
 */
public record MediaDetails(MediaFile file, Identification identification, MediaInfo mediaInfo,
        List<JournalEntry> history) {
    public MediaDetails {
        Objects.requireNonNull(file, "file");
        history = history == null ? List.of() : List.copyOf(history);
    }
}
