package com.cineorg.domain.model.media;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A video file CineOrg knows about: where it is, what identifies it on disk, what its name says, what belongs to
 * it, and where it stands in the pipeline. Ids are assigned by the catalog when the file is first saved.
 */
public final class MediaFile {
    private Long id;
    private Path path;
    private long size;
    private Instant mtime;
    private String fileKey;
    private MediaStatus status;
    private String statusReason;
    private ParsedRelease parsed;
    private List<Sidecar> sidecars;
    private String extraKind;
    private Instant lastSeen;

    private MediaFile(Long id, Path path, long size, Instant mtime, String fileKey, MediaStatus status,
            String statusReason, ParsedRelease parsed, List<Sidecar> sidecars, String extraKind, Instant lastSeen) {
        this.id = id;
        this.path = Objects.requireNonNull(path, "path");
        this.size = size;
        this.mtime = Objects.requireNonNull(mtime, "mtime");
        this.fileKey = fileKey;
        this.status = Objects.requireNonNull(status, "status");
        this.statusReason = statusReason;
        this.parsed = parsed == null ? ParsedRelease.empty() : parsed;
        this.sidecars = sidecars == null ? List.of() : List.copyOf(sidecars);
        this.extraKind = extraKind;
        this.lastSeen = lastSeen;
    }

    /** A file seen for the first time. */
    public static MediaFile discovered(FileEntry entry, String extraKind, Instant now) {
        return new MediaFile(null, entry.path(), entry.size(), entry.mtime(), entry.fileKey(), MediaStatus.NEW, null,
                null, List.of(), extraKind, now);
    }

    /** Rebuilds a stored file; for catalog adapters only. */
    public static MediaFile restore(long id, Path path, long size, Instant mtime, String fileKey, MediaStatus status,
            String statusReason, ParsedRelease parsed, List<Sidecar> sidecars, String extraKind, Instant lastSeen) {
        return new MediaFile(id, path, size, mtime, fileKey, status, statusReason, parsed, sidecars, extraKind,
                lastSeen);
    }

    /** The name was parsed; a NEW file becomes PARSED, later stages are kept. */
    public void parsedAs(ParsedRelease release) {
        this.parsed = Objects.requireNonNull(release);
        if (status == MediaStatus.NEW || status == MediaStatus.MISSING || status == MediaStatus.FAILED) {
            this.status = MediaStatus.PARSED;
            this.statusReason = null;
        }
    }

    /** The content changed on disk (size or mtime): it starts over. */
    public void contentChanged(FileEntry entry, Instant now) {
        this.size = entry.size();
        this.mtime = entry.mtime();
        this.fileKey = entry.fileKey();
        this.status = MediaStatus.NEW;
        this.statusReason = null;
        this.lastSeen = now;
    }

    /** The same file (same file key) was found at another path. */
    public void movedTo(FileEntry entry, Instant now) {
        this.path = entry.path();
        this.size = entry.size();
        this.mtime = entry.mtime();
        this.lastSeen = now;
        if (status == MediaStatus.MISSING) {
            this.status = parsed.hasTitle() || parsed.type() != MediaType.UNKNOWN ? MediaStatus.PARSED : MediaStatus.NEW;
        }
    }

    /** The file is where it was; a file that was MISSING is back. */
    public void seen(Instant now) {
        this.lastSeen = now;
        if (status == MediaStatus.MISSING) {
            this.status = MediaStatus.PARSED;
        }
    }

    public void markMissing() {
        this.status = MediaStatus.MISSING;
    }

    public void fail(String reason) {
        this.status = MediaStatus.FAILED;
        this.statusReason = reason;
    }

    /** Moves the file along the pipeline (identify, review, organize). */
    public void advanceTo(MediaStatus next, String reason) {
        this.status = Objects.requireNonNull(next);
        this.statusReason = reason;
    }

    /** The file now lives at {@code newPath} (after organize or undo). */
    public void relocate(Path newPath) {
        this.path = Objects.requireNonNull(newPath);
    }

    public void attach(List<Sidecar> found) {
        this.sidecars = List.copyOf(found);
    }

    public void assignId(long newId) {
        if (id != null && id != newId) {
            throw new IllegalStateException("media file " + id + " already has an id");
        }
        this.id = newId;
    }

    public Optional<Long> id() {
        return Optional.ofNullable(id);
    }

    /** The id of a stored file. */
    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("media file " + path + " is not stored yet");
        }
        return id;
    }

    public Path path() { return path; }
    public long size() { return size; }
    public Instant mtime() { return mtime; }
    public String fileKey() { return fileKey; }
    public MediaStatus status() { return status; }
    public Optional<String> statusReason() { return Optional.ofNullable(statusReason); }
    public ParsedRelease parsed() { return parsed; }
    public List<Sidecar> sidecars() { return sidecars; }
    public Optional<String> extraKind() { return Optional.ofNullable(extraKind); }
    public boolean isExtra() { return extraKind != null; }
    public Instant lastSeen() { return lastSeen; }

    @Override
    public String toString() {
        return "MediaFile[" + id + ", " + path + ", " + status + "]";
    }
}
