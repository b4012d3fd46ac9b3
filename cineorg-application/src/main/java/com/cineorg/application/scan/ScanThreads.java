package com.cineorg.application.scan;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of one scan: background work (walk, index, parsing) and one writer that saves batches in order.
 * Closing stops the background work and waits for the writer's current transaction to end.
 */
final class ScanThreads implements AutoCloseable {
    private static final AtomicInteger SCANS = new AtomicInteger();

    private final ExecutorService background;
    private final ExecutorService writer;

    ScanThreads() {
        int scan = SCANS.incrementAndGet();
        this.background = Executors.newCachedThreadPool(daemon("cineorg-scan-" + scan + "-"));
        this.writer = Executors.newSingleThreadExecutor(daemon("cineorg-scan-" + scan + "-writer-"));
    }

    ExecutorService background() {
        return background;
    }

    ExecutorService writer() {
        return writer;
    }

    /** The task's result, its failure rethrown as it was thrown on the other thread. */
    static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("scan interrupted", e);
        }
    }

    static RuntimeException rethrow(Throwable cause) {
        Throwable c = cause;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        if (c instanceof RuntimeException r) {
            throw r;
        }
        if (c instanceof Error err) {
            throw err;
        }
        throw new IllegalStateException(c);
    }

    @Override
    public void close() {
        background.shutdownNow();
        writer.shutdown();
        try {
            writer.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
