package com.cineorg.domain.model.library;

import com.cineorg.domain.model.identify.Identification;
import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.metadata.EpisodeInfo;
import com.cineorg.domain.model.metadata.Provider;
import java.util.ArrayList;
import com.cineorg.domain.model.media.ParsedRelease;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The values a {@link NamingTemplate} can use for one video. Built from the parse today
 * ({@link #fromParsed(ParsedRelease)}); identification results (provider ids, canonical titles, episode titles)
 * replace fields through the {@code with...} methods. Absent values are null (or an empty list).
 */
public record NamingData(
        MediaType type,
        String title,
        Integer year,
        String show,
        Integer season,
        List<Integer> episodes,
        String episodeTitle,
        LocalDate date,
        Integer part,
        String resolution,
        String edition,
        String source,
        String videoCodec,
        String releaseGroup,
        String tmdbId,
        String tvdbId,
        String imdbId) {

    public NamingData {
        type = type == null ? MediaType.UNKNOWN : type;
        episodes = episodes == null ? List.of() : List.copyOf(episodes);
        title = blankToNull(title);
        show = blankToNull(show);
        episodeTitle = blankToNull(episodeTitle);
        edition = blankToNull(edition);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * What the release name says. For an episode the parsed title is the show, with the country the name gives
     * ({@link #showName}).
     */
    public static NamingData fromParsed(ParsedRelease p) {
        Objects.requireNonNull(p, "parsed");
        boolean episode = p.type() == MediaType.EPISODE || (p.type() == MediaType.UNKNOWN && !p.episodes().isEmpty());
        String edition = p.editions().isEmpty() ? null : String.join(" ", p.editions());
        String show = episode ? showName(p.title(), p.country()) : null;
        return new NamingData(
                episode ? MediaType.EPISODE : p.type(),
                episode ? show : p.title(),
                p.year(),
                show,
                p.season(),
                p.episodes(),
                p.episodeTitle(),
                p.date(),
                p.part(),
                p.screenSize(),
                edition,
                p.source(),
                p.videoCodec(),
                p.releaseGroup(),
                null,
                null,
                null);
    }

    /**
     * The parse corrected by an identification: canonical title and year, provider ids, and for episodes the
     * provider's season, episode numbers and titles (several episodes join their titles with {@code " & "}). An
     * identification that is not IDENTIFIED changes nothing.
     */
    public static NamingData from(ParsedRelease p, Identification id) {
        NamingData base = fromParsed(p);
        if (id == null || !id.identified()) {
            return base;
        }
        boolean episode = id.type() == MediaType.EPISODE;
        String tmdb = id.externalIds().tmdbId();
        String tvdb = id.externalIds().tvdbId();
        if (id.provider() == Provider.TMDB && id.providerId() != null) {
            tmdb = id.providerId();
        } else if (id.provider() == Provider.TVDB && id.providerId() != null) {
            tvdb = id.providerId();
        }
        Integer season = base.season();
        List<Integer> episodes = base.episodes();
        String episodeTitle = base.episodeTitle();
        if (episode && !id.episodes().isEmpty()) {
            season = id.episodes().get(0).season();
            List<Integer> numbers = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            for (EpisodeInfo e : id.episodes()) {
                numbers.add(e.episode());
                if (e.title() != null) {
                    titles.add(e.title());
                }
            }
            episodes = numbers;
            if (!titles.isEmpty()) {
                episodeTitle = String.join(" & ", titles);
            }
        }
        return new NamingData(episode ? MediaType.EPISODE : id.type() == MediaType.UNKNOWN ? base.type() : id.type(),
                id.title(), id.year() != null ? id.year() : base.year(), episode ? id.title() : null, season, episodes,
                episodeTitle, base.date(), base.part(), base.resolution(), base.edition(), base.source(),
                base.videoCodec(), base.releaseGroup(), tmdb, tvdb, id.externalIds().imdbId());
    }

    public NamingData withTitle(String newTitle, Integer newYear) {
        return new NamingData(type, newTitle, newYear, type == MediaType.EPISODE ? newTitle : show, season, episodes,
                episodeTitle, date, part, resolution, edition, source, videoCodec, releaseGroup, tmdbId, tvdbId, imdbId);
    }

    public NamingData withEpisodeTitle(String newEpisodeTitle) {
        return new NamingData(type, title, year, show, season, episodes, newEpisodeTitle, date, part, resolution,
                edition, source, videoCodec, releaseGroup, tmdbId, tvdbId, imdbId);
    }

    public NamingData withIds(String newTmdbId, String newTvdbId, String newImdbId) {
        return new NamingData(type, title, year, show, season, episodes, episodeTitle, date, part, resolution, edition,
                source, videoCodec, releaseGroup, newTmdbId, newTvdbId, newImdbId);
    }

    /**
     * A show's name from a release name, with the country that name gives in parentheses, as TVDB and Sonarr name
     * remakes ({@code The.Office.US.S01E01} gives {@code The Office (US)}, {@code Top.Gear.UK} {@code Top Gear (UK)}):
     * without it the US and UK shows of one title would share a library folder when organized from their names alone.
     * A provider's own title, once identified, replaces it.
     */
    public static String showName(String title, String country) {
        if (title == null || title.isBlank() || country == null || country.isBlank()) {
            return title;
        }
        String label = country.equalsIgnoreCase("GB") ? "UK" : country.toUpperCase(Locale.ROOT);
        String suffix = " (" + label + ")";
        return title.endsWith(suffix) ? title : title.strip() + suffix;
    }

    /** True for an episode known only by its air date (daily shows). */
    public boolean dateBased() {
        return type == MediaType.EPISODE && episodes.isEmpty() && date != null;
    }
}
