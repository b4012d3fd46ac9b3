package com.cineorg.domain.match;

import com.cineorg.domain.model.metadata.Candidate;
import java.util.List;
import java.util.Objects;

/**
 * A candidate with its match score in [0, 1] and the short reasons behind it ({@code title exact "Alien"},
 * {@code year exact 1979}...), as shown in review and in {@code --json}.
 */
public record ScoredCandidate(Candidate candidate, double score, List<String> reasons) {

    public ScoredCandidate {
        Objects.requireNonNull(candidate, "candidate");
        if (Double.isNaN(score) || score < 0 || score > 1) {
            throw new IllegalArgumentException("score must be in [0, 1]: " + score);
        }
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
