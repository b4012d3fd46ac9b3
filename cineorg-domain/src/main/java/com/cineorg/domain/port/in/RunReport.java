package com.cineorg.domain.port.in;

import java.time.Duration;

/**
 * @param locked another run held the lock: nothing was done
 * @param identify null when the run stopped before it
 * @param organize null when there was nothing to organize into, or the provider was unavailable
 */
public record RunReport(boolean locked, ScanReport scan, IdentifyReport identify, OrganizeReport organize,
        Duration elapsed) {

    public enum Outcome {
        DONE,
        NEEDS_REVIEW,
        SOME_FAILED,
        PROVIDER_UNAVAILABLE,
        LOCKED
    }

    /** The one outcome a script acts on, the most urgent first. */
    public Outcome outcome() {
        if (locked) {
            return Outcome.LOCKED;
        }
        if (identify != null && identify.providerUnavailable() != null) {
            return Outcome.PROVIDER_UNAVAILABLE;
        }
        boolean failed = (scan != null && scan.hasFailures()) || (identify != null && !identify.failures().isEmpty())
                || (organize != null && organize.hasFailures());
        if (failed) {
            return Outcome.SOME_FAILED;
        }
        if (identify != null && identify.needsReview() > 0) {
            return Outcome.NEEDS_REVIEW;
        }
        return Outcome.DONE;
    }
}
