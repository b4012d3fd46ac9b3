package com.cineorg.domain.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.cineorg.domain.model.metadata.Candidate;
import com.cineorg.domain.model.metadata.Provider;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The file's running time against a candidate's runtime: a tie-breaker, never more. */
class RuntimeSignalTest {
    private final CandidateScorer scorer = new CandidateScorer();

    private double score(MatchQuery q, Candidate c, Integer runtime) {
        return scorer.score(q, c, 0, runtime).score();
    }

    @Test
    void agreementRaisesAndDisagreementLowersTheScoreALittle() {
        Candidate heat = Candidate.movie(Provider.TMDB, "949", "Heat", 1995);
        MatchQuery query = MatchQuery.movie("Heat", 1996).withRuntimeMinutes(168);

        double unknown = score(query, heat, null);
        double agrees = score(query, heat, 170);
        double differs = score(query, heat, 95);

        assertThat(agrees - unknown).isCloseTo(CandidateScorer.RUNTIME_BONUS, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(unknown - differs).isCloseTo(CandidateScorer.RUNTIME_PENALTY, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(scorer.score(query, heat, 0, 170).reasons()).contains("runtime agrees (170 min for 168 min)");
        assertThat(scorer.score(query, heat, 0, 95).reasons()).contains("runtime differs (95 min for 168 min)");
    }

    @Test
    void aSmallGapOrAnUnknownSideChangesNothing() {
        Candidate c = Candidate.movie(Provider.TMDB, "1", "Alien", 1979);
        MatchQuery plain = MatchQuery.movie("Alien", 1979);
        MatchQuery timed = plain.withRuntimeMinutes(117);

        // 117 against 135: 18 min off, more than 10% but less than 25%: an extended cut, say
        assertThat(score(timed, c, 135)).isEqualTo(score(plain, c, 135));
        assertThat(score(plain, c, 117)).isEqualTo(score(plain, c, null));
        assertThat(scorer.score(timed, c, 0, 135).reasons()).noneMatch(r -> r.startsWith("runtime"));
        assertThat(plain.withRuntimeMinutes(0).runtimeMinutes()).isNull();
    }

    @Test
    void theRuntimeBreaksATieBetweenNamesakesOfTheSameYear() {
        // Two "The Thing" of 2011: a 103-minute feature and a 12-minute short.
        List<Candidate> twins = List.of(Candidate.movie(Provider.TMDB, "60935", "The Thing", 2011),
                Candidate.movie(Provider.TMDB, "777", "The Thing", 2011));
        MatchQuery query = MatchQuery.movie("The Thing", 2011);
        CandidateMatcher matcher = new CandidateMatcher();

        assertThat(matcher.decide(query, twins).outcome()).isEqualTo(MatchDecision.Outcome.AMBIGUOUS);

        MatchDecision d = matcher.decide(query.withRuntimeMinutes(102), twins, Map.of("60935", 103, "777", 12));
        assertThat(d.ranked().get(0).candidate().id()).isEqualTo("60935");
        assertThat(d.ranked().get(0).reasons()).contains("runtime agrees (103 min for 102 min)");
        assertThat(d.ranked().get(0).score() - d.ranked().get(1).score()).isGreaterThan(0.03);
        // from both sides the other way round: the short wins for a short file
        MatchDecision shortFile = matcher.decide(query.withRuntimeMinutes(12), twins, Map.of("60935", 103, "777", 12));
        assertThat(shortFile.ranked().get(0).candidate().id()).isEqualTo("777");
    }

    @Test
    void itNeverOverturnsAClearTitleMatch() {
        List<Candidate> candidates = List.of(Candidate.movie(Provider.TMDB, "1", "Heat", 1995),
                Candidate.movie(Provider.TMDB, "2", "Heated", 1995));
        MatchQuery query = MatchQuery.movie("Heat", 1995).withRuntimeMinutes(100);

        MatchDecision d = new CandidateMatcher().decide(query, candidates, Map.of("1", 170, "2", 100));

        assertThat(d.ranked().get(0).candidate().id()).isEqualTo("1");
    }
}
