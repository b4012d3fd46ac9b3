package com.cineorg.adapter.api.library;

import java.util.Locale;

/** Where a job stands. CANCELLED: stopped by a server shutdown, before it started or between two files. */
public enum JobState {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
