package com.cineorg.domain.scan;

import com.cineorg.domain.model.media.FileEntry;
import com.cineorg.domain.model.media.Sidecar;
import com.cineorg.domain.model.media.SidecarKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attaches subtitles, .nfo files and artwork to the videos of one folder, the way media servers and FileBot pair
 * them: a sidecar whose name starts with the video's base name belongs to that video; when the folder holds a
 * single video, every sidecar of the folder (and of its {@code Subs} folders) belongs to it.
 */
public final class SidecarMatcher {
    /** Folder-level artwork and metadata that belongs to the only video of a folder. */
    private static final Set<String> FOLDER_LEVEL = Set.of(
            "movie", "poster", "fanart", "folder", "cover", "banner", "clearart", "clearlogo", "logo", "landscape",
            "thumb", "disc", "backdrop", "background");

    private static final Pattern SEPARATORS = Pattern.compile("[.\\s\\-_\\[\\]()]+");
    private static final Pattern SEPARATORS_BUT_UNDERSCORE = Pattern.compile("[.\\s\\-\\[\\]()]+");
    /** A language with its region: {@code pt-BR}, {@code en_US}, {@code por-BR}. */
    private static final Pattern WITH_REGION =
            Pattern.compile("(?:^|[.\\s_\\[\\]()])([A-Za-z]{2,3})[-_]([A-Za-z]{2})(?=$|[.\\s_\\-\\[\\]()])");

    private SidecarMatcher() {}

    /**
     * @param videos the main videos of the folder
     * @param sidecars candidate sidecar files of the folder
     * @param subtitleFolderFiles subtitle files found in {@code Subs}-like folders below it, keyed by the name of the
     *     folder that directly holds them ({@code Subs} itself, or a per-episode folder inside it)
     */
    public static Map<Path, List<Sidecar>> match(
            List<FileEntry> videos, List<FileEntry> sidecars, Map<String, List<FileEntry>> subtitleFolderFiles) {
        Map<Path, List<FileEntry>> assigned = assign(videos, sidecars, subtitleFolderFiles);
        Map<Path, List<Sidecar>> result = new HashMap<>();
        for (FileEntry v : videos) {
            result.put(v.path(), sidecarsOf(v, assigned.get(v.path())));
        }
        return result;
    }

    /**
     * As {@link #match}, without reading the sidecars' names for languages and flags: the sidecar files of each
     * video, in the order {@link #match} lists them. A rescan needs only their {@link #signatureOf signature}.
     */
    public static Map<Path, List<FileEntry>> assign(
            List<FileEntry> videos, List<FileEntry> sidecars, Map<String, List<FileEntry>> subtitleFolderFiles) {
        Map<Path, List<FileEntry>> result = new HashMap<>();
        if (videos.isEmpty()) {
            return result;
        }
        List<String> bases = new ArrayList<>(videos.size());
        List<List<FileEntry>> owned = new ArrayList<>(videos.size());
        for (FileEntry v : videos) {
            bases.add(MediaFileClassifier.baseName(v.fileName()).toLowerCase(Locale.ROOT));
            List<FileEntry> list = new ArrayList<>();
            owned.add(list);
            result.put(v.path(), list);
        }
        boolean single = videos.size() == 1;
        for (FileEntry s : sidecars) {
            int owner = ownerByPrefix(s.fileName(), bases);
            if (owner < 0 && single && isFolderLevel(s.fileName())) {
                owner = 0;
            }
            if (owner < 0 && single && MediaFileClassifier.kindOf(s.fileName()) == FileKind.SUBTITLE) {
                owner = 0;
            }
            if (owner >= 0) {
                owned.get(owner).add(s);
            }
        }
        for (Map.Entry<String, List<FileEntry>> folder : subtitleFolderFiles.entrySet()) {
            String folderName = folder.getKey().toLowerCase(Locale.ROOT);
            int owner = bases.indexOf(folderName);
            if (owner < 0 && single) {
                owner = 0;
            }
            for (FileEntry s : folder.getValue()) {
                int byName = ownerByPrefix(s.fileName(), bases);
                int chosen = byName >= 0 ? byName : owner;
                if (chosen >= 0) {
                    owned.get(chosen).add(s);
                }
            }
        }
        return result;
    }

    /** The sidecars of {@code video} from its files as {@link #assign} found them. */
    public static List<Sidecar> sidecarsOf(FileEntry video, List<FileEntry> files) {
        if (files == null || files.isEmpty()) {
            return new ArrayList<>();
        }
        String base = MediaFileClassifier.baseName(video.fileName()).toLowerCase(Locale.ROOT);
        List<Sidecar> result = new ArrayList<>(files.size());
        for (FileEntry f : files) {
            result.add(toSidecar(f, base));
        }
        return result;
    }

    private static int ownerByPrefix(String fileName, List<String> bases) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        int best = -1;
        int bestLength = -1;
        for (int i = 0; i < bases.size(); i++) {
            String base = bases.get(i);
            if (lower.startsWith(base) && lower.length() > base.length()) {
                char next = lower.charAt(base.length());
                if ((next == '.' || next == '-' || next == '_' || next == ' ') && base.length() > bestLength) {
                    best = i;
                    bestLength = base.length();
                }
            }
        }
        return best;
    }

    private static boolean isFolderLevel(String fileName) {
        String base = MediaFileClassifier.baseName(fileName).toLowerCase(Locale.ROOT);
        return FOLDER_LEVEL.contains(base);
    }

    static Sidecar toSidecar(FileEntry file, String videoBase) {
        String name = file.fileName();
        FileKind kind = MediaFileClassifier.kindOf(name);
        SidecarKind sidecarKind = switch (kind) {
            case SUBTITLE -> SidecarKind.SUBTITLE;
            case NFO -> SidecarKind.NFO;
            case IMAGE -> SidecarKind.IMAGE;
            case VIDEO, JUNK, OTHER -> SidecarKind.OTHER;
        };
        if (sidecarKind != SidecarKind.SUBTITLE) {
            return new Sidecar(file.path(), sidecarKind, null, List.of());
        }
        String base = MediaFileClassifier.baseName(name);
        String rest = base.toLowerCase(Locale.ROOT).startsWith(videoBase) ? base.substring(videoBase.length()) : base;
        String language = null;
        List<String> flags = new ArrayList<>();
        for (String token : SEPARATORS.split(rest)) {
            if (token.isEmpty()) {
                continue;
            }
            if (SubtitleLanguages.isFlag(token)) {
                flags.add(token.toLowerCase(Locale.ROOT));
            } else if (language == null) {
                language = SubtitleLanguages.toIso(token);
            }
        }
        if (language == null) {
            // "2_English" keeps its underscore when split on other separators only
            for (String token : SEPARATORS_BUT_UNDERSCORE.split(rest)) {
                String iso = token.isEmpty() ? null : SubtitleLanguages.toIso(token);
                if (iso != null) {
                    language = iso;
                    break;
                }
            }
        }
        if (language != null) {
            language = withRegion(rest, language);
        }
        return new Sidecar(file.path(), SidecarKind.SUBTITLE, language, flags);
    }

    /** {@code pt} becomes {@code pt-BR} when the name says {@code pt-BR} (or {@code por_BR}): players tell them apart. */
    private static String withRegion(String rest, String language) {
        Matcher m = WITH_REGION.matcher(rest);
        while (m.find()) {
            if (language.equals(SubtitleLanguages.toIso(m.group(1))) && !SubtitleLanguages.isFlag(m.group(2))) {
                return language + "-" + m.group(2).toUpperCase(Locale.ROOT);
            }
        }
        return language;
    }

    /** A cheap fingerprint of a sidecar list, stored so that a rescan notices added or removed sidecars. */
    public static int signature(List<Sidecar> sidecars) {
        List<String> paths = new ArrayList<>(sidecars.size());
        for (Sidecar s : sidecars) {
            paths.add(s.path().toString());
        }
        return hashSorted(paths);
    }

    /** {@link #signature} of the sidecars these files make. */
    public static int signatureOf(List<FileEntry> sidecarFiles) {
        if (sidecarFiles.isEmpty()) {
            return 1;
        }
        List<String> paths = new ArrayList<>(sidecarFiles.size());
        for (FileEntry f : sidecarFiles) {
            paths.add(f.path().toString());
        }
        return hashSorted(paths);
    }

    private static int hashSorted(List<String> paths) {
        int h = 1;
        paths.sort(null);
        for (String p : paths) {
            h = 31 * h + p.hashCode();
        }
        return h;
    }
}
