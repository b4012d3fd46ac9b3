package com.cineorg.domain.match;

/**
 * When to accept a match without asking.
 *
 * @param threshold the best candidate's score must reach this to be accepted (default 0.85)
 * @param margin and lead the second candidate by at least this much (default 0.08)
 * @param reviewFloor below this the best candidate is too poor to offer for review: the file is unmatched
 *     (default 0.55)
 */
public record MatchSettings(double threshold, double margin, double reviewFloor) {

    public static final double DEFAULT_THRESHOLD = 0.85;
    public static final double DEFAULT_MARGIN = 0.08;
    public static final double DEFAULT_REVIEW_FLOOR = 0.55;

    public MatchSettings {
        check("threshold", threshold);
        check("margin", margin);
        check("reviewFloor", reviewFloor);
        if (reviewFloor > threshold) {
            throw new IllegalArgumentException("reviewFloor " + reviewFloor + " is above threshold " + threshold);
        }
    }

    public static MatchSettings defaults() {
        return new MatchSettings(DEFAULT_THRESHOLD, DEFAULT_MARGIN, DEFAULT_REVIEW_FLOOR);
    }

    public MatchSettings withThreshold(double value) {
        return new MatchSettings(value, margin, Math.min(reviewFloor, value));
    }

    public MatchSettings withMargin(double value) {
        return new MatchSettings(threshold, value, reviewFloor);
    }

    private static void check(String name, double value) {
        if (Double.isNaN(value) || value < 0 || value > 1) {
            throw new IllegalArgumentException(name + " must be in [0, 1]: " + value);
        }
    }
}
