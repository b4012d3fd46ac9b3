package com.cineorg.application.probe;

import com.cineorg.application.query.CatalogPages;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaInfo;
import com.cineorg.domain.model.media.MediaStatus;
import com.cineorg.domain.port.in.ItemFailure;
import com.cineorg.domain.port.in.LookupMediaInfoUseCase;
import com.cineorg.domain.port.in.ProbeMediaCommand;
import com.cineorg.domain.port.in.ProbeMediaUseCase;
import com.cineorg.domain.port.in.ProbeReport;
import com.cineorg.domain.port.out.MediaCatalogPort;
import com.cineorg.domain.port.out.MediaInfoPort;
import com.cineorg.domain.port.out.MediaInfoStorePort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Probes catalog files that have no media info yet (or changed since), {@value #PARALLELISM} at a time: a probe is
 * an external process that reads the file's headers, so two keep the disk and the CPU busy without starving the
 * rest of the machine. Results are written from the calling thread, in batches. A file the tool cannot read is
 * stored as empty and not retried until it changes; a file that fails in any other way is reported and the pass
 * goes on.
 */
public final class ProbeMediaService implements ProbeMediaUseCase, LookupMediaInfoUseCase {
    static final int PARALLELISM = 2;
    private static final int SAVE_BATCH = 200;

    private final MediaCatalogPort catalog;
    private final MediaInfoStorePort store;
    private final MediaInfoPort tool;
    private final Clock clock;

    public ProbeMediaService(MediaCatalogPort catalog, MediaInfoStorePort store, MediaInfoPort tool, Clock clock) {
        this.catalog = Objects.requireNonNull(catalog);
        this.store = Objects.requireNonNull(store);
        this.tool = Objects.requireNonNull(tool);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Map<Long, MediaInfo> mediaInfo(Collection<Long> mediaFileIds) {
        return store.findAll(mediaFileIds);
    }

    @Override
    public ProbeReport probe(ProbeMediaCommand command) {
        Instant started = clock.instant();
        if (!tool.available()) {
            return ProbeReport.noTool(0, Duration.between(started, clock.instant()));
        }
        String toolName = tool.describe().orElse("probe");
        List<MediaFile> candidates = candidates(command);
        List<MediaFile> todo = new ArrayList<>();
        long known = 0;
        Map<Long, Instant> probed = command.force() ? Map.of()
                : store.probedAt(candidates.stream().map(MediaFile::requireId).toList());
        for (MediaFile f : candidates) {
            Instant at = probed.get(f.requireId());
            if (at != null && !f.mtime().isAfter(at)) {
                known++;
            } else {
                todo.add(f);
            }
        }
        if (!todo.isEmpty()) {
            command.progress().phase("probe", todo.size());
        }
        long ok = 0;
        long unreadable = 0;
        long done = 0;
        List<ItemFailure> failures = new ArrayList<>();
        Map<Long, MediaInfo> pending = new LinkedHashMap<>();
        ExecutorService pool = todo.isEmpty() ? null : Executors.newFixedThreadPool(PARALLELISM, r -> {
            Thread t = new Thread(r, "probe");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<MediaFile, Future<Optional<MediaInfo>>> futures = new LinkedHashMap<>();
            for (MediaFile f : todo) {
                futures.put(f, pool.submit(() -> command.progress().cancelled() ? null : tool.probe(f.path())));
            }
            for (Map.Entry<MediaFile, Future<Optional<MediaInfo>>> e : futures.entrySet()) {
                MediaFile f = e.getKey();
                Optional<MediaInfo> info;
                try {
                    info = e.getValue().get();
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    break;
                } catch (ExecutionException | CancellationException ex) {
                    Throwable cause = ex.getCause() == null ? ex : ex.getCause();
                    failures.add(new ItemFailure(f.path(), "probe failed: " + cause.getClass().getSimpleName()
                            + (cause.getMessage() == null ? "" : ": " + cause.getMessage())));
                    command.progress().advance(++done);
                    continue;
                }
                if (info == null) {
                    continue; // cancelled before it started
                }
                if (info.isPresent()) {
                    ok++;
                } else {
                    unreadable++;
                }
                pending.put(f.requireId(), info.orElse(new MediaInfo(null, null, null, null, List.of())));
                command.progress().advance(++done);
                if (pending.size() >= SAVE_BATCH) {
                    flush(pending);
                }
            }
            flush(pending);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return new ProbeReport(toolName, candidates.size(), ok, unreadable, known, failures,
                Duration.between(started, clock.instant()));
    }

    private void flush(Map<Long, MediaInfo> pending) {
        if (!pending.isEmpty()) {
            store.saveAll(pending, clock.instant());
            pending.clear();
        }
    }

    private List<MediaFile> candidates(ProbeMediaCommand command) {
        if (!command.mediaFileIds().isEmpty()) {
            return catalog.findAllById(command.mediaFileIds()).stream()
                    .filter(f -> f.status() != MediaStatus.MISSING)
                    .toList();
        }
        List<MediaFile> result = new ArrayList<>();
        CatalogPages.forEachPage(catalog, command.status(), page -> {
            for (MediaFile f : page) {
                if (f.status() != MediaStatus.MISSING && !f.isExtra()) {
                    result.add(f);
                }
            }
        });
        return result;
    }
}
