package com.cineorg.domain.model.library;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything an organize run would do, computed before anything is touched.
 *
 * @param scheme the scheme name ({@code plex}, {@code jellyfin}) or the custom template text
 */
public record OrganizePlan(Path library, OrganizeMode mode, CollisionPolicy policy, String scheme, List<FileMove> moves) {
    /** The library folder that receives replaced files; they are never deleted. */
    public static final String TRASH_FOLDER = ".cineorg-trash";

    public OrganizePlan {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(policy, "policy");
        moves = moves == null ? List.of() : List.copyOf(moves);
    }

    public List<FileMove> toOrganize() {
        return moves.stream().filter(FileMove::organizes).toList();
    }

    public List<FileMove> skipped() {
        return moves.stream().filter(m -> m.action() == FileMove.Action.SKIP).toList();
    }

    public long collisions() {
        return moves.stream().filter(m -> m.conflict() != FileMove.Conflict.NONE).count();
    }

    public long sidecarCount() {
        return moves.stream().mapToLong(m -> m.sidecars().stream().filter(SidecarMove::moves).count()).sum();
    }
}
