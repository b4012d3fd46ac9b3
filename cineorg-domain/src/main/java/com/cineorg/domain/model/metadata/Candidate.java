package com.cineorg.domain.model.metadata;

import com.cineorg.domain.model.media.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * One search hit or details record from a provider: a movie ({@link MediaType#MOVIE}) or a series
 * ({@link MediaType#EPISODE}, whose episodes are looked up separately).
 *
 * @param id the provider's own id, as text ({@code "603"} on TMDB, {@code "81189"} on TVDB)
 * @param originalTitle the title in the original language; may equal {@code title}, may be null
 * @param alternativeTitles other known titles (translations, aliases); never null
 * @param year release year (movies) or first-air year (series); null when unknown
 * @param popularity the provider's popularity figure, 0 when unknown; only ever a tie-breaker
 * @param originalLanguage ISO 639-1 code when known, else null
 */
public record Candidate(
        Provider provider,
        String id,
        MediaType type,
        String title,
        String originalTitle,
        List<String> alternativeTitles,
        Integer year,
        double popularity,
        String originalLanguage) {

    public Candidate {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(type, "type");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("candidate id must not be blank");
        }
        if (type == MediaType.UNKNOWN) {
            throw new IllegalArgumentException("candidate type must be MOVIE or EPISODE");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("candidate title must not be blank");
        }
        alternativeTitles = alternativeTitles == null
                ? List.of()
                : alternativeTitles.stream().filter(t -> t != null && !t.isBlank()).distinct().toList();
        if (Double.isNaN(popularity) || popularity < 0) {
            popularity = 0;
        }
    }

    public static Candidate movie(Provider provider, String id, String title, Integer year) {
        return new Candidate(provider, id, MediaType.MOVIE, title, title, List.of(), year, 0, null);
    }

    public static Candidate series(Provider provider, String id, String title, Integer year) {
        return new Candidate(provider, id, MediaType.EPISODE, title, title, List.of(), year, 0, null);
    }

    /** {@code tmdb:603}: how a candidate is named on the command line. */
    public String reference() {
        return provider.word() + ":" + id;
    }

    /** Title, original title and alternative titles, without duplicates, title first. */
    public List<String> allTitles() {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        all.add(title);
        if (originalTitle != null && !originalTitle.isBlank()) {
            all.add(originalTitle);
        }
        all.addAll(alternativeTitles);
        return List.copyOf(all);
    }

    public Candidate withPopularity(double value) {
        return new Candidate(provider, id, type, title, originalTitle, alternativeTitles, year, value, originalLanguage);
    }

    public Candidate withOriginalTitle(String value) {
        return new Candidate(provider, id, type, title, value, alternativeTitles, year, popularity, originalLanguage);
    }

    public Candidate withOriginalLanguage(String value) {
        return new Candidate(provider, id, type, title, originalTitle, alternativeTitles, year, popularity, value);
    }

    public Candidate withAlternativeTitles(List<String> more) {
        List<String> merged = new ArrayList<>(alternativeTitles);
        merged.addAll(more);
        return new Candidate(provider, id, type, title, originalTitle, merged, year, popularity, originalLanguage);
    }
}
