package com.cineorg.application.scan;

import com.cineorg.domain.error.InvalidInputException;
import com.cineorg.domain.model.media.FileEntry;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaStatus;
import com.cineorg.domain.model.media.ParsedRelease;
import com.cineorg.domain.model.media.Sidecar;
import com.cineorg.domain.port.in.ItemFailure;
import com.cineorg.domain.port.in.ProgressListener;
import com.cineorg.domain.port.in.ScanCommand;
import com.cineorg.domain.port.in.ScanMediaUseCase;
import com.cineorg.domain.port.in.ScanReport;
import com.cineorg.domain.port.out.FileNameParser;
import com.cineorg.domain.port.out.FileSystemPort;
import com.cineorg.domain.port.out.IndexedFile;
import com.cineorg.domain.port.out.MediaCatalogPort;
import com.cineorg.domain.port.out.WalkListener;
import com.cineorg.domain.port.out.WalkOptions;
import com.cineorg.domain.scan.FileKind;
import com.cineorg.domain.scan.MediaFileClassifier;
import com.cineorg.domain.scan.SidecarMatcher;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Walks the roots, compares what it finds with the catalog, parses only new and changed files, and writes in
 * batches. Rescans of unchanged trees write nothing.
 */
public final class ScanMediaService implements ScanMediaUseCase {
    static final int DEFAULT_BATCH = 2_000;
    private static final int MAX_WARNINGS = 1_000;

    private final FileSystemPort fileSystem;
    private final MediaCatalogPort catalog;
    private final FileNameParser parser;
    private final Clock clock;
    private final int batchSize;

    public ScanMediaService(FileSystemPort fileSystem, MediaCatalogPort catalog, FileNameParser parser, Clock clock) {
        this(fileSystem, catalog, parser, clock, DEFAULT_BATCH);
    }

    public ScanMediaService(
            FileSystemPort fileSystem, MediaCatalogPort catalog, FileNameParser parser, Clock clock, int batchSize) {
        this.fileSystem = Objects.requireNonNull(fileSystem);
        this.catalog = Objects.requireNonNull(catalog);
        this.parser = Objects.requireNonNull(parser);
        this.clock = Objects.requireNonNull(clock);
        this.batchSize = batchSize;
    }

    @Override
    public ScanReport scan(ScanCommand command) {
        Instant started = clock.instant();
        List<Path> roots = normalise(command.roots());
        WalkOptions options = new WalkOptions(command.followLinks(), MediaFileClassifier::isJunkDirectory,
                MediaFileClassifier::attributesNotNeeded);
        try (ScanThreads threads = new ScanThreads()) {
            // The index loads while the walk starts; the walk runs ahead of the comparison by a bounded queue.
            Future<List<IndexedFile>> index = threads.background().submit(() -> catalog.index(roots));
            WalkQueue walk = WalkQueue.start(threads.background(), fileSystem, roots, options);
            Run run = new Run(roots, command.reparse(), command.progress(), started, new Writer(threads));
            run.load(ScanThreads.await(index));
            command.progress().phase("scan", -1);
            walk.drainTo(run);
            run.finish();
            return run.report(Duration.between(started, clock.instant()));
        }
    }

    private static List<Path> normalise(List<Path> roots) {
        Set<Path> result = new LinkedHashSet<>();
        for (Path root : roots) {
            if (root == null) {
                throw new InvalidInputException("scan root must not be empty");
            }
            result.add(root.toAbsolutePath().normalize());
        }
        return new ArrayList<>(result);
    }

    /** The state of one scan; also the walk listener. */
    private final class Run implements WalkListener {
        private final List<Path> roots;
        private final ProgressListener progress;
        private final Instant now;
        private final Map<Path, IndexedFile> byPath = new HashMap<>();
        private final Map<String, IndexedFile> byKey = new HashMap<>();
        private final Set<Long> seen = new HashSet<>();
        /** Subtitle files from Subs folders, waiting for the folder whose videos they belong to. */
        private final Map<Path, Map<String, List<FileEntry>>> pendingSubtitles = new HashMap<>();
        private final Writer writer;
        private List<MediaFile> batch = new ArrayList<>();
        private Map<Long, Pending> changed = new HashMap<>();
        private final Map<Long, Pending> moveCandidates = new HashMap<>();
        private final List<String> warnings = new ArrayList<>();
        private final List<ItemFailure> failures = Collections.synchronizedList(new ArrayList<>());
        private long videos;
        private long added;
        private final AtomicLong updated = new AtomicLong();
        /** Files read again for --reparse whose parse came out the same: counted as unchanged. */
        private final AtomicLong reparsedSame = new AtomicLong();
        private final boolean reparse;
        private long moved;
        private long unchanged;
        private long missing;
        private long extras;
        private long samples;
        private long sidecars;

        Run(List<Path> roots, boolean reparse, ProgressListener progress, Instant now, Writer writer) {
            this.roots = roots;
            this.reparse = reparse;
            this.progress = progress;
            this.now = now;
            this.writer = writer;
        }

        void load(List<IndexedFile> index) {
            for (IndexedFile f : index) {
                byPath.put(f.path(), f);
                if (f.fileKey() != null) {
                    byKey.put(f.fileKey(), f);
                }
            }
        }

        @Override
        public void warning(Path path, String message) {
            if (warnings.size() < MAX_WARNINGS) {
                warnings.add(path + ": " + message);
            }
            progress.message("warning: " + path + ": " + message);
        }

        @Override
        public void directory(Path dir, List<FileEntry> files) {
            Path name = dir.getFileName();
            String dirName = name == null ? "" : name.toString();
            Map<String, List<FileEntry>> fromSubfolders = pendingSubtitles.remove(dir);
            if (MediaFileClassifier.isSubtitleFolder(dirName) || isInsideSubtitleFolder(dir)) {
                stashSubtitles(dir, dirName, files, fromSubfolders);
                fromSubfolders = null;
                files = files.stream()
                        .filter(f -> MediaFileClassifier.kindOf(f.fileName()) != FileKind.SUBTITLE)
                        .toList();
            }
            List<FileEntry> main = new ArrayList<>();
            List<FileEntry> candidates = new ArrayList<>();
            for (FileEntry f : files) {
                FileKind kind = MediaFileClassifier.kindOf(f.fileName());
                switch (kind) {
                    case VIDEO -> {
                        if (MediaFileClassifier.isSample(f.fileName(), dirName, f.size())) {
                            samples++;
                        } else {
                            main.add(f);
                        }
                    }
                    case SUBTITLE, NFO, IMAGE -> candidates.add(f);
                    case JUNK, OTHER -> {
                        // not ours
                    }
                }
            }
            if (main.isEmpty()) {
                return;
            }
            Map<Path, List<FileEntry>> attached =
                    SidecarMatcher.assign(main, candidates, fromSubfolders == null ? Map.of() : fromSubfolders);
            for (FileEntry video : main) {
                if (progress.cancelled()) {
                    return;
                }
                try {
                    visitVideo(video, MediaFileClassifier.extraKind(video.fileName(), dirName),
                            attached.getOrDefault(video.path(), List.of()));
                } catch (RuntimeException e) {
                    failures.add(new ItemFailure(video.path(), oneLine(e)));
                }
                progress.advance(videos);
            }
            if (batch.size() >= batchSize) {
                flush();
            }
        }

        private boolean isInsideSubtitleFolder(Path dir) {
            Path parent = dir.getParent();
            return parent != null && parent.getFileName() != null
                    && MediaFileClassifier.isSubtitleFolder(parent.getFileName().toString())
                    && !roots.contains(dir);
        }

        /** Subs/x.srt and Subs/Episode/x.srt wait for the folder above Subs. */
        private void stashSubtitles(
                Path dir, String dirName, List<FileEntry> files, Map<String, List<FileEntry>> fromSubfolders) {
            Path owner = dir.getParent();
            if (owner == null || roots.contains(dir)) {
                return;
            }
            boolean nested = !MediaFileClassifier.isSubtitleFolder(dirName);
            if (nested) {
                owner = owner.getParent();
                if (owner == null) {
                    return;
                }
            }
            Map<String, List<FileEntry>> target = pendingSubtitles.computeIfAbsent(owner, k -> new HashMap<>());
            List<FileEntry> subs = new ArrayList<>();
            for (FileEntry f : files) {
                if (MediaFileClassifier.kindOf(f.fileName()) == FileKind.SUBTITLE) {
                    subs.add(f);
                }
            }
            if (!subs.isEmpty()) {
                target.computeIfAbsent(dirName, k -> new ArrayList<>()).addAll(subs);
            }
            if (fromSubfolders != null) {
                fromSubfolders.forEach((k, v) -> target.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            }
        }

        /** Sidecar names are read for languages and flags only for files that are saved. */
        private void visitVideo(FileEntry video, String extraKind, List<FileEntry> sidecarFiles) {
            videos++;
            if (extraKind != null) {
                extras++;
            }
            sidecars += sidecarFiles.size();
            int signature = SidecarMatcher.signatureOf(sidecarFiles);
            IndexedFile known = byPath.get(video.path());
            if (known != null) {
                seen.add(known.id());
                boolean sameContent = known.size() == video.size()
                        && known.mtime().toEpochMilli() == video.mtime().toEpochMilli();
                boolean same = sameContent && known.sidecarSignature() == signature;
                if (same && known.status() != MediaStatus.MISSING && !reparse) {
                    unchanged++;
                } else {
                    changed.put(known.id(), new Pending(video, extraKind,
                            SidecarMatcher.sidecarsOf(video, sidecarFiles), !sameContent,
                            same && known.status() != MediaStatus.MISSING));
                    if (changed.size() >= batchSize) {
                        flush();
                    }
                }
                return;
            }
            IndexedFile sameKey = video.fileKey() == null ? null : byKey.get(video.fileKey());
            if (sameKey != null && !sameKey.path().equals(video.path()) && !moveCandidates.containsKey(sameKey.id())) {
                moveCandidates.put(sameKey.id(),
                        new Pending(video, extraKind, SidecarMatcher.sidecarsOf(video, sidecarFiles), false));
                return;
            }
            addNew(video, extraKind, SidecarMatcher.sidecarsOf(video, sidecarFiles));
        }

        private void addNew(FileEntry video, String extraKind, List<Sidecar> found) {
            MediaFile file = MediaFile.discovered(video, extraKind, now);
            file.attach(found);
            batch.add(file); // parsed by the writer, off the walk's thread
            added++;
        }

        private void parse(MediaFile file) {
            try {
                file.parsedAs(parser.parse(nameUnderRoot(file.path(), roots)));
            } catch (RuntimeException e) {
                file.fail("could not parse the name: " + oneLine(e));
                failures.add(new ItemFailure(file.path(), "could not parse the name: " + oneLine(e)));
            }
        }

        /** Hands the batch to the writer: new and moved files are parsed there, then everything is saved in order. */
        void flush() {
            if (changed.isEmpty() && batch.isEmpty()) {
                return;
            }
            List<MediaFile> toParse = batch;
            Map<Long, Pending> toUpdate = changed;
            batch = new ArrayList<>();
            changed = new HashMap<>();
            writer.submit(() -> toParse.forEach(this::parse), () -> save(toParse, toUpdate));
        }

        /** On the writer thread: changed files are read back, updated, and saved with the parsed new ones. */
        private void save(List<MediaFile> parsed, Map<Long, Pending> toUpdate) {
            List<MediaFile> files = new ArrayList<>(parsed);
            if (!toUpdate.isEmpty()) {
                for (MediaFile file : catalog.findAllById(toUpdate.keySet())) {
                    Pending p = toUpdate.get(file.requireId());
                    if (p.contentChanged() || file.status() == MediaStatus.MISSING) {
                        file.contentChanged(p.entry(), now);
                        parse(file);
                    } else {
                        if (reparse) {
                            ParsedRelease before = file.parsed();
                            MediaStatus status = file.status();
                            parse(file);
                            if (p.onlyReparse() && before.equals(file.parsed()) && status == file.status()) {
                                reparsedSame.incrementAndGet(); // nothing to write
                                continue;
                            }
                        }
                        file.seen(now);
                    }
                    file.attach(p.sidecars());
                    files.add(file);
                    updated.incrementAndGet();
                }
            }
            catalog.saveAll(files);
        }

        void finish() {
            // A file key seen at a new path is a move only when the old path is gone (hard links share keys).
            if (!moveCandidates.isEmpty()) {
                List<Long> ids = new ArrayList<>();
                for (Map.Entry<Long, Pending> e : moveCandidates.entrySet()) {
                    if (seen.contains(e.getKey())) {
                        addNew(e.getValue().entry(), e.getValue().extraKind(), e.getValue().sidecars());
                    } else {
                        ids.add(e.getKey());
                    }
                }
                writer.drain(); // the catalog is read here, with no batch in flight
                for (MediaFile file : catalog.findAllById(ids)) {
                    Pending p = moveCandidates.get(file.requireId());
                    file.movedTo(p.entry(), now);
                    file.attach(p.sidecars());
                    seen.add(file.requireId());
                    batch.add(file); // parsed by the writer
                    moved++;
                }
            }
            flush();
            writer.drain();
            if (progress.cancelled()) {
                return; // an interrupted walk proves nothing about what is missing
            }
            List<Long> gone = new ArrayList<>();
            for (IndexedFile f : byPath.values()) {
                if (!seen.contains(f.id()) && f.status() != MediaStatus.MISSING && underRoots(f.path())) {
                    gone.add(f.id());
                }
            }
            if (!gone.isEmpty()) {
                catalog.markMissing(gone);
            }
            missing = gone.size();
        }

        private boolean underRoots(Path path) {
            for (Path root : roots) {
                if (path.startsWith(root)) {
                    return true;
                }
            }
            return false;
        }

        ScanReport report(Duration elapsed) {
            return new ScanReport(roots, videos, added, updated.get(), moved, unchanged + reparsedSame.get(), missing,
                    extras, samples, sidecars, warnings, List.copyOf(failures), elapsed);
        }
    }

    /**
     * What the parser reads for a file: its path from the scan root it was found under, the root's own name included.
     * The folders above the root hold the user's library or downloads, not a release
     * ({@code /mnt/Movie.2019-GRP/downloads}), so a file whose own name says nothing never takes a title, year or group
     * from them. The root's own name stays: {@code cineorg scan Heat.1995.1080p.BluRay-GRP/} is how a single release
     * folder is scanned, and its name is often the only good one (as Sonarr and Radarr read it on a manual import).
     * Names whose bytes are not UTF-8 are read as Windows-1252 (see {@link ReadableName}).
     */
    static String nameUnderRoot(Path file, List<Path> roots) {
        Path root = null;
        for (Path r : roots) {
            if (file.startsWith(r) && !file.equals(r) && (root == null || r.getNameCount() < root.getNameCount())) {
                root = r;
            }
        }
        if (root != null) {
            Path from = root.getParent() != null && root.getFileName() != null ? root.getParent() : root;
            return ReadableName.of(file, from.relativize(file).toString());
        }
        Path name = file.getFileName();
        return name == null ? file.toString() : ReadableName.of(file, name.toString());
    }

    /**
     * A known file to update. {@code onlyReparse}: found as it was and queued only for --reparse, so it is written
     * only when its new parse differs.
     */
    private record Pending(FileEntry entry, String extraKind, List<Sidecar> sidecars, boolean contentChanged,
            boolean onlyReparse) {
        Pending(FileEntry entry, String extraKind, List<Sidecar> sidecars, boolean contentChanged) {
            this(entry, extraKind, sidecars, contentChanged, false);
        }
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline >= 0 ? message.substring(0, newline) : message;
    }
}
