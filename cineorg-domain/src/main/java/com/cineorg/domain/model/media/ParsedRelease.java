package com.cineorg.domain.model.media;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a release-style file name says about its content. Every field but {@code type} may be absent (null or an
 * empty list); a name with no title has a null title, never an invented one. Value vocabulary follows guessit
 * (screen size {@code 1080p}, source {@code Blu-ray}, codec {@code H.264}...), see the corpus README.
 */
public record ParsedRelease(
        MediaType type,
        String title,
        List<String> alternativeTitles,
        Integer year,
        List<Integer> seasons,
        List<Integer> episodes,
        List<Integer> absoluteEpisodes,
        LocalDate date,
        String episodeTitle,
        Integer part,
        String screenSize,
        String source,
        String videoCodec,
        String audioCodec,
        String audioChannels,
        List<String> editions,
        List<String> other,
        Integer properCount,
        String releaseGroup,
        List<String> languages,
        List<String> subtitleLanguages,
        String container,
        String crc32,
        String website,
        String streamingService,
        String country) {

    public ParsedRelease {
        type = type == null ? MediaType.UNKNOWN : type;
        alternativeTitles = copy(alternativeTitles);
        seasons = copy(seasons);
        episodes = copy(episodes);
        absoluteEpisodes = copy(absoluteEpisodes);
        editions = copy(editions);
        other = copy(other);
        languages = copy(languages);
        subtitleLanguages = copy(subtitleLanguages);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    public static ParsedRelease empty() {
        return builder().build();
    }

    public boolean hasTitle() {
        return title != null && !title.isBlank();
    }

    /** The first season, or null. */
    public Integer season() {
        return seasons.isEmpty() ? null : seasons.get(0);
    }

    /** The first episode, or null. */
    public Integer episode() {
        return episodes.isEmpty() ? null : episodes.get(0);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.type = type;
        b.title = title;
        b.alternativeTitles = new ArrayList<>(alternativeTitles);
        b.year = year;
        b.seasons = new ArrayList<>(seasons);
        b.episodes = new ArrayList<>(episodes);
        b.absoluteEpisodes = new ArrayList<>(absoluteEpisodes);
        b.date = date;
        b.episodeTitle = episodeTitle;
        b.part = part;
        b.screenSize = screenSize;
        b.source = source;
        b.videoCodec = videoCodec;
        b.audioCodec = audioCodec;
        b.audioChannels = audioChannels;
        b.editions = new ArrayList<>(editions);
        b.other = new ArrayList<>(other);
        b.properCount = properCount;
        b.releaseGroup = releaseGroup;
        b.languages = new ArrayList<>(languages);
        b.subtitleLanguages = new ArrayList<>(subtitleLanguages);
        b.container = container;
        b.crc32 = crc32;
        b.website = website;
        b.streamingService = streamingService;
        b.country = country;
        return b;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Mutable builder; the parser fills it field by field. */
    public static final class Builder {
        private MediaType type = MediaType.UNKNOWN;
        private String title;
        private List<String> alternativeTitles = new ArrayList<>();
        private Integer year;
        private List<Integer> seasons = new ArrayList<>();
        private List<Integer> episodes = new ArrayList<>();
        private List<Integer> absoluteEpisodes = new ArrayList<>();
        private LocalDate date;
        private String episodeTitle;
        private Integer part;
        private String screenSize;
        private String source;
        private String videoCodec;
        private String audioCodec;
        private String audioChannels;
        private List<String> editions = new ArrayList<>();
        private List<String> other = new ArrayList<>();
        private Integer properCount;
        private String releaseGroup;
        private List<String> languages = new ArrayList<>();
        private List<String> subtitleLanguages = new ArrayList<>();
        private String container;
        private String crc32;
        private String website;
        private String streamingService;
        private String country;

        private Builder() {}

        public Builder type(MediaType v) { this.type = Objects.requireNonNull(v); return this; }
        public Builder title(String v) { this.title = v; return this; }
        public Builder alternativeTitles(List<String> v) { this.alternativeTitles = new ArrayList<>(v); return this; }
        public Builder addAlternativeTitle(String v) { this.alternativeTitles.add(v); return this; }
        public Builder year(Integer v) { this.year = v; return this; }
        public Builder seasons(List<Integer> v) { this.seasons = new ArrayList<>(v); return this; }
        public Builder season(int v) { this.seasons = new ArrayList<>(List.of(v)); return this; }
        public Builder episodes(List<Integer> v) { this.episodes = new ArrayList<>(v); return this; }
        public Builder episode(int v) { this.episodes = new ArrayList<>(List.of(v)); return this; }
        public Builder absoluteEpisodes(List<Integer> v) { this.absoluteEpisodes = new ArrayList<>(v); return this; }
        public Builder date(LocalDate v) { this.date = v; return this; }
        public Builder episodeTitle(String v) { this.episodeTitle = v; return this; }
        public Builder part(Integer v) { this.part = v; return this; }
        public Builder screenSize(String v) { this.screenSize = v; return this; }
        public Builder source(String v) { this.source = v; return this; }
        public Builder videoCodec(String v) { this.videoCodec = v; return this; }
        public Builder audioCodec(String v) { this.audioCodec = v; return this; }
        public Builder audioChannels(String v) { this.audioChannels = v; return this; }
        public Builder editions(List<String> v) { this.editions = new ArrayList<>(v); return this; }
        public Builder addEdition(String v) { this.editions.add(v); return this; }
        public Builder other(List<String> v) { this.other = new ArrayList<>(v); return this; }
        public Builder addOther(String v) { this.other.add(v); return this; }
        public Builder properCount(Integer v) { this.properCount = v; return this; }
        public Builder releaseGroup(String v) { this.releaseGroup = v; return this; }
        public Builder languages(List<String> v) { this.languages = new ArrayList<>(v); return this; }
        public Builder addLanguage(String v) { this.languages.add(v); return this; }
        public Builder subtitleLanguages(List<String> v) { this.subtitleLanguages = new ArrayList<>(v); return this; }
        public Builder addSubtitleLanguage(String v) { this.subtitleLanguages.add(v); return this; }
        public Builder container(String v) { this.container = v; return this; }
        public Builder crc32(String v) { this.crc32 = v; return this; }
        public Builder website(String v) { this.website = v; return this; }
        public Builder streamingService(String v) { this.streamingService = v; return this; }
        public Builder country(String v) { this.country = v; return this; }

        public ParsedRelease build() {
            return new ParsedRelease(type, title, alternativeTitles, year, seasons, episodes, absoluteEpisodes, date,
                    episodeTitle, part, screenSize, source, videoCodec, audioCodec, audioChannels, editions, other,
                    properCount, releaseGroup, languages, subtitleLanguages, container, crc32, website,
                    streamingService, country);
        }
    }
}
