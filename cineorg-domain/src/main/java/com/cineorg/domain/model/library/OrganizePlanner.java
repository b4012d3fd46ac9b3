package com.cineorg.domain.model.library;

import com.cineorg.domain.error.InvalidInputException;
import com.cineorg.domain.model.media.Sidecar;
import com.cineorg.domain.model.media.SidecarKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Computes an {@link OrganizePlan}: renders every target, detects every collision (with the disk through a
 * {@link TargetProbe}, and between entries of the plan), applies the {@link CollisionPolicy}, places sidecars and
 * extras. Pure: it never touches the disk.
 *
 * <p>Targets are compared case-insensitively, so that a plan stays collision-free on NTFS, SMB and APFS too.
 *
 * <p>Extras (trailers, featurettes...) go, as Plex and Jellyfin expect, to a kind folder inside the folder of the
 * movie they sit beside ({@code Movies/Heat (1995)/Trailers/...}); an extra with no organized movie in its folder
 * (or the folder above) is left in place and reported.
 */
public final class OrganizePlanner {
    private static final int NUMBER_RESERVE = 8;
    private static final int MAX_NUMBER = 999;

    private final NamingScheme scheme;
    private final NameSanitizer sanitizer;
    private final CollisionPolicy policy;

    public OrganizePlanner(NamingScheme scheme, NameSanitizer sanitizer, CollisionPolicy policy) {
        this.scheme = Objects.requireNonNull(scheme);
        this.sanitizer = Objects.requireNonNull(sanitizer);
        this.policy = Objects.requireNonNull(policy);
    }

    private record Candidate(PlanInput input, Path target, String base, String skipReason) {}

    public OrganizePlan plan(Path library, OrganizeMode mode, List<PlanInput> inputs, TargetProbe probe) {
        Objects.requireNonNull(library, "library");
        List<PlanInput> videos = new ArrayList<>();
        List<PlanInput> extras = new ArrayList<>();
        for (PlanInput in : inputs) {
            (in.extraKind() != null ? extras : videos).add(in);
        }
        videos.sort(Comparator.comparing(PlanInput::source));
        extras.sort(Comparator.comparing(PlanInput::source));

        Map<String, List<Candidate>> groups = new LinkedHashMap<>();
        List<FileMove> result = new ArrayList<>();
        for (PlanInput in : videos) {
            Candidate c = candidate(library, in);
            if (c.skipReason() != null) {
                result.add(FileMove.skipped(in.mediaId(), in.source(), in.size(), in.mtime(), c.skipReason(),
                        FileMove.Conflict.NONE, in.priorStatus()));
            } else {
                groups.computeIfAbsent(key(c.target()), k -> new ArrayList<>()).add(c);
            }
        }
        Set<String> claimed = new HashSet<>();
        Map<Path, Path> movieFolders = new HashMap<>();
        for (List<Candidate> group : groups.values()) {
            if (policy == CollisionPolicy.REPLACE_IF_BETTER) {
                group.sort(Comparator.comparing((Candidate c) -> c.input().quality()).reversed()
                        .thenComparing(c -> c.input().source()));
            }
            for (int i = 0; i < group.size(); i++) {
                FileMove move = resolve(library, group.get(i), i == 0 ? null : group.get(0), probe, claimed);
                result.add(move);
                if (move.organizes() || move.action() == FileMove.Action.IN_PLACE) {
                    if (move.target().getParent() != null) {
                        movieFolders.putIfAbsent(move.source().getParent(), move.target().getParent());
                    }
                }
            }
        }
        for (PlanInput extra : extras) {
            result.add(placeExtra(extra, movieFolders, probe, claimed));
        }
        result.sort(Comparator.comparing(FileMove::source));
        String schemeName = scheme.name().equals("custom") ? scheme.movie().text() : scheme.name();
        return new OrganizePlan(library, mode, policy, schemeName, result);
    }

    private Candidate candidate(Path library, PlanInput in) {
        NamingData data = in.naming();
        if (!nameable(data.title()) && !nameable(data.show())) {
            return new Candidate(in, null, null, "no title in the name; left in place");
        }
        String fileName = in.source().getFileName() == null ? "" : in.source().getFileName().toString();
        String ext = extension(fileName);
        NamingTemplate template = scheme.templateFor(data);
        NamingTemplate.Rendered rendered = template.render(data, ext);
        if (!rendered.complete()) {
            return new Candidate(in, null, null, "no " + String.join(", ", rendered.missing())
                    + " for template '" + template.text() + "'; left in place");
        }
        int extraBytes = 0;
        String dotExt = ext.isEmpty() ? "" : "." + ext;
        for (Sidecar s : in.sidecars()) {
            String suffix = sidecarSuffix(s, fileName);
            if (suffix != null) {
                extraBytes = Math.max(extraBytes, NameSanitizer.bytes(suffix) - NameSanitizer.bytes(dotExt));
            }
        }
        List<List<NamingTemplate.Piece>> components = rendered.components();
        Path target = library;
        try {
            for (int i = 0; i < components.size(); i++) {
                boolean last = i == components.size() - 1;
                int budget = NameSanitizer.MAX_COMPONENT_BYTES
                        - (last ? extraBytes + (policy == CollisionPolicy.KEEP_BOTH ? NUMBER_RESERVE : 0) : 0);
                String name = sanitizer.component(components.get(i), budget);
                if (name == null) {
                    return new Candidate(in, null, null, "the template renders an empty folder or file name; left in place");
                }
                target = target.resolve(name);
            }
        } catch (InvalidInputException e) {
            return new Candidate(in, null, null, e.getMessage());
        }
        String targetName = target.getFileName().toString();
        String base = !dotExt.isEmpty() && targetName.endsWith(dotExt)
                ? targetName.substring(0, targetName.length() - dotExt.length()) : targetName;
        return new Candidate(in, target, base, null);
    }

    /** A title that names something: "???" or ":" would leave only a year, or nothing, once made safe. */
    private static boolean nameable(String title) {
        return title != null && title.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private FileMove resolve(Path library, Candidate c, Candidate winner, TargetProbe probe, Set<String> claimed) {
        PlanInput in = c.input();
        Path target = c.target();
        String base = c.base();
        FileMove.Conflict conflict = FileMove.Conflict.NONE;
        String note = null;
        Path displaced = null;
        Path displacedTo = null;
        boolean inPlace = false;
        if (winner != null || claimed.contains(key(target))) {
            conflict = FileMove.Conflict.IN_PLAN;
            String other = winner != null ? winner.input().source().toString() : "another file of this plan";
            switch (policy) {
                case SKIP -> {
                    return skip(in, "same target as " + other + ": " + target, conflict);
                }
                case REPLACE_IF_BETTER -> {
                    return skip(in, "a better or equal file of this plan (" + other + ") takes " + target, conflict);
                }
                case KEEP_BOTH -> {
                    Path numbered = numbered(target, base, probe, in.source(), claimed);
                    if (numbered == null) {
                        return skip(in, "no free numbered name for " + target, conflict);
                    }
                    base = baseOf(numbered, target, base);
                    target = numbered;
                    note = "kept both: numbered name";
                }
            }
        } else {
            Optional<TargetProbe.Existing> existing = probe.probe(target, in.source());
            if (existing.isPresent() && existing.get().sameFile()) {
                inPlace = target.equals(in.source());
            } else if (existing.isPresent()) {
                conflict = FileMove.Conflict.EXISTING;
                switch (policy) {
                    case SKIP -> {
                        return skip(in, "target exists: " + target, conflict);
                    }
                    case REPLACE_IF_BETTER -> {
                        Quality old = existing.get().quality();
                        if (!in.quality().betterThan(old)) {
                            return skip(in, "target exists and is not worse (" + in.quality() + " vs " + old + "): "
                                    + target, conflict);
                        }
                        displaced = target;
                        displacedTo = trash(library, target, probe, claimed);
                        note = "replaces a worse file (" + old + "), which goes to " + displacedTo;
                    }
                    case KEEP_BOTH -> {
                        Path numbered = numbered(target, base, probe, in.source(), claimed);
                        if (numbered == null) {
                            return skip(in, "no free numbered name for " + target, conflict);
                        }
                        base = baseOf(numbered, target, base);
                        target = numbered;
                        note = "kept both: numbered name";
                    }
                }
            }
        }
        claimed.add(key(target));
        List<SidecarMove> sidecars = placeSidecars(in, target.getParent(), base, probe, claimed);
        return new FileMove(in.mediaId(), in.source(), in.size(), in.mtime(), target,
                inPlace ? FileMove.Action.IN_PLACE : FileMove.Action.ORGANIZE, note, conflict, displaced, displacedTo,
                sidecars, in.priorStatus());
    }

    private static FileMove skip(PlanInput in, String reason, FileMove.Conflict conflict) {
        return FileMove.skipped(in.mediaId(), in.source(), in.size(), in.mtime(), reason, conflict, in.priorStatus());
    }

    private static String baseOf(Path numbered, Path original, String base) {
        String name = numbered.getFileName().toString();
        String suffix = original.getFileName().toString().substring(base.length());
        return name.substring(0, name.length() - suffix.length());
    }

    /** {@code Title (2010) (2).mkv}, the first number that is free on disk and in the plan. */
    private static Path numbered(Path target, String base, TargetProbe probe, Path source, Set<String> claimed) {
        String suffix = target.getFileName().toString().substring(base.length());
        for (int n = 2; n <= MAX_NUMBER; n++) {
            Path candidate = target.resolveSibling(base + " (" + n + ")" + suffix);
            if (!claimed.contains(key(candidate)) && probe.probe(candidate, source).isEmpty()) {
                return candidate;
            }
        }
        return null;
    }

    private static Path trash(Path library, Path target, TargetProbe probe, Set<String> claimed) {
        Path relative = target.startsWith(library) ? library.relativize(target) : target.getFileName();
        Path trashed = library.resolve(OrganizePlan.TRASH_FOLDER).resolve(relative);
        if (claimed.contains(key(trashed)) || probe.probe(trashed, target).isPresent()) {
            String name = trashed.getFileName().toString();
            String ext = extension(name);
            String base = ext.isEmpty() ? name : name.substring(0, name.length() - ext.length() - 1);
            trashed = numbered(trashed, base, probe, target, claimed);
            if (trashed == null) {
                throw new InvalidInputException("no free name in the trash folder for " + target);
            }
        }
        claimed.add(key(trashed));
        return trashed;
    }

    private List<SidecarMove> placeSidecars(
            PlanInput in, Path folder, String base, TargetProbe probe, Set<String> claimed) {
        String videoName = in.source().getFileName().toString();
        List<SidecarMove> result = new ArrayList<>();
        for (Sidecar s : in.sidecars()) {
            String suffix = sidecarSuffix(s, videoName);
            String name;
            if (suffix != null) {
                name = base + suffix;
            } else {
                Path fileName = s.path().getFileName();
                name = fileName == null ? null : sanitizer.value(fileName.toString());
            }
            if (name == null || name.isEmpty()) {
                result.add(new SidecarMove(s.path(), null, s.kind(), "no usable name; left in place"));
                continue;
            }
            Path target = folder.resolve(name);
            if (target.equals(s.path())) {
                claimed.add(key(target));
                result.add(new SidecarMove(s.path(), null, s.kind(), "already in place"));
                continue;
            }
            boolean taken = claimed.contains(key(target));
            boolean onDisk = !taken && probe.probe(target, s.path()).filter(e -> !e.sameFile()).isPresent();
            if ((taken && suffix != null) || (onDisk && policy != CollisionPolicy.SKIP && suffix != null)) {
                target = numberedSidecar(folder, base, suffix, probe, s.path(), claimed);
                if (target == null) {
                    result.add(new SidecarMove(s.path(), null, s.kind(), "no free name; left in place"));
                    continue;
                }
            } else if (taken || onDisk) {
                result.add(new SidecarMove(s.path(), null, s.kind(), "target exists: " + target + "; left in place"));
                continue;
            }
            claimed.add(key(target));
            result.add(new SidecarMove(s.path(), target, s.kind(), null));
        }
        return result;
    }

    private static Path numberedSidecar(
            Path folder, String base, String suffix, TargetProbe probe, Path source, Set<String> claimed) {
        for (int n = 2; n <= MAX_NUMBER; n++) {
            Path candidate = folder.resolve(base + "." + n + suffix);
            if (!claimed.contains(key(candidate)) && probe.probe(candidate, source).isEmpty()) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * What follows the new base name: {@code .en.forced.srt} for a subtitle, the rest of the name for a sidecar
     * named after its video ({@code -poster.jpg}, {@code .nfo}); null for folder-level files ({@code poster.jpg}),
     * which keep their name.
     */
    static String sidecarSuffix(Sidecar s, String videoFileName) {
        String name = s.path().getFileName() == null ? "" : s.path().getFileName().toString();
        String ext = extension(name);
        if (s.kind() == SidecarKind.SUBTITLE) {
            StringBuilder sb = new StringBuilder();
            if (s.language() != null) {
                sb.append('.').append(s.language());
            }
            for (String flag : s.flags()) {
                sb.append('.').append(flag);
            }
            return sb.append('.').append(ext).toString();
        }
        String videoBase = stripExtension(videoFileName);
        if (!videoBase.isEmpty() && name.toLowerCase(Locale.ROOT).startsWith(videoBase.toLowerCase(Locale.ROOT))
                && name.length() > videoBase.length()) {
            String rest = name.substring(videoBase.length());
            return rest.startsWith(".") || rest.startsWith("-") ? rest : null;
        }
        return null;
    }

    private FileMove placeExtra(
            PlanInput extra, Map<Path, Path> movieFolders, TargetProbe probe, Set<String> claimed) {
        Path parent = extra.source().getParent();
        Path movieFolder = movieFolders.get(parent);
        if (movieFolder == null && parent != null) {
            movieFolder = movieFolders.get(parent.getParent());
        }
        if (movieFolder == null) {
            return skip(extra, "extra (" + extra.extraKind() + ") with no organized video beside it; left in place",
                    FileMove.Conflict.NONE);
        }
        String name = sanitizer.value(extra.source().getFileName().toString());
        Path target = movieFolder.resolve(scheme.extrasFolder(extra.extraKind())).resolve(name);
        if (target.equals(extra.source())) {
            return new FileMove(extra.mediaId(), extra.source(), extra.size(), extra.mtime(), target,
                    FileMove.Action.IN_PLACE, null, FileMove.Conflict.NONE, null, null, List.of(), extra.priorStatus());
        }
        if (claimed.contains(key(target))) {
            return skip(extra, "same target as another file of this plan: " + target, FileMove.Conflict.IN_PLAN);
        }
        if (probe.probe(target, extra.source()).filter(e -> !e.sameFile()).isPresent()) {
            return skip(extra, "target exists: " + target, FileMove.Conflict.EXISTING);
        }
        claimed.add(key(target));
        return new FileMove(extra.mediaId(), extra.source(), extra.size(), extra.mtime(), target,
                FileMove.Action.ORGANIZE, "extra (" + extra.extraKind() + ")", FileMove.Conflict.NONE, null, null,
                List.of(), extra.priorStatus());
    }

    static String key(Path p) {
        return p.toString().toLowerCase(Locale.ROOT);
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String stripExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? fileName : fileName.substring(0, dot);
    }
}
