package com.cineorg.domain.match;

import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.media.ParsedRelease;
import java.util.ArrayList;
import java.util.List;

/**
 * What a file says about the work to find.
 *
 * @param title null or blank when the file name carries none (such a query is never matched)
 * @param alternativeTitles other titles from the name ({@code Amelie AKA Le Fabuleux Destin...}); never null
 * @param year null when the name has none; an implausible year (before 1870 or after 2200) is dropped, since it
 *     came from a misread name and must not fail the whole identification
 * @param type {@link MediaType#UNKNOWN} to accept movies and series alike
 * @param runtimeMinutes the file's real running time (from its media info), or null when unknown; compared with a
 *     candidate's runtime when that is known, as a tie-breaker
 */
public record MatchQuery(String title, List<String> alternativeTitles, Integer year, MediaType type,
        Integer runtimeMinutes) {

    public MatchQuery {
        title = title == null || title.isBlank() ? null : title.trim();
        alternativeTitles = alternativeTitles == null ? List.of() : List.copyOf(alternativeTitles);
        type = type == null ? MediaType.UNKNOWN : type;
        if (year != null && (year < 1870 || year > 2200)) {
            year = null;
        }
        if (runtimeMinutes != null && runtimeMinutes <= 0) {
            runtimeMinutes = null;
        }
    }

    public MatchQuery(String title, List<String> alternativeTitles, Integer year, MediaType type) {
        this(title, alternativeTitles, year, type, null);
    }

    /** This query with the file's running time (null when unknown). */
    public MatchQuery withRuntimeMinutes(Integer minutes) {
        return new MatchQuery(title, alternativeTitles, year, type, minutes);
    }

    public static MatchQuery movie(String title, Integer year) {
        return new MatchQuery(title, List.of(), year, MediaType.MOVIE);
    }

    public static MatchQuery series(String title, Integer year) {
        return new MatchQuery(title, List.of(), year, MediaType.EPISODE);
    }

    public static MatchQuery of(ParsedRelease release) {
        return new MatchQuery(release.title(), release.alternativeTitles(), release.year(), release.type());
    }

    public boolean hasTitle() {
        return title != null;
    }

    /** The title first, then the alternative titles. */
    public List<String> allTitles() {
        List<String> all = new ArrayList<>();
        if (title != null) {
            all.add(title);
        }
        all.addAll(alternativeTitles);
        return all;
    }
}
