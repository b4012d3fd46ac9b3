package com.cineorg.domain.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.metadata.Candidate;
import com.cineorg.domain.model.metadata.Provider;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateMatcherTest {

    @Test
    void noCandidatesIsUnmatched() {
        MatchDecision d = new CandidateMatcher().decide(MatchQuery.movie("Heat", 1995), List.of());

        assertThat(d.outcome()).isEqualTo(MatchDecision.Outcome.UNMATCHED);
        assertThat(d.reason()).contains("no candidates");
    }

    @Test
    void twoEqualCandidatesNeedReviewWhateverTheThreshold() {
        List<Candidate> twins = List.of(Candidate.movie(Provider.TMDB, "1", "Heat", 1995),
                Candidate.movie(Provider.TMDB, "2", "Heat", 1995));

        MatchDecision d = new CandidateMatcher(MatchSettings.defaults().withThreshold(0.5))
                .decide(MatchQuery.movie("Heat", 1995), twins);

        assertThat(d).isInstanceOf(MatchDecision.Ambiguous.class);
        assertThat(d.reason()).contains("leads tmdb:2 by only 0.00");
    }

    @Test
    void aStricterThresholdSendsAnOffByOneYearToReview() {
        List<Candidate> one = List.of(Candidate.movie(Provider.TMDB, "949", "Heat", 1995));
        MatchQuery query = MatchQuery.movie("Heat", 1996);

        assertThat(new CandidateMatcher().decide(query, one).outcome())
                .isEqualTo(MatchDecision.Outcome.IDENTIFIED);
        assertThat(new CandidateMatcher(MatchSettings.defaults().withThreshold(0.95)).decide(query, one).outcome())
                .isEqualTo(MatchDecision.Outcome.AMBIGUOUS);
    }

    @Test
    void aPoorBestCandidateIsUnmatched() {
        MatchDecision d = new CandidateMatcher()
                .decide(MatchQuery.movie("Heat", 1995), List.of(Candidate.movie(Provider.TMDB, "1", "Dune", 1984)));

        assertThat(d).isInstanceOf(MatchDecision.Unmatched.class);
        assertThat(d.ranked()).hasSize(1);
    }

    @Test
    void typeMismatchCosts() {
        CandidateScorer scorer = new CandidateScorer();
        MatchQuery query = MatchQuery.series("The Office", 2005);

        double series = scorer.score(query, Candidate.series(Provider.TMDB, "1", "The Office", 2005), 0).score();
        double movie = scorer.score(query, Candidate.movie(Provider.TMDB, "2", "The Office", 2005), 0).score();

        assertThat(series).isGreaterThan(movie);
        assertThat(new MatchQuery("x", null, null, null).type()).isEqualTo(MediaType.UNKNOWN);
    }

    @Test
    void anImplausibleYearIsDropped() {
        assertThat(MatchQuery.movie("1492 Conquest of Paradise", 1492).year()).isNull();
        assertThat(MatchQuery.movie("Heat", 1995).year()).isEqualTo(1995);
    }

    @Test
    void settingsAreValidated() {
        assertThatThrownBy(() -> new MatchSettings(1.2, 0.1, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MatchSettings(0.5, 0.1, 0.6)).isInstanceOf(IllegalArgumentException.class);
    }
}
