package com.cineorg.domain.model.library;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One video of a plan: where it is, where it goes, what follows it.
 *
 * @param mediaId the catalog id, or null for a file the catalog does not know
 * @param size size of the source when the plan was made (a saved plan refuses a source that changed since)
 * @param mtime modification time of the source when the plan was made
 * @param target where the video goes; null only for {@link Action#SKIP}
 * @param reason why it is skipped, or a note (numbered, replaces a worse file), or null
 * @param conflict whether the first-choice target was taken, and by what
 * @param displaced an existing file at the target that goes to the trash first ({@link CollisionPolicy#REPLACE_IF_BETTER})
 * @param displacedTo where in the library's trash folder {@code displaced} goes
 * @param priorStatus the catalog status before organizing (restored by undo), or null
 */
public record FileMove(
        Long mediaId,
        Path source,
        long size,
        Instant mtime,
        Path target,
        Action action,
        String reason,
        Conflict conflict,
        Path displaced,
        Path displacedTo,
        List<SidecarMove> sidecars,
        String priorStatus) {

    public enum Action {
        /** Move, copy or link the source to the target. */
        ORGANIZE,
        /** The source already is the target. */
        IN_PLACE,
        /** Nothing happens; {@code reason} says why. */
        SKIP
    }

    public enum Conflict {
        NONE,
        /** The target exists on disk. */
        EXISTING,
        /** Another entry of the same plan wants the same target. */
        IN_PLAN
    }

    public FileMove {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(mtime, "mtime");
        Objects.requireNonNull(action, "action");
        conflict = conflict == null ? Conflict.NONE : conflict;
        sidecars = sidecars == null ? List.of() : List.copyOf(sidecars);
        if (action != Action.SKIP && target == null) {
            throw new IllegalArgumentException("a file that is organized needs a target: " + source);
        }
        if (action == Action.SKIP && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a skipped file needs a reason: " + source);
        }
        if ((displaced == null) != (displacedTo == null)) {
            throw new IllegalArgumentException("displaced and displacedTo go together: " + source);
        }
    }

    public static FileMove skipped(Long mediaId, Path source, long size, Instant mtime, String reason,
            Conflict conflict, String priorStatus) {
        return new FileMove(mediaId, source, size, mtime, null, Action.SKIP, reason, conflict, null, null, List.of(),
                priorStatus);
    }

    public boolean organizes() {
        return action == Action.ORGANIZE;
    }
}
