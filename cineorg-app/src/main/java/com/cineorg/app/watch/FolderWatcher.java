package com.cineorg.app.watch;

import com.cineorg.domain.scan.FileKind;
import com.cineorg.domain.scan.MediaFileClassifier;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches folders recursively (new subfolders included) with the JDK WatchService and hands over video files once
 * they have stopped growing: same size and modification time for the settle time. Unfinished downloads
 * ({@code .part}, {@code .!qB}...) are ignored until renamed. Deleted and recreated folders, even a root, are picked
 * up again. Ready files are handed to {@code onReady} one batch at a time, on one worker thread.
 */
public final class FolderWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);

    private record Observation(long size, long mtime, Instant since) {}

    private final List<Path> roots;
    private final Duration settle;
    private final Consumer<Set<Path>> onReady;
    private final Clock clock;
    private final WatchService watcher;
    private final Map<WatchKey, Path> keys = new ConcurrentHashMap<>();
    private final Map<Path, Observation> candidates = new HashMap<>();
    private final Map<Path, String> handedOver = new HashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "watch-check"));
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> daemon(r, "watch-run"));
    private final Thread poller;
    private volatile boolean closed;

    public FolderWatcher(List<Path> roots, Duration settle, Consumer<Set<Path>> onReady, Clock clock) throws IOException {
        this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.settle = settle;
        this.onReady = onReady;
        this.clock = clock;
        this.watcher = FileSystems.getDefault().newWatchService();
        this.poller = daemon(this::poll, "watch-events");
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Registers every folder under the roots, takes the files already there as candidates, and starts. */
    public FolderWatcher start() {
        for (Path root : roots) {
            registerTree(root);
        }
        poller.start();
        long tick = Math.max(50, settle.toMillis() / 4);
        scheduler.scheduleWithFixedDelay(this::check, tick, tick, TimeUnit.MILLISECONDS);
        return this;
    }

    private void registerTree(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                    Path name = d.getFileName();
                    if (!roots.contains(d) && name != null && MediaFileClassifier.isJunkDirectory(name.toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    keys.put(d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), d);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    candidate(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warn("cannot watch {}: {}", dir, e.getMessage());
        }
    }

    private void poll() {
        while (!closed) {
            WatchKey key;
            try {
                key = watcher.take();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            Path dir = keys.get(key);
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                    roots.forEach(this::registerTree); // events were lost: look at everything again
                    continue;
                }
                if (dir == null) {
                    continue;
                }
                Path child = dir.resolve((Path) event.context());
                if (event.kind() == StandardWatchEventKinds.ENTRY_DELETE) {
                    forget(child);
                } else if (Files.isDirectory(child)) {
                    registerTree(child);
                } else {
                    candidate(child);
                }
            }
            if (!key.reset()) {
                keys.remove(key); // the folder is gone; check() re-registers a root when it comes back
            }
        }
    }

    private void candidate(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (MediaFileClassifier.kindOf(name) != FileKind.VIDEO) {
            return;
        }
        synchronized (candidates) {
            candidates.putIfAbsent(file, new Observation(-1, -1, clock.instant()));
        }
    }

    private void forget(Path path) {
        synchronized (candidates) {
            candidates.keySet().removeIf(p -> p.startsWith(path));
        }
    }

    /** Runs every quarter of the settle time: which candidates have stopped changing? */
    private void check() {
        try {
            for (Path root : roots) {
                if (Files.isDirectory(root) && !keys.containsValue(root)) {
                    registerTree(root); // deleted and recreated
                }
            }
            Set<Path> ready = new LinkedHashSet<>();
            Instant now = clock.instant();
            synchronized (candidates) {
                var it = candidates.entrySet().iterator();
                while (it.hasNext()) {
                    var e = it.next();
                    Path file = e.getKey();
                    BasicFileAttributes attrs;
                    try {
                        attrs = Files.readAttributes(file, BasicFileAttributes.class);
                    } catch (NoSuchFileException gone) {
                        it.remove();
                        continue;
                    } catch (IOException unreadable) {
                        continue;
                    }
                    long size = attrs.size();
                    long mtime = attrs.lastModifiedTime().toMillis();
                    Observation seen = e.getValue();
                    if (seen.size() != size || seen.mtime() != mtime) {
                        e.setValue(new Observation(size, mtime, now));
                    } else if (!Duration.between(seen.since(), now).minus(settle).isNegative()) {
                        it.remove();
                        String fingerprint = size + ":" + mtime;
                        if (!fingerprint.equals(handedOver.put(file, fingerprint))) {
                            ready.add(file);
                        }
                    }
                }
            }
            if (!ready.isEmpty()) {
                worker.execute(() -> handOver(ready));
            }
        } catch (RuntimeException e) {
            LOG.warn("watch check failed: {}", e.toString());
        }
    }

    private void handOver(Set<Path> ready) {
        if (closed) {
            return;
        }
        try {
            onReady.accept(ready);
        } catch (RuntimeException e) {
            LOG.warn("processing {} files failed: {}", ready.size(), e.toString());
        }
    }

    /** Stops watching; a batch being processed finishes first. */
    @Override
    public void close() {
        closed = true;
        scheduler.shutdownNow();
        try {
            watcher.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        worker.shutdown();
        try {
            worker.awaitTermination(1, TimeUnit.HOURS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
