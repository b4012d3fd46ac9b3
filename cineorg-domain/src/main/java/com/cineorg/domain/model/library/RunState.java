package com.cineorg.domain.model.library;

import java.util.Locale;

public enum RunState {
    RUNNING,
    /** Every item done or skipped. */
    FINISHED,
    /** Finished, but some items failed. */
    FINISHED_WITH_FAILURES,
    /** The process stopped in the middle (crash, kill); recovery settled its pending steps. */
    INTERRUPTED,
    /** Undo put the files back. */
    UNDONE;

    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
