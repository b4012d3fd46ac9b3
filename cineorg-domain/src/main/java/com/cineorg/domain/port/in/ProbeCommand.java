package com.cineorg.domain.port.in;

import java.util.List;

/**
 * @param mediaFileIds files to probe; empty for every file of the catalog that has no media info yet (or changed
 *     since it was probed)
 * @param force probe again even when media info is already known
 */
public record ProbeCommand(List<Long> mediaFileIds, boolean force, ProgressListener progress) {
    public ProbeCommand {
        mediaFileIds = mediaFileIds == null ? List.of() : List.copyOf(mediaFileIds);
        progress = progress == null ? ProgressListener.NONE : progress;
    }

    /** Every file that lacks media info. */
    public static ProbeCommand missing(ProgressListener progress) {
        return new ProbeCommand(List.of(), false, progress);
    }
}
