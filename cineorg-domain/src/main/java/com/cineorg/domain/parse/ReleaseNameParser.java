package com.cineorg.domain.parse;

import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.media.ParsedRelease;
import com.cineorg.domain.port.out.FileNameParser;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Release-name parser: scene names ({@code Show.S01E02.720p.HDTV.x264-GRP}), anime ({@code [Group] Show - 103
 * [1080p][CRC32]}), daily shows, multi-episode files, season packs and library paths
 * ({@code Show/Season 02/05 - Title.mkv}). Each path component is tokenised and read with rules (no regular
 * expressions), then the file name is completed from its folders. Stateless and thread-safe; never throws.
 */
public final class ReleaseNameParser implements FileNameParser {
    private static final int MAX_LENGTH = 4096;
    private static final int MAX_FOLDERS = 3;
    private static final Set<String> SUBTITLE_FILES = Set.of("srt", "sub", "idx", "ass", "ssa", "vtt", "smi", "sup");

    public ReleaseNameParser() {
        // stateless
    }

    @Override
    public ParsedRelease parse(String path) {
        if (path == null || path.isBlank()) {
            return ParsedRelease.empty();
        }
        try {
            return parsePath(path.length() > MAX_LENGTH ? path.substring(path.length() - MAX_LENGTH) : path);
        } catch (RuntimeException e) {
            // a best-effort parser must not fail its caller: an unreadable name gives an empty result
            return ParsedRelease.empty();
        }
    }

    private static ParsedRelease parsePath(String path) {
        List<String> parts = new ArrayList<>();
        if (path.indexOf('/') < 0 && path.indexOf('\\') < 0) {
            parts.add(path);
            return parseParts(parts);
        }
        int start = 0;
        int depth = 0;
        // closes[i]: a closing bracket follows position i before the next slash
        boolean[] closes = new boolean[path.length() + 1];
        boolean seen = false;
        for (int i = path.length() - 1; i >= 0; i--) {
            char c = path.charAt(i);
            closes[i] = seen;
            if (c == '/' || c == '\\') {
                seen = false;
            } else if (c == ']' || c == ')' || c == '}') {
                seen = true;
            }
        }
        for (int i = 0; i <= path.length(); i++) {
            char c = i == path.length() ? '/' : path.charAt(i);
            if (c == '[' || c == '(' || c == '{') {
                depth++;
            } else if ((c == ']' || c == ')' || c == '}') && depth > 0) {
                depth--;
            }
            boolean end = i == path.length();
            if (end || (c == '/' || c == '\\') && (depth == 0 || !closes[i])) {
                if (i > start) {
                    parts.add(path.substring(start, i));
                }
                start = i + 1;
                depth = 0;
            }
        }
        return parseParts(parts);
    }

    private static ParsedRelease parseParts(List<String> parts) {
        if (parts.isEmpty()) {
            return ParsedRelease.empty();
        }
        String file = parts.get(parts.size() - 1).strip();
        String container = null;
        int dot = file.lastIndexOf('.');
        if (dot >= 0 && dot < file.length() - 1) {
            String ext = file.substring(dot + 1).toLowerCase(Locale.ROOT);
            // Show.S01E01.HDTV.XviD, Film.2018.WEB-DL.DD+5.1.H.264: a codec closing a release name is no extension
            if (Vocabulary.CONTAINERS.contains(ext) && !(Vocabulary.CODEC_EXTENSIONS.contains(ext) && releaseLike(file, dot))) {
                container = ext;
                file = file.substring(0, dot);
            }
        }
        NameResult fr = scan(file);
        List<NameResult> folders = new ArrayList<>();
        for (int i = parts.size() - 2; i >= 0 && folders.size() < MAX_FOLDERS; i--) {
            String f = parts.get(i).strip();
            boolean generic = Vocabulary.GENERIC_FOLDERS.contains(f.toLowerCase(Locale.ROOT))
                    || f.length() == 2 && f.charAt(1) == ':';
            NameResult folder = generic ? null : scan(f);
            if (folder == null || folder.obfuscated) {
                if (!folders.isEmpty()) {
                    break;
                }
                continue;
            }
            folders.add(folder);
        }
        fr = withoutScenePrefix(file, fr, folders);
        // a hash, or a bare generic word (movie.mkv, video.mkv) under a folder that has a title: the folders tell
        boolean genericWord = fr.tokenCount == 1 && fr.title != null
                && Vocabulary.GENERIC_FOLDERS.contains(fr.title.toLowerCase(Locale.ROOT));
        boolean fileObfuscated = fr.obfuscated || genericWord && folders.stream().anyMatch(f -> f.title != null);
        return merge(fr, fileObfuscated, folders, container);
    }

    /** The name before the last dot has several words: "Show.S01E01.HDTV" rather than "clip". */
    private static boolean releaseLike(String file, int dot) {
        int seps = 0;
        for (int i = 0; i < dot && seps < 2; i++) {
            if (Tokenizer.isSeparator(file.charAt(i))) {
                seps++;
            }
        }
        return seps >= 2;
    }

    /**
     * sparks-coldriver-720p.mkv, nv-repack-coldriver.dvdrip.xvid.avi in a folder signed by a group: a scene file
     * name opens with the group (or a short form of it) glued by a dash; the folder's group is the release's.
     */
    private static NameResult withoutScenePrefix(String file, NameResult fr, List<NameResult> folders) {
        String folderGroup = null;
        for (NameResult f : folders) {
            if (f.releaseGroup != null) {
                folderGroup = f.releaseGroup;
                break;
            }
        }
        if (folderGroup == null || folderGroup.length() + 1 >= file.length()) {
            return fr;
        }
        if (file.regionMatches(true, 0, folderGroup, 0, folderGroup.length()) && file.charAt(folderGroup.length()) == '-'
                && (fr.releaseGroup == null || !fr.releaseGroup.equalsIgnoreCase(folderGroup))) {
            NameResult rest = scan(file.substring(folderGroup.length() + 1));
            if (rest.title != null) {
                rest.releaseGroup = null;
                return rest;
            }
            return fr;
        }
        String g = fr.releaseGroup;
        if (g != null && !g.equalsIgnoreCase(folderGroup) && g.equals(g.toLowerCase(Locale.ROOT))
                && file.length() > g.length() && file.startsWith(g) && file.charAt(g.length()) == '-') {
            fr.releaseGroup = null;
        }
        return fr;
    }

    private static NameResult scan(String name) {
        NameScanner scanner = new NameScanner(name);
        NameResult r = scanner.scan();
        r.obfuscated = obfuscated(scanner.t);
        if (!r.strongMarker && reversed(scanner.t)) {
            NameResult back = new NameScanner(new StringBuilder(name).reverse().toString()).scan();
            if (back.strongMarker) {
                return back;
            }
        }
        return r;
    }

    /** Names written backwards (70E10S.5102.sregnesseM.ehT) end an SxxEyy token with 'S'. */
    private static boolean reversed(List<Token> tokens) {
        for (Token k : tokens) {
            String s = k.lower;
            int len = s.length();
            if (len >= 6 && len <= 8 && s.charAt(len - 1) == 's' && Character.isDigit(s.charAt(0))
                    && s.indexOf('e') > 0 && Character.isDigit(s.charAt(len - 2))) {
                return true;
            }
        }
        return false;
    }

    /** Hash-like names (XD607ebb-BRc59935-5155473f, 32 hex digits) carry nothing. */
    static boolean obfuscated(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return true;
        }
        int mixed = 0;
        for (Token k : tokens) {
            if (!k.hasDigit || k.text.length() < 6) {
                return false;
            }
            boolean digit = false;
            boolean letter = false;
            for (int i = 0; i < k.text.length(); i++) {
                char c = k.text.charAt(i);
                digit |= c >= '0' && c <= '9';
                letter |= Character.isLetter(c);
            }
            if (digit && letter && k.text.length() >= 6) {
                mixed++;
            }
        }
        return mixed == tokens.size() && (mixed >= 2 || tokens.get(0).text.length() >= 16);
    }

    /**
     * The name yields at most a title (and a group or a language): no year, season, episode, date, part, quality,
     * codec, edition or release tag that would identify a release by itself.
     */
    static boolean bare(NameResult f) {
        return f.title != null && f.year == null && f.date == null && f.seasons.isEmpty() && f.episodes.isEmpty()
                && f.absoluteEpisodes.isEmpty() && !f.hasMarker && !f.strongMarker && f.episodeTitle == null
                && f.part == null && f.screenSize == null && f.source == null && f.videoCodec == null
                && f.audioCodec == null && f.audioChannels == null && f.editions.isEmpty() && f.other.isEmpty()
                && f.properCount == 0 && f.crc32 == null && f.streamingService == null;
    }

    /** A folder that names a whole release: a title with a year, a date, or a season/episode marker. */
    static boolean completeRelease(NameResult f) {
        return f.title != null && (f.year != null || f.date != null || f.hasMarker
                || !f.seasons.isEmpty() || !f.episodes.isEmpty());
    }

    private static boolean isSeasonFolder(NameResult f) {
        return f.title == null && !f.seasons.isEmpty() && f.episodes.isEmpty();
    }

    private static ParsedRelease merge(NameResult file, boolean fileObfuscated, List<NameResult> folders,
            String container) {
        NameResult seasonFolder = null;
        NameResult show = null;
        for (NameResult f : folders) {
            if (seasonFolder == null && show == null && isSeasonFolder(f)) {
                seasonFolder = f;
                continue;
            }
            if (f.title != null) {
                show = f;
                break;
            }
        }
        String title = fileObfuscated ? null : file.title;
        String episodeTitle = file.episodeTitle;
        Integer year = file.year;
        LocalDate date = file.date;
        List<Integer> seasons = new ArrayList<>(file.seasons);
        List<Integer> episodes = new ArrayList<>(file.episodes);
        List<Integer> absolute = new ArrayList<>(file.absoluteEpisodes);
        List<String> alternatives = new ArrayList<>(file.alternativeTitles);
        NameResult base = file;
        if (show != null) {
            // abc123.mkv, feature.mkv, xyz-abc.mkv in Heat.1995.1080p.BluRay.x264-GRP: a name that tells nothing
            // but a title, under a folder that names a whole release, is a file of that release (guessit, Radarr)
            boolean bareInRelease = seasonFolder == null && bare(file) && completeRelease(show);
            boolean folderRelease = bareInRelease || !file.strongMarker && show.strongMarker && seasonFolder == null
                    && (title == null || !sameTitle(title, show.title) || !file.hasMarker);
            boolean folderDated = fileObfuscated && show.date != null;
            boolean useShow = title == null || folderRelease || folderDated
                    || (seasonFolder != null || file.titleAfterMarker) && (file.titleAfterMarker || !file.hasMarker)
                    || abbreviation(title, show.title) && year == null
                    || show.year != null && !ascii(show.title) && hasAccents(show.title) && !hasAccents(title)
                    && looseEquals(title, show.title);
            if (useShow) {
                if (title != null && !folderRelease && !abbreviation(title, show.title) && episodeTitle == null
                        && (seasonFolder != null && !file.hasMarker || file.titleAfterMarker)) {
                    episodeTitle = title;
                }
                title = show.title;
                alternatives.clear();
                alternatives.addAll(show.alternativeTitles);
                if (folderRelease || folderDated || !file.hasMarker && file.date == null && seasonFolder == null
                        && abbreviation(file.title, show.title)) {
                    base = show;
                }
            }
            if (!useShow && title != null && title.equals(title.toLowerCase(Locale.ROOT))
                    && (title.equalsIgnoreCase(show.title) || title.indexOf(' ') < 0 && show.title.indexOf(' ') > 0
                    && letters(title).equals(letters(show.title)))) {
                // grp-coldriver-1080p.mkv in Cold.River.2018...: the folder writes the same title with its spaces
                title = show.title;
            }
            if (year == null && show.year != null && (useShow || sameTitle(title, show.title))) {
                year = show.year;
            }
        }
        if (base != file) {
            seasons = new ArrayList<>(base.seasons);
            episodes = new ArrayList<>(base.episodes);
            absolute = new ArrayList<>(base.absoluteEpisodes);
            if (date == null) {
                date = base.date;
            }
            if (base.episodeTitle != null) {
                episodeTitle = base.episodeTitle;
            }
        }
        if (seasons.isEmpty()) {
            if (seasonFolder != null) {
                seasons.addAll(seasonFolder.seasons);
            } else if (show != null && sameTitle(title, show.title) && !show.seasons.isEmpty()
                    && (!episodes.isEmpty() || show.episodes.isEmpty())) {
                seasons.addAll(show.seasons);
            }
        }
        ParsedRelease.Builder b = ParsedRelease.builder();
        b.title(title);
        if (!alternatives.isEmpty()) {
            b.alternativeTitles(alternatives);
        }
        b.year(year);
        if (!seasons.isEmpty()) {
            b.seasons(seasons);
        }
        if (!episodes.isEmpty()) {
            b.episodes(episodes);
        }
        if (!absolute.isEmpty()) {
            b.absoluteEpisodes(absolute);
        }
        b.date(date);
        b.episodeTitle(episodeTitle);
        b.part(file.part);
        b.screenSize(first(file.screenSize, folders, f -> f.screenSize));
        b.source(first(file.source, folders, f -> f.source));
        b.videoCodec(first(file.videoCodec, folders, f -> f.videoCodec));
        b.audioCodec(first(file.audioCodec, folders, f -> f.audioCodec));
        b.audioChannels(first(file.audioChannels, folders, f -> f.audioChannels));
        if (!file.editions.isEmpty()) {
            b.editions(file.editions);
        }
        if (!file.other.isEmpty()) {
            b.other(file.other);
        }
        b.properCount(file.properCount == 0 ? null : file.properCount + (file.real ? 1 : 0));
        String group = file.releaseGroup;
        if (group == null || base != file) {
            for (NameResult f : folders) {
                if (f.releaseGroup != null) {
                    group = f.releaseGroup;
                    break;
                }
            }
        }
        b.releaseGroup(group);
        List<String> languages = new ArrayList<>(
                file.languages.isEmpty() && !folders.isEmpty() && base != file ? base.languages : file.languages);
        List<String> subtitles = new ArrayList<>(file.subtitleLanguages);
        if (container != null && SUBTITLE_FILES.contains(container) && subtitles.isEmpty() && !languages.isEmpty()) {
            // Show.S01E02.eng.srt: the language of a subtitle file is its subtitle language
            subtitles.add(languages.remove(languages.size() - 1));
        }
        if (languages.isEmpty()) {
            for (NameResult f : folders) {
                if (!f.languages.isEmpty() && sameTitle(title, f.title)) {
                    languages.addAll(f.languages);
                    break;
                }
            }
        }
        if (!languages.isEmpty()) {
            b.languages(languages);
        }
        if (!subtitles.isEmpty()) {
            b.subtitleLanguages(subtitles);
        }
        b.container(container);
        b.crc32(file.crc32);
        b.website(first(file.website, folders, f -> f.website));
        b.streamingService(file.streamingService);
        b.country(file.country);
        boolean episode = !seasons.isEmpty() || !episodes.isEmpty()
                || date != null && year == null
                || file.episodeDetail && file.year != null && !seasons.isEmpty();
        if (!episode && file.episodeDetail && file.year != null && file.editions.isEmpty()) {
            episode = true;
        }
        b.type(title == null && seasons.isEmpty() && episodes.isEmpty() && year == null && date == null
                ? MediaType.UNKNOWN : episode ? MediaType.EPISODE : MediaType.MOVIE);
        return b.build();
    }

    private interface Getter {
        String get(NameResult r);
    }

    private static String first(String value, List<NameResult> folders, Getter g) {
        if (value != null) {
            return value;
        }
        for (NameResult f : folders) {
            String v = g.get(f);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Equal once case, accents and punctuation are ignored. */
    static boolean looseEquals(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return stripAccents(letters(a)).equals(stripAccents(letters(b)));
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasAccents(String s) {
        return !stripAccents(s).equals(s);
    }

    private static String stripAccents(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String letters(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    static boolean sameTitle(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String x = letters(a);
        String y = letters(b);
        return !x.isEmpty() && (x.equals(y) || x.contains(y) || y.contains(x));
    }

    /** "cab" for "Charlie And Boots", "smwhr" for "Somewhere": the file name abbreviates its folder. */
    static boolean abbreviation(String shortName, String longName) {
        if (shortName == null || longName == null) {
            return false;
        }
        String s = letters(shortName);
        String l = letters(longName);
        if (s.isEmpty() || s.length() >= l.length() || s.equals(l)) {
            return false;
        }
        int j = 0;
        for (int i = 0; i < l.length() && j < s.length(); i++) {
            if (l.charAt(i) == s.charAt(j)) {
                j++;
            }
        }
        return j == s.length();
    }
}
