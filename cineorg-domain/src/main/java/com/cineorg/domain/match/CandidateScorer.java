package com.cineorg.domain.match;

import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.metadata.Candidate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores candidates against a query. The base score is {@code 0.70 * title + 0.25 * year + 0.05 * type}, where
 * title is the best {@link TitleSimilarity} between any query title and the candidate's title, original title or
 * alternative titles; year is 1 when equal, 0.6 when one apart, 0 when further, 0.5 when either side has none;
 * type is 1 unless the query asks for the other kind. Popularity, relative to the most popular of its namesakes
 * (the candidates whose title score is at least as good, less 0.05), is blended in with a weight of 0.02, or 0.12
 * when the query has no year: with a year it only breaks ties, without one it lets the well-known work beat an
 * obscure namesake.
 *
 * <p>When the file's running time and the candidate's runtime are both known, agreement (within 10% or 5 minutes,
 * whichever is more) adds {@value #RUNTIME_BONUS} and clear disagreement (off by more than 25% and 15 minutes)
 * takes {@value #RUNTIME_PENALTY} off: a tie-breaker, too weak to overturn a title or a year. Thread-safe.
 */
public final class CandidateScorer {

    static final double TITLE_WEIGHT = 0.70;
    static final double YEAR_WEIGHT = 0.25;
    static final double TYPE_WEIGHT = 0.05;
    static final double POPULARITY_WEIGHT_WITH_YEAR = 0.02;
    static final double POPULARITY_WEIGHT_WITHOUT_YEAR = 0.12;

    static final double NAMESAKE_TOLERANCE = 0.05;
    static final double RUNTIME_BONUS = 0.03;
    static final double RUNTIME_PENALTY = 0.04;

    private final TitleSimilarity similarity = new TitleSimilarity();

    /** Scores every candidate and sorts best first (ties: more popular first, then provider id). */
    public List<ScoredCandidate> rank(MatchQuery query, List<Candidate> candidates) {
        return rank(query, candidates, Map.of());
    }

    /** As {@link #rank(MatchQuery, List)}, with the candidates' runtimes in minutes by id where known. */
    public List<ScoredCandidate> rank(MatchQuery query, List<Candidate> candidates, Map<String, Integer> runtimes) {
        double[] titleScores = new double[candidates.size()];
        for (int i = 0; i < titleScores.length; i++) {
            titleScores[i] = titleScore(query, candidates.get(i), new ArrayList<>());
        }
        List<ScoredCandidate> scored = new ArrayList<>(candidates.size());
        for (int i = 0; i < titleScores.length; i++) {
            double peerMax = 0;
            for (int j = 0; j < titleScores.length; j++) {
                if (titleScores[j] >= titleScores[i] - NAMESAKE_TOLERANCE) {
                    peerMax = Math.max(peerMax, candidates.get(j).popularity());
                }
            }
            Candidate c = candidates.get(i);
            scored.add(score(query, c, peerMax, runtimes.get(c.id())));
        }
        scored.sort(Comparator.comparingDouble(ScoredCandidate::score).reversed()
                .thenComparing(s -> s.candidate().popularity(), Comparator.reverseOrder())
                .thenComparing(s -> s.candidate().reference()));
        return scored;
    }

    /**
     * @param maxPopularity the highest popularity among this candidate's namesakes (0 if unknown)
     */
    public ScoredCandidate score(MatchQuery query, Candidate candidate, double maxPopularity) {
        return score(query, candidate, maxPopularity, null);
    }

    /**
     * @param maxPopularity the highest popularity among this candidate's namesakes (0 if unknown)
     * @param runtimeMinutes the candidate's runtime, or null when unknown
     */
    public ScoredCandidate score(MatchQuery query, Candidate candidate, double maxPopularity, Integer runtimeMinutes) {
        List<String> reasons = new ArrayList<>();
        double title = titleScore(query, candidate, reasons);
        double year = yearScore(query.year(), candidate.year(), reasons);
        double type = typeScore(query.type(), candidate.type(), reasons);
        double base = TITLE_WEIGHT * title + YEAR_WEIGHT * year + TYPE_WEIGHT * type;
        double popularityWeight = query.year() == null ? POPULARITY_WEIGHT_WITHOUT_YEAR : POPULARITY_WEIGHT_WITH_YEAR;
        double relativePopularity = maxPopularity > 0 ? candidate.popularity() / maxPopularity : 0;
        if (maxPopularity > 0) {
            reasons.add(String.format(Locale.ROOT, "popularity %.0f%% of the most popular namesake", 100 * relativePopularity));
        }
        double score = base * (1 - popularityWeight) + popularityWeight * relativePopularity;
        score += runtimeAdjustment(query.runtimeMinutes(), runtimeMinutes, reasons);
        return new ScoredCandidate(candidate, clamp(score), reasons);
    }

    private double titleScore(MatchQuery query, Candidate candidate, List<String> reasons) {
        if (!query.hasTitle()) {
            reasons.add("no title to compare");
            return 0;
        }
        double best = 0;
        String bestTitle = candidate.title();
        String bestKind = "title";
        for (String q : query.allTitles()) {
            List<String> titles = candidate.allTitles();
            for (int i = 0; i < titles.size(); i++) {
                double s = similarity.similarity(q, titles.get(i));
                if (s > best) {
                    best = s;
                    bestTitle = titles.get(i);
                    bestKind = kindOf(candidate, titles.get(i), i);
                }
            }
        }
        if (best >= 1) {
            reasons.add(bestKind + " exact \"" + bestTitle + "\"");
        } else {
            reasons.add(String.format(Locale.ROOT, "%s %.2f \"%s\"", bestKind, best, bestTitle));
        }
        return best;
    }

    private static String kindOf(Candidate candidate, String title, int index) {
        if (index == 0) {
            return "title";
        }
        return title.equals(candidate.originalTitle()) ? "original title" : "alternative title";
    }

    private static double yearScore(Integer wanted, Integer actual, List<String> reasons) {
        if (wanted == null) {
            reasons.add("no year in file name");
            return 0.5;
        }
        if (actual == null) {
            reasons.add("candidate has no year");
            return 0.5;
        }
        int diff = Math.abs(wanted - actual);
        if (diff == 0) {
            reasons.add("year exact " + actual);
            return 1;
        }
        if (diff == 1) {
            reasons.add("year off by one (" + actual + " for " + wanted + ")");
            return 0.6;
        }
        reasons.add("year differs (" + actual + " for " + wanted + ")");
        return 0;
    }

    /** Runtime agreement between the file and the candidate: a small bonus, a small penalty, or nothing. */
    static double runtimeAdjustment(Integer file, Integer candidate, List<String> reasons) {
        if (file == null || candidate == null || file <= 0 || candidate <= 0) {
            return 0;
        }
        int diff = Math.abs(file - candidate);
        if (diff <= Math.max(5, 0.10 * candidate)) {
            reasons.add("runtime agrees (" + candidate + " min for " + file + " min)");
            return RUNTIME_BONUS;
        }
        if (diff > Math.max(15, 0.25 * candidate)) {
            reasons.add("runtime differs (" + candidate + " min for " + file + " min)");
            return -RUNTIME_PENALTY;
        }
        return 0;
    }

    private static double typeScore(MediaType wanted, MediaType actual, List<String> reasons) {
        if (wanted == MediaType.UNKNOWN || wanted == actual) {
            return 1;
        }
        reasons.add("type differs (" + actual.word() + " for " + wanted.word() + ")");
        return 0;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
