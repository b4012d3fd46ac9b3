package com.cineorg.application.organize;

import com.cineorg.domain.error.RunLockedException;
import com.cineorg.domain.port.out.RunLockPort;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Organize, apply, recovery and undo one at a time, across processes: each settles the journal's steps in flight as
 * a crash's leftovers first, so a second one started beside a live run would finish or roll back that run's steps
 * under its feet (seen: a `--resume` beside a running organize "finished" 305 of its steps). They take the lock that
 * {@code run} and {@code watch} hold for a whole pass, and are refused at once (exit 10, HTTP 409) while another holds
 * it. A dry run reads only and takes no lock. {@code run} calls organize without this guard: it holds the lock itself.
 */
public final class RunLockGuard {
    private final RunLockPort lock;

    public RunLockGuard(RunLockPort lock) {
        this.lock = Objects.requireNonNull(lock);
    }

    /** {@code work} under the lock, or a {@link RunLockedException} naming {@code what} when another run holds it. */
    public <T> T holding(String what, Supplier<T> work) {
        RunLockPort.Held held = lock.tryAcquire().orElseThrow(() -> new RunLockedException("another cineorg run is"
                + " organizing or undoing (a cron run, watch, the API server or another command); " + what
                + " when it has finished"));
        try (held) {
            return work.get();
        }
    }
}
