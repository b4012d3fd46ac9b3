package com.cineorg.domain.port.out;

import com.cineorg.domain.model.media.MediaStatus;
import java.nio.file.Path;
import java.time.Instant;

/** The few columns an incremental rescan compares against the disk. */
public record IndexedFile(
        long id, Path path, long size, Instant mtime, String fileKey, MediaStatus status, int sidecarSignature) {}
