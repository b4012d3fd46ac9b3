package com.cineorg.adapter.cli.error;

import com.cineorg.domain.error.ErrorKind;

/** The exit codes scripts and cron jobs rely on. Documented in `--help` and the README. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int USAGE = 2;
    public static final int NOT_FOUND = 3;
    public static final int CONFLICT = 4;
    public static final int AMBIGUOUS = 5;
    public static final int PROVIDER_UNAVAILABLE = 6;
    public static final int STORAGE = 7;
    public static final int SOME_FAILED = 8;
    public static final int NEEDS_REVIEW = 9;
    public static final int LOCKED = 10;

    /** The table printed at the end of `cineorg --help`. */
    public static final String TABLE = "Exit codes:%n"
            + "  0  success%n"
            + "  1  internal error (a bug: please report it, run with --stacktrace)%n"
            + "  2  bad usage or invalid input (unknown option, missing folder, bad template)%n"
            + "  3  not found (no such media id, run or file)%n"
            + "  4  conflict (target exists)%n"
            + "  5  ambiguous match%n"
            + "  6  metadata provider unavailable (TMDB/TVDB down or rate-limited; try later)%n"
            + "  7  storage failure (database locked or not a CineOrg database, disk error)%n"
            + "  8  finished, but some files failed (see the report)%n"
            + "  9  finished, but some files need review (cineorg review)%n"
            + " 10  another cineorg run holds the lock%n";

    private ExitCodes() {}

    public static int of(ErrorKind kind) {
        return switch (kind) {
            case INVALID_INPUT -> USAGE;
            case NOT_FOUND -> NOT_FOUND;
            case CONFLICT -> CONFLICT;
            case AMBIGUOUS_MATCH -> AMBIGUOUS;
            case PROVIDER_UNAVAILABLE -> PROVIDER_UNAVAILABLE;
            case STORAGE_FAILURE -> STORAGE;
            case LOCKED -> LOCKED;
        };
    }
}
