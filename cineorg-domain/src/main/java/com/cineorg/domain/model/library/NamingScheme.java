package com.cineorg.domain.model.library;

import com.cineorg.domain.error.InvalidInputException;
import com.cineorg.domain.model.media.MediaType;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Which template names which kind of video, and where extras go. {@link #PLEX} and {@link #JELLYFIN} follow the
 * servers' documented layouts; {@link #custom(String)} uses one template for every video.
 *
 * @param movie template for movies (and videos of unknown type that have a title)
 * @param episode template for numbered episodes (multi-episode files render {@code S01E01-E02}, specials season 0)
 * @param dateEpisode template for daily shows known by air date
 * @param extrasFolders extra kind (as recorded by the scan) to the sub-folder of the movie folder it goes to
 */
public record NamingScheme(
        String name,
        NamingTemplate movie,
        NamingTemplate episode,
        NamingTemplate dateEpisode,
        Map<String, String> extrasFolders) {

    public NamingScheme {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(movie, "movie");
        Objects.requireNonNull(episode, "episode");
        Objects.requireNonNull(dateEpisode, "dateEpisode");
        extrasFolders = extrasFolders == null ? Map.of() : Map.copyOf(extrasFolders);
    }

    private static final Map<String, String> PLEX_EXTRAS = Map.of(
            "behind-the-scenes", "Behind The Scenes",
            "deleted-scene", "Deleted Scenes",
            "featurette", "Featurettes",
            "interview", "Interviews",
            "scene", "Scenes",
            "short", "Shorts",
            "trailer", "Trailers",
            "extra", "Other",
            "other", "Other");

    private static final String SHOW_FOLDER = "TV Shows/{show}[ ({year})]/";

    /** Plex: {@code Movies/Title (Year) {edition-Cut}/Title (Year) {edition-Cut} - pt1.ext}. */
    public static final NamingScheme PLEX = new NamingScheme(
            "plex",
            NamingTemplate.parse("Movies/{title}[ ({year})][ \\{edition-{edition}\\}]/"
                    + "{title}[ ({year})][ \\{edition-{edition}\\}][ - pt{part}].{ext}"),
            NamingTemplate.parse(SHOW_FOLDER + "Season {season:00}/"
                    + "{show}[ ({year})] - S{season:00}E{episode:00}[ - {episode_title}][ - pt{part}].{ext}"),
            NamingTemplate.parse(SHOW_FOLDER + "Season {date_year}/{show}[ ({year})] - {date}[ - {episode_title}].{ext}"),
            PLEX_EXTRAS);

    /** Jellyfin: editions are versions in the same folder, {@code Movies/Title (Year)/Title (Year) - Cut.ext}. */
    public static final NamingScheme JELLYFIN = new NamingScheme(
            "jellyfin",
            NamingTemplate.parse("Movies/{title}[ ({year})]/{title}[ ({year})][ - {edition}][ - pt{part}].{ext}"),
            PLEX.episode(),
            PLEX.dateEpisode(),
            Map.of(
                    "behind-the-scenes", "behind the scenes",
                    "deleted-scene", "deleted scenes",
                    "featurette", "featurettes",
                    "interview", "interviews",
                    "scene", "scenes",
                    "short", "shorts",
                    "trailer", "trailers",
                    "extra", "extras",
                    "other", "other"));

    public static NamingScheme named(String word) {
        return switch (word.trim().toLowerCase(Locale.ROOT)) {
            case "plex" -> PLEX;
            case "jellyfin", "emby", "kodi" -> JELLYFIN;
            default -> throw new InvalidInputException("unknown naming scheme '" + word + "' (plex, jellyfin)");
        };
    }

    /** One template for every video; extras keep Plex folder names. */
    public static NamingScheme custom(String template) {
        NamingTemplate t = NamingTemplate.parse(template);
        return new NamingScheme("custom", t, t, t, PLEX_EXTRAS);
    }

    public NamingTemplate templateFor(NamingData data) {
        if (data.type() == MediaType.EPISODE) {
            return data.dateBased() ? dateEpisode : episode;
        }
        return movie;
    }

    public String extrasFolder(String extraKind) {
        return extrasFolders.getOrDefault(extraKind, extrasFolders.getOrDefault("other", "Other"));
    }
}
