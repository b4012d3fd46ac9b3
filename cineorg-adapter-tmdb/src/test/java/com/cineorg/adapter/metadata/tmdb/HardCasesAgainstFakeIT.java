package com.cineorg.adapter.metadata.tmdb;

import static org.assertj.core.api.Assertions.assertThat;

import com.cineorg.domain.match.CandidateMatcher;
import com.cineorg.domain.match.MatchDecision;
import com.cineorg.domain.match.MatchQuery;
import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.metadata.Candidate;
import com.cineorg.fake.FakeCatalog;
import com.cineorg.fake.FakeProviderServer;
import com.cineorg.domain.model.metadata.MovieDetails;
import com.cineorg.domain.model.metadata.SeriesDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hard cases end to end: search the fake TMDB's built-in catalog through the adapter, decide with the default
 * {@link CandidateMatcher}; auto-accepts must all be right and absent titles must never be accepted.
 */
class HardCasesAgainstFakeIT {

    static FakeProviderServer fake;
    static TmdbMetadataAdapter tmdb;

    /** title | year ("" for none) | movie/episode | expected TMDB id ("" when the work is absent). */
    static final List<String> CASES = List.of(
            "Dune|2021|movie|438631", "Dune|1984|movie|841", "The Thing|1982|movie|1091",
            "The Thing|2011|movie|60935", "Total Recall|1990|movie|861", "Total Recall|2012|movie|64635",
            "Alien|1979|movie|348", "Aliens|1986|movie|679", "Alien 3|1992|movie|8077", "Alien3||movie|8077",
            "Amelie|2001|movie|194", "Le Fabuleux Destin d Amelie Poulain|2001|movie|194",
            "Crouching Tiger Hidden Dragon|2000|movie|146", "Wo Hu Cang Long|2000|movie|146",
            "Spirited Away|2001|movie|129", "Sen to Chihiro no Kamikakushi|2001|movie|129",
            "Heat|1996|movie|949", "Solaris|2003|movie|2103", "Solaris|1972|movie|593", "Crash|2005|movie|1640",
            "Gravity||movie|49047", "Titanic||movie|597", "Titanic|1953|movie|16535", "Das Boot|1981|movie|387",
            "Rocky II|1979|movie|1367", "Rocky IV|1985|movie|1374", "The Matrix|1999|movie|603",
            "The Office|2005|episode|2316", "The Office|2001|episode|2996", "The Office US||episode|2316",
            "Attack on Titan|2013|episode|46298", "Shingeki no Kyojin||episode|46298",
            "The Daily Show||episode|2224", "Breaking Bad|2008|episode|1396",
            "Alien Nation|1988|movie|", "Heat Wave|2020|movie|", "The Grand Budapest Zeppelin|2014|movie|",
            "Dune Messiah||movie|", "The Office Christmas Party|2016|movie|", "Solaris|1987|movie|");

    @BeforeAll
    static void start() {
        fake = new FakeProviderServer(FakeCatalog.builtIn()).start();
        tmdb = new TmdbMetadataAdapter(TmdbSettings.of(FakeProviderServer.DEFAULT_TMDB_API_KEY)
                .withBaseUrl(fake.tmdbBaseUrl()));
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @Test
    void everyAutoAcceptIsRightAndAbsentTitlesAreNeverAccepted() {
        CandidateMatcher matcher = new CandidateMatcher();
        int accepted = 0;
        int correct = 0;
        int review = 0;
        int absentAccepted = 0;
        for (String row : CASES) {
            String[] c = row.split("\\|", -1);
            Integer year = c[1].isEmpty() ? null : Integer.valueOf(c[1]);
            MediaType type = MediaType.fromWord(c[2]);
            List<Candidate> found = type == MediaType.MOVIE ? tmdb.searchMovies(c[0], year, null)
                    : tmdb.searchSeries(c[0], year);
            MatchQuery query = new MatchQuery(c[0], List.of(), year, type);
            MatchDecision d = matcher.decide(query, found);
            if (!(d instanceof MatchDecision.Identified) && !d.ranked().isEmpty()) {
                // search results carry no alternative titles: fetch the details of the top three and decide again
                List<Candidate> enriched = new ArrayList<>(found);
                for (int i = 0; i < Math.min(3, d.ranked().size()); i++) {
                    Candidate top = d.ranked().get(i).candidate();
                    Optional<Candidate> detailed = type == MediaType.MOVIE
                            ? tmdb.movieDetails(top.id()).map(MovieDetails::candidate)
                            : tmdb.seriesDetails(top.id()).map(SeriesDetails::candidate);
                    detailed.ifPresent(x -> enriched.set(enriched.indexOf(top), x));
                }
                d = matcher.decide(query, enriched);
            }
            System.out.printf(Locale.ROOT, "  %-45s -> %s %s%n", row, d.outcome(), d.ranked().isEmpty() ? ""
                    : d.ranked().get(0).candidate().reference() + String.format(Locale.ROOT, " %.2f",
                            d.ranked().get(0).score()));
            switch (d.outcome()) {
                case IDENTIFIED -> {
                    accepted++;
                    String id = ((MatchDecision.Identified) d).best().candidate().id();
                    if (id.equals(c[3])) {
                        correct++;
                    } else if (c[3].isEmpty()) {
                        absentAccepted++;
                    }
                }
                case AMBIGUOUS -> review++;
                case UNMATCHED -> { }
            }
        }
        System.out.printf(Locale.ROOT, "hard cases via fake TMDB: %d queries, %d auto-accepted, precision %.3f,"
                + " %d to review (%.1f%%), %d requests%n", CASES.size(), accepted,
                accepted == 0 ? 0 : (double) correct / accepted, review, 100.0 * review / CASES.size(),
                fake.totalRequests());
        assertThat(absentAccepted).isZero();
        assertThat(correct).isEqualTo(accepted);
        assertThat(accepted).isGreaterThanOrEqualTo(33);
    }
}
