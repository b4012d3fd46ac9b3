package com.cineorg.domain.port.in;

import java.util.List;

/**
 * What recovery did with the steps an earlier process left unfinished.
 *
 * @param completed steps finished (e.g. a copy that was whole: its source deleted)
 * @param rolledBack steps undone or that had not started (e.g. a partial temporary copy deleted)
 * @param unresolved steps left for a human, each with a one-line reason (both files kept)
 */
public record RecoveryReport(int completed, int rolledBack, List<ItemFailure> unresolved) {
    public RecoveryReport {
        unresolved = List.copyOf(unresolved);
    }

    public static RecoveryReport nothing() {
        return new RecoveryReport(0, 0, List.of());
    }

    public boolean didSomething() {
        return completed + rolledBack + unresolved.size() > 0;
    }
}
