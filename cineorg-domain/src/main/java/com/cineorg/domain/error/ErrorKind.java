package com.cineorg.domain.error;

/** The categories every expected failure falls into; adapters map each to an exit code or HTTP status. */
public enum ErrorKind {
    INVALID_INPUT,
    NOT_FOUND,
    CONFLICT,
    AMBIGUOUS_MATCH,
    PROVIDER_UNAVAILABLE,
    STORAGE_FAILURE,
    /** Another run holds the lock that keeps organize, apply, undo and recovery from overlapping. */
    LOCKED
}
