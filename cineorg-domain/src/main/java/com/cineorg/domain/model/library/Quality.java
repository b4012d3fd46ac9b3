package com.cineorg.domain.model.library;

import com.cineorg.domain.model.media.MediaInfo;
import com.cineorg.domain.model.media.ParsedRelease;
import java.util.Locale;

/**
 * How good a release looks from its name: resolution first, then source, then codec. A rank of 0 means unknown.
 * {@link #betterThan(Quality)} is strict and answers false when the other side is wholly unknown, so that an
 * unknown file is never replaced on a guess.
 */
public record Quality(int resolution, int source, int codec) implements Comparable<Quality> {
    public static final Quality UNKNOWN = new Quality(0, 0, 0);

    public static Quality of(ParsedRelease p) {
        return new Quality(resolutionRank(p.screenSize()), sourceRank(p.source()), codecRank(p.videoCodec()));
    }

    /**
     * The quality with the file's real resolution and video codec where its media info knows them (names lie:
     * a "1080p" upscale of a 480p source), the parse for the rest; the parse alone when {@code info} is null.
     */
    public static Quality of(ParsedRelease p, MediaInfo info) {
        Quality named = of(p);
        if (info == null) {
            return named;
        }
        int resolution = info.screenSize() == null ? named.resolution : resolutionRank(info.screenSize());
        int codec = info.videoCodec() == null ? named.codec : codecRank(info.videoCodec());
        return new Quality(resolution, named.source, codec);
    }

    public boolean known() {
        return resolution > 0 || source > 0 || codec > 0;
    }

    public boolean betterThan(Quality other) {
        return known() && other != null && other.known() && compareTo(other) > 0;
    }

    @Override
    public int compareTo(Quality o) {
        int c = Integer.compare(resolution, o.resolution);
        if (c == 0) {
            c = Integer.compare(source, o.source);
        }
        return c != 0 ? c : Integer.compare(codec, o.codec);
    }

    static int resolutionRank(String screenSize) {
        if (screenSize == null) {
            return 0;
        }
        String s = screenSize.toLowerCase(Locale.ROOT);
        if (s.startsWith("4320")) {
            return 6;
        }
        if (s.startsWith("2160") || s.equals("4k")) {
            return 5;
        }
        if (s.startsWith("1440")) {
            return 4;
        }
        if (s.startsWith("1080")) {
            return 3;
        }
        if (s.startsWith("720")) {
            return 2;
        }
        return s.matches("\\d{3}[pi]") ? 1 : 0;
    }

    static int sourceRank(String source) {
        if (source == null) {
            return 0;
        }
        String s = source.toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
        if (s.contains("bluray") || s.contains("bdrip") || s.contains("brrip")) {
            return 6;
        }
        if (s.contains("web")) {
            return 5;
        }
        if (s.contains("hdtv") || s.contains("hddvd")) {
            return 4;
        }
        if (s.contains("dvd")) {
            return 3;
        }
        if (s.contains("tv") || s.contains("vhs")) {
            return 2;
        }
        return 1;
    }

    static int codecRank(String codec) {
        if (codec == null) {
            return 0;
        }
        String s = codec.toLowerCase(Locale.ROOT).replace(".", "");
        if (s.contains("av1")) {
            return 4;
        }
        if (s.contains("265") || s.contains("hevc")) {
            return 3;
        }
        if (s.contains("264") || s.contains("avc")) {
            return 2;
        }
        return 1;
    }

    private static final String[] RESOLUTIONS = {null, "SD", "720p", "1080p", "1440p", "2160p", "4320p"};
    private static final String[] SOURCES = {null, "other source", "TV", "DVD", "HDTV", "WEB", "Blu-ray"};
    private static final String[] CODECS = {null, "other codec", "H.264", "H.265", "AV1"};

    /** In words a user knows, as the reason of a refused replace: {@code 1080p Blu-ray H.264}, {@code unknown quality}. */
    @Override
    public String toString() {
        if (!known()) {
            return "unknown quality";
        }
        StringBuilder sb = new StringBuilder();
        for (String word : new String[] {word(RESOLUTIONS, resolution), word(SOURCES, source), word(CODECS, codec)}) {
            if (word != null) {
                sb.append(sb.length() == 0 ? "" : " ").append(word);
            }
        }
        return sb.toString();
    }

    private static String word(String[] words, int rank) {
        return rank > 0 && rank < words.length ? words[rank] : null;
    }
}
