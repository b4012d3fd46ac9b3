package com.cineorg.domain.port.in;

import com.cineorg.domain.model.media.MediaStatus;
import java.util.List;

/**
 * @param mediaFileIds files to probe; empty for every file of the catalog (extras and missing files aside) that has
 *     no media info yet or changed since it was probed
 * @param status with no ids, only files with this status (the pipeline probes the PARSED ones: new since the last
 *     run); null for any
 * @param force probe again even when media info is already known
 */
public record ProbeMediaCommand(List<Long> mediaFileIds, MediaStatus status, boolean force, ProgressListener progress) {
    public ProbeMediaCommand {
        mediaFileIds = mediaFileIds == null ? List.of() : List.copyOf(mediaFileIds);
        progress = progress == null ? ProgressListener.NONE : progress;
    }

    /** Every file that lacks media info. */
    public static ProbeMediaCommand missing(ProgressListener progress) {
        return new ProbeMediaCommand(List.of(), null, false, progress);
    }

    /** The files scanned but not identified yet that lack media info: what the pipeline probes. */
    public static ProbeMediaCommand newFiles(ProgressListener progress) {
        return new ProbeMediaCommand(List.of(), MediaStatus.PARSED, false, progress);
    }
}
