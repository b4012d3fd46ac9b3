package com.cineorg.domain.port.in;

import java.nio.file.Path;

/** One file a batch could not handle, with a one-line reason. */
public record ItemFailure(Path path, String reason) {
    /** "PATH: reason", or the reason alone when it already starts with the path (most file errors do). */
    public String describe() {
        String where = String.valueOf(path);
        return reason != null && reason.startsWith(where + ":") ? reason : where + ": " + reason;
    }
}
