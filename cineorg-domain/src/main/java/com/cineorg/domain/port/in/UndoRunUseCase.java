package com.cineorg.domain.port.in;

public interface UndoRunUseCase {
    /**
     * Puts every file of a run back where it was, removes the copies and links it made and the folders it created.
     * A file whose old place is taken again is left where it is and reported.
     *
     * @param runId the run, or null for the latest run that is not undone
     * @throws com.cineorg.domain.error.NotFoundException when there is no such run
     */
    UndoReport undo(Long runId, ProgressListener progress);
}
