package com.cineorg.domain.port.in;

/** Progress of a long use case, for progress bars and job reports. Calls come from one thread at a time. */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() {};

    /** A phase starts; {@code total} is -1 when unknown. */
    default void phase(String name, long total) {}

    default void advance(long done) {}

    default void message(String line) {}

    /** True when the caller asked the work to stop (graceful shutdown); long loops check it between items. */
    default boolean cancelled() {
        return false;
    }
}
