package com.cineorg.domain.scan;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Pure rules that sort the files of a walk: videos by extension, sidecars, junk left by operating systems and
 * download clients, samples, and Plex-style extras.
 */
public final class MediaFileClassifier {
    public static final Set<String> VIDEO_EXTENSIONS = Set.of(
            "mkv", "mp4", "avi", "m4v", "mov", "wmv", "ts", "m2ts", "mts", "webm", "mpg", "mpeg", "mpe", "vob",
            "iso", "divx", "xvid", "flv", "ogm", "ogv", "3gp", "asf", "rm", "rmvb", "mk3d", "wtv", "f4v", "m2v");
    public static final Set<String> SUBTITLE_EXTENSIONS =
            Set.of("srt", "sub", "idx", "ass", "ssa", "vtt", "sup", "smi", "ttml", "usf", "pgs");
    public static final Set<String> IMAGE_EXTENSIONS = Set.of("jpg", "jpeg", "png", "tbn", "webp");

    private static final Set<String> JUNK_FILES = Set.of("thumbs.db", "desktop.ini", ".ds_store", "ehthumbs.db");
    private static final int MAX_JUNK_FILE_LENGTH = JUNK_FILES.stream().mapToInt(String::length).max().orElse(0);
    private static final String[] JUNK_SUFFIXES = {".partial~", ".part", ".!qb", ".crdownload", ".tmp", ".!ut", ".aria2"};
    private static final Set<String> JUNK_DIRECTORIES = Set.of(
            "@eadir", "$recycle.bin", "system volume information", "lost+found", "#recycle", "#snapshot",
            ".@__thumb", "recycler", ".appledouble");

    /** Plex extras folder names (case-insensitive) and the kind recorded for them. */
    private static final Map<String, String> EXTRA_FOLDERS = Map.ofEntries(
            Map.entry("behind the scenes", "behind-the-scenes"),
            Map.entry("deleted scenes", "deleted-scene"),
            Map.entry("featurettes", "featurette"),
            Map.entry("featurette", "featurette"),
            Map.entry("interviews", "interview"),
            Map.entry("scenes", "scene"),
            Map.entry("shorts", "short"),
            Map.entry("trailers", "trailer"),
            Map.entry("trailer", "trailer"),
            Map.entry("extras", "extra"),
            Map.entry("extra", "extra"),
            Map.entry("bonus", "extra"),
            Map.entry("other", "other"));

    /** Plex extras file suffixes ({@code Movie-trailer.mkv}). */
    private static final Map<String, String> EXTRA_SUFFIXES = Map.of(
            "-behindthescenes", "behind-the-scenes",
            "-deleted", "deleted-scene",
            "-featurette", "featurette",
            "-interview", "interview",
            "-scene", "scene",
            "-short", "short",
            "-trailer", "trailer",
            "-other", "other");

    private static final Pattern SAMPLE_TOKEN = Pattern.compile("(?:^|[^\\p{Alnum}])sample(?:[^\\p{Alnum}]|$)",
            Pattern.CASE_INSENSITIVE);

    /** Samples are short: a file named "sample" that is bigger than this is kept. */
    public static final long SAMPLE_MAX_BYTES = 300L * 1024 * 1024;

    private MediaFileClassifier() {}

    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0 || dot == fileName.length() - 1) {
            return "";
        }
        return fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? fileName : fileName.substring(0, dot);
    }

    public static FileKind kindOf(String fileName) {
        if (isJunkFile(fileName)) {
            return FileKind.JUNK;
        }
        String ext = extension(fileName);
        if (VIDEO_EXTENSIONS.contains(ext)) {
            return FileKind.VIDEO;
        }
        if (SUBTITLE_EXTENSIONS.contains(ext)) {
            return FileKind.SUBTITLE;
        }
        if (ext.equals("nfo")) {
            return FileKind.NFO;
        }
        if (IMAGE_EXTENSIONS.contains(ext)) {
            return FileKind.IMAGE;
        }
        return FileKind.OTHER;
    }

    /**
     * True for names a scan needs no size or date for: subtitles, .nfo, artwork and junk (a folder with such a name
     * is still found by the walk). Videos and unknown names are not.
     */
    public static boolean attributesNotNeeded(String fileName) {
        return switch (kindOf(fileName)) {
            case SUBTITLE, NFO, IMAGE, JUNK -> true;
            case VIDEO, OTHER -> false;
        };
    }

    /** Hidden files, OS metadata and unfinished downloads. */
    public static boolean isJunkFile(String fileName) {
        if (fileName.isEmpty() || fileName.charAt(0) == '.') {
            return true;
        }
        int length = fileName.length();
        if (length <= MAX_JUNK_FILE_LENGTH && JUNK_FILES.contains(fileName.toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (String suffix : JUNK_SUFFIXES) {
            if (length >= suffix.length()
                    && fileName.regionMatches(true, length - suffix.length(), suffix, 0, suffix.length())) {
                return true;
            }
        }
        return false;
    }

    /** Folders never worth walking into: hidden ones, NAS thumbnails, recycle bins, trash. */
    public static boolean isJunkDirectory(String dirName) {
        if (dirName.isEmpty() || dirName.charAt(0) == '.') {
            return true;
        }
        return JUNK_DIRECTORIES.contains(dirName.toLowerCase(Locale.ROOT));
    }

    /** A sample: "sample" as a word of the name or of its folder, and small. */
    public static boolean isSample(String fileName, String parentName, long size) {
        if (size >= SAMPLE_MAX_BYTES) {
            return false;
        }
        return (containsSample(fileName) && SAMPLE_TOKEN.matcher(baseName(fileName)).find())
                || (parentName != null && parentName.equalsIgnoreCase("sample"))
                || (parentName != null && parentName.equalsIgnoreCase("samples"));
    }

    /** A cheap test that rules out the regular expression for almost every name. */
    private static boolean containsSample(String name) {
        for (int i = 0, last = name.length() - 6; i <= last; i++) {
            char c = name.charAt(i);
            if ((c == 's' || c == 'S') && name.regionMatches(true, i, "sample", 0, 6)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The extra kind of a video ({@code trailer}, {@code featurette}...) from its folder or its Plex suffix, or null
     * for a main feature or episode.
     */
    public static String extraKind(String fileName, String parentName) {
        if (parentName != null) {
            String kind = EXTRA_FOLDERS.get(parentName.toLowerCase(Locale.ROOT));
            if (kind != null) {
                return kind;
            }
        }
        String base = baseName(fileName);
        if (base.indexOf('-') < 0) {
            return null; // every Plex suffix starts with a dash
        }
        base = base.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : EXTRA_SUFFIXES.entrySet()) {
            if (base.endsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Folders holding subtitles for the videos of their parent folder ({@code Subs}, {@code Subtitles}). */
    public static boolean isSubtitleFolder(String dirName) {
        String lower = dirName.toLowerCase(Locale.ROOT);
        return lower.equals("subs") || lower.equals("sub") || lower.equals("subtitles") || lower.equals("subtitle");
    }
}
