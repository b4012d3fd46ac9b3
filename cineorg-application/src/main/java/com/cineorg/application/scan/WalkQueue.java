package com.cineorg.application.scan;

import com.cineorg.domain.model.media.FileEntry;
import com.cineorg.domain.port.out.FileSystemPort;
import com.cineorg.domain.port.out.WalkListener;
import com.cineorg.domain.port.out.WalkOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The walk of the roots on a background thread, its events handed over by a bounded queue so that the scan's
 * listener still sees them on its own thread, in the walk's order.
 */
final class WalkQueue {
    private static final int CAPACITY = 512;
    private static final Object END = new Object();

    private final BlockingQueue<Object> events = new ArrayBlockingQueue<>(CAPACITY);
    private Future<?> walking;

    private record Directory(Path dir, List<FileEntry> files) {}

    private record Warning(Path path, String message) {}

    private WalkQueue() {}

    static WalkQueue start(ExecutorService threads, FileSystemPort fileSystem, List<Path> roots, WalkOptions options) {
        WalkQueue q = new WalkQueue();
        q.walking = threads.submit(() -> {
            try {
                WalkListener forward = new WalkListener() {
                    @Override
                    public void directory(Path dir, List<FileEntry> files) {
                        q.put(new Directory(dir, files));
                    }

                    @Override
                    public void warning(Path path, String message) {
                        q.put(new Warning(path, message));
                    }
                };
                for (Path root : roots) {
                    fileSystem.walk(root, options, forward);
                }
            } finally {
                q.put(END);
            }
            return null;
        });
        return q;
    }

    private void put(Object event) {
        try {
            events.put(event);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("scan stopped");
        }
    }

    /** Delivers every event to {@code listener} on this thread; the walk's failure, if any, is rethrown at the end. */
    void drainTo(WalkListener listener) {
        try {
            for (Object event = events.take(); event != END; event = events.take()) {
                if (event instanceof Directory d) {
                    listener.directory(d.dir(), d.files());
                } else if (event instanceof Warning w) {
                    listener.warning(w.path(), w.message());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("scan stopped");
        }
        ScanThreads.await(walking);
    }
}
