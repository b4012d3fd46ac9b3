package com.cineorg.domain.error;

/**
 * Another run (a cron `run`, a `watch`, another organize or undo, the API server) holds the run lock: two runs that
 * moved files and settled the journal at once would each take the other's steps in flight for a crash's leftovers.
 */
public class RunLockedException extends CineOrgException {
    public RunLockedException(String message) {
        super(message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.LOCKED;
    }
}
