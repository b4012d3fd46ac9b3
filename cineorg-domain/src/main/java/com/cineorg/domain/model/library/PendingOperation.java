package com.cineorg.domain.model.library;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * A step about to be journaled.
 *
 * @param source the file (or folder) the step reads; for MKDIR and RMDIR the folder itself
 * @param target where it goes; for MKDIR and RMDIR the same folder
 * @param mediaId catalog id of the video this step belongs to, or null (sidecars, folders)
 * @param size source size before the step (checked by recovery), -1 when not a file
 * @param priorStatus the catalog status to restore on undo, or null
 */
public record PendingOperation(
        OperationKind kind, Path source, Path target, Long mediaId, long size, Instant mtime, String priorStatus) {
    public PendingOperation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
    }
}
