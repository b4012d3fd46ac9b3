package com.cineorg.domain.match;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of matching one query against its candidates: {@link Identified} (accepted without asking),
 * {@link Ambiguous} (goes to review with its ranked candidates) or {@link Unmatched}. Switch over
 * {@link #outcome()} for an exhaustive switch.
 */
public sealed interface MatchDecision {

    enum Outcome {
        IDENTIFIED,
        AMBIGUOUS,
        UNMATCHED
    }

    Outcome outcome();

    /** Every scored candidate, best first (at most {@link CandidateMatcher#MAX_KEPT}). */
    List<ScoredCandidate> ranked();

    /** One line saying why. */
    String reason();

    record Identified(ScoredCandidate best, List<ScoredCandidate> ranked, String reason) implements MatchDecision {
        public Identified {
            Objects.requireNonNull(best, "best");
            ranked = List.copyOf(ranked);
        }

        @Override
        public Outcome outcome() {
            return Outcome.IDENTIFIED;
        }
    }

    record Ambiguous(List<ScoredCandidate> ranked, String reason) implements MatchDecision {
        public Ambiguous {
            ranked = List.copyOf(ranked);
            if (ranked.isEmpty()) {
                throw new IllegalArgumentException("an ambiguous match needs candidates");
            }
        }

        @Override
        public Outcome outcome() {
            return Outcome.AMBIGUOUS;
        }
    }

    record Unmatched(List<ScoredCandidate> ranked, String reason) implements MatchDecision {
        public Unmatched {
            ranked = List.copyOf(ranked);
        }

        @Override
        public Outcome outcome() {
            return Outcome.UNMATCHED;
        }
    }
}
