package com.cineorg.domain.port.out;

import java.util.Optional;

/** Keeps two unattended runs from overlapping (a lock file in the data folder, held by the process). */
public interface RunLockPort {
    /** The lock, or empty at once when another process holds it. */
    Optional<Held> tryAcquire();

    /** The lock, waiting as long as another process holds it. */
    Held acquire();

    /** A held lock; closing releases it. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
