package com.cineorg.application.scan;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;

/**
 * Batches leave the walk's thread here: each is prepared (parsed) on a background thread, batches in parallel,
 * then saved on the one writer thread in the order they were submitted. At most {@link #IN_FLIGHT} batches wait,
 * so memory stays bounded when the database is slower than the walk. The first failure is rethrown to the scan.
 */
final class Writer {
    static final int IN_FLIGHT = 3;

    private final ScanThreads threads;
    private final Deque<CompletableFuture<Void>> pending = new ArrayDeque<>();
    private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);

    Writer(ScanThreads threads) {
        this.threads = threads;
    }

    void submit(Runnable prepare, Runnable save) {
        while (pending.size() >= IN_FLIGHT) {
            join(pending.removeFirst());
        }
        CompletableFuture<Void> prepared = CompletableFuture.runAsync(prepare, threads.background());
        last = prepared.thenCombineAsync(last, (a, b) -> {
            save.run();
            return null;
        }, threads.writer());
        pending.addLast(last);
    }

    /** Waits for every submitted batch to be saved. */
    void drain() {
        while (!pending.isEmpty()) {
            join(pending.removeFirst());
        }
    }

    private static void join(CompletableFuture<Void> f) {
        try {
            f.join();
        } catch (RuntimeException e) {
            throw ScanThreads.rethrow(e);
        }
    }
}
