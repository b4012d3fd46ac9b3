package com.cineorg.domain.error;

import java.nio.file.Path;
import java.util.Objects;

/** A file operation that failed for one file; the message is one line naming the file and the cause. */
public class FileOperationException extends StorageFailureException {
    /** Why a file operation failed, for callers that react differently (fallback copy, next file...). */
    public enum Reason {
        SOURCE_MISSING,
        TARGET_EXISTS,
        CROSS_DEVICE,
        NO_SPACE,
        READ_ONLY,
        PERMISSION_DENIED,
        NAME_TOO_LONG,
        VERIFY_FAILED,
        OTHER
    }

    private final Reason reason;
    private final Path path;

    public FileOperationException(Reason reason, Path path, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason);
        this.path = path;
    }

    public FileOperationException(Reason reason, Path path, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason);
        this.path = path;
    }

    public Reason reason() {
        return reason;
    }

    public Path path() {
        return path;
    }
}
