package com.cineorg.domain.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What one path component says, before the components of a path are merged. */
final class NameResult {
    /** A recognised value and the token it came from. */
    static final class Found {
        final Claim claim;
        final String value;
        final int index;

        Found(Claim claim, String value, int index) {
            this.claim = claim;
            this.value = value;
            this.index = index;
        }
    }

    final List<Found> props = new ArrayList<>();
    String title;
    int titleIndex = -1;
    boolean titleAfterMarker;
    final List<String> alternativeTitles = new ArrayList<>();
    Integer year;
    int yearIndex = -1;
    final List<Integer> seasons = new ArrayList<>();
    final List<Integer> episodes = new ArrayList<>();
    final List<Integer> absoluteEpisodes = new ArrayList<>();
    LocalDate date;
    int dateIndex = -1;
    String episodeTitle;
    Integer part;
    String screenSize;
    String source;
    String videoCodec;
    String audioCodec;
    String audioChannels;
    final List<String> editions = new ArrayList<>();
    final List<String> other = new ArrayList<>();
    int properCount;
    boolean real;
    String releaseGroup;
    final List<String> languages = new ArrayList<>();
    final List<String> subtitleLanguages = new ArrayList<>();
    String crc32;
    String website;
    String streamingService;
    String country;
    boolean episodeDetail;
    boolean hasMarker;
    /** A hash-like name that says nothing. */
    boolean obfuscated;
    /** An explicit marker (S01E02, 2x05, Season 2, Episode 4), not a bare number. */
    boolean strongMarker;
    int markerStart = -1;
    int anchor = -1;
    int tokenCount;

    void apply(Found f, Token k) {
        String v = f.value;
        switch (f.claim) {
            case SCREEN:
                if (screenSize == null) {
                    screenSize = v;
                }
                break;
            case SOURCE:
                if (source == null) {
                    source = v;
                }
                if (k.lower.contains("rip") && !other.contains("Rip")) {
                    other.add("Rip");
                }
                break;
            case VCODEC:
                if (videoCodec == null) {
                    videoCodec = v;
                }
                break;
            case ACODEC:
                if (audioCodec == null) {
                    audioCodec = v;
                }
                break;
            case OTHER:
                if (!other.contains(v)) {
                    other.add(v);
                }
                break;
            case EDITION:
                if (!"Edition".equals(v) && !editions.contains(v)) {
                    editions.add(v);
                }
                break;
            case PROPER:
                if ("Real".equals(v)) {
                    real = true;
                } else {
                    properCount++;
                    if (!other.contains("Proper")) {
                        other.add("Proper");
                    }
                }
                break;
            case LANGUAGE:
                if (!languages.contains(v)) {
                    languages.add(v);
                }
                break;
            case SUBTITLE:
                if (!subtitleLanguages.contains(v)) {
                    subtitleLanguages.add(v);
                }
                break;
            case STREAMING:
                if (streamingService == null) {
                    streamingService = v;
                }
                break;
            case COUNTRY:
                if (country == null) {
                    country = v;
                }
                break;
            case EPISODE_DETAIL:
                episodeDetail = true;
                break;
            default:
                break;
        }
    }
}
