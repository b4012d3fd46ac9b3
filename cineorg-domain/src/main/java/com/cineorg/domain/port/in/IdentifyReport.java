package com.cineorg.domain.port.in;

import java.time.Duration;
import java.util.List;

/**
 * @param files files considered
 * @param identified files identified (automatically or offline)
 * @param needsReview files waiting for a person (ambiguous or no match)
 * @param notAttempted files left as they were because the provider became unavailable
 * @param searches distinct searches made (one per distinct type, title and year)
 * @param providerUnavailable the provider's one-line error when it failed during the run, else null
 */
public record IdentifyReport(
        long files,
        long identified,
        long needsReview,
        long notAttempted,
        long searches,
        String providerUnavailable,
        List<ItemFailure> failures,
        Duration elapsed) {
    public IdentifyReport {
        failures = List.copyOf(failures);
    }
}
