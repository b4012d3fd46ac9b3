package com.cineorg.domain.port.in;

import java.util.List;

/** @param restored files put back (moves reversed, copies and links removed) */
public record UndoReport(long runId, int restored, int foldersRemoved, List<ItemFailure> failures) {
    public UndoReport {
        failures = List.copyOf(failures);
    }
}
