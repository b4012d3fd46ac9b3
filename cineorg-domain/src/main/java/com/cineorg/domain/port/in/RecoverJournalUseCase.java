package com.cineorg.domain.port.in;

public interface RecoverJournalUseCase {
    /**
     * Finishes or rolls back every step an interrupted process left pending, so that each file exists exactly once,
     * whole. Organize calls it first; {@code organize --resume} calls it and then carries on.
     */
    RecoveryReport recover();
}
