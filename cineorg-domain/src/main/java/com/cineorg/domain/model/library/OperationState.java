package com.cineorg.domain.model.library;

/**
 * PENDING is written (durably) before the step starts and DONE after it; recovery turns every PENDING into DONE
 * or ROLLED_BACK (or FAILED when it cannot decide without risk). Undo goes DONE → UNDOING → UNDONE.
 */
public enum OperationState {
    PENDING,
    DONE,
    ROLLED_BACK,
    FAILED,
    UNDOING,
    UNDONE;

    public boolean unfinished() {
        return this == PENDING || this == UNDOING;
    }
}
