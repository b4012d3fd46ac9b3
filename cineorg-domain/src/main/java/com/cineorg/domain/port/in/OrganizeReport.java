package com.cineorg.domain.port.in;

import com.cineorg.domain.model.library.OrganizePlan;
import java.time.Duration;
import java.util.List;

/**
 * @param runId the journal run, or null for a dry run
 * @param outcomes one per plan entry, in plan order (empty for a dry run)
 * @param failures the failed items with a one-line reason (also in {@code outcomes})
 * @param recovery what recovery settled before this run started
 */
public record OrganizeReport(
        OrganizePlan plan,
        Long runId,
        boolean dryRun,
        List<ItemOutcome> outcomes,
        List<ItemFailure> failures,
        RecoveryReport recovery,
        Duration elapsed) {
    public OrganizeReport {
        outcomes = List.copyOf(outcomes);
        failures = List.copyOf(failures);
        recovery = recovery == null ? RecoveryReport.nothing() : recovery;
    }

    public long count(ItemOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public boolean hasFailures() {
        return !failures.isEmpty() || !recovery.unresolved().isEmpty();
    }
}
