package com.cineorg.domain.match;

import com.cineorg.domain.model.metadata.Candidate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Ranks candidates and decides: {@link MatchDecision.Identified} when the best score reaches the threshold and
 * leads the runner-up by the margin, {@link MatchDecision.Ambiguous} when the best is at least the review floor,
 * else {@link MatchDecision.Unmatched}. A query without a title is always unmatched. Thread-safe.
 */
public final class CandidateMatcher {

    /** At most this many ranked candidates are kept in a decision. */
    public static final int MAX_KEPT = 10;

    private final MatchSettings settings;
    private final CandidateScorer scorer = new CandidateScorer();

    public CandidateMatcher(MatchSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public CandidateMatcher() {
        this(MatchSettings.defaults());
    }

    public MatchSettings settings() {
        return settings;
    }

    public MatchDecision decide(MatchQuery query, List<Candidate> candidates) {
        return decide(query, candidates, Map.of());
    }

    /**
     * @param runtimes candidates' runtimes in minutes by {@link Candidate#id()}, where known (from their details);
     *     compared with {@link MatchQuery#runtimeMinutes()} as a tie-breaker
     */
    public MatchDecision decide(MatchQuery query, List<Candidate> candidates, Map<String, Integer> runtimes) {
        if (!query.hasTitle()) {
            return new MatchDecision.Unmatched(List.of(), "no title in the file name");
        }
        if (candidates.isEmpty()) {
            return new MatchDecision.Unmatched(List.of(), "no candidates found for \"" + query.title() + "\"");
        }
        List<ScoredCandidate> ranked = scorer.rank(query, candidates, runtimes);
        List<ScoredCandidate> kept = ranked.subList(0, Math.min(MAX_KEPT, ranked.size()));
        ScoredCandidate best = ranked.get(0);
        double lead = ranked.size() > 1 ? best.score() - ranked.get(1).score() : 1;
        if (best.score() >= settings.threshold() && lead >= settings.margin()) {
            return new MatchDecision.Identified(best, kept, format("score %.2f, lead %.2f", best.score(), lead));
        }
        if (best.score() >= settings.reviewFloor()) {
            String why = best.score() < settings.threshold()
                    ? format("best score %.2f is below the threshold %.2f", best.score(), settings.threshold())
                    : format("best score %.2f leads %s by only %.2f", best.score(),
                            ranked.get(1).candidate().reference(), lead);
            return new MatchDecision.Ambiguous(kept, why);
        }
        return new MatchDecision.Unmatched(kept,
                format("best score %.2f is below the review floor %.2f", best.score(), settings.reviewFloor()));
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
