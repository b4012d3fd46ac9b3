package com.cineorg.domain.model.library;

/** What one journaled step does; undo reverses each kind its own way. */
public enum OperationKind {
    MOVE,
    COPY,
    HARDLINK,
    SYMLINK,
    /** A folder the run created (removed by undo when empty). */
    MKDIR,
    /** An existing file moved to the library's trash folder before a better one took its place. */
    TRASH,
    /** An .nfo the run wrote. */
    WRITE,
    /** A source folder the run removed because it was left empty (recreated by undo). */
    RMDIR
}
