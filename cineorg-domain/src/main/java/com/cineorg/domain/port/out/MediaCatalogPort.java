package com.cineorg.domain.port.out;

import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.port.in.MediaPage;
import com.cineorg.domain.port.in.MediaQuery;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where CineOrg keeps what it knows about media files. Each method is one transaction; failures surface as
 * {@link com.cineorg.domain.error.StorageFailureException}.
 */
public interface MediaCatalogPort {
    /** Light rows for every stored file (any status) whose path lies under one of {@code roots}. */
    List<IndexedFile> index(Collection<Path> roots);

    /** Inserts the files without an id (assigning one) and updates the others, sidecars included, in one transaction. */
    void saveAll(Collection<MediaFile> files);

    /**
     * Updates stored files after they moved: where each one is, its size, time, file key, status and sidecars, in one
     * transaction. Their parse is left as stored, so an adapter need not write it again (organize saves 10,000 files
     * through here); the text that {@code list} searches is made from the new path and the parse the caller holds.
     * Every file must have an id.
     */
    default void saveLocations(Collection<MediaFile> files) {
        saveAll(files);
    }

    /** Sets the status of these files to MISSING. */
    void markMissing(Collection<Long> ids);

    Optional<MediaFile> findById(long id);

    Optional<MediaFile> findByPath(Path path);

    List<MediaFile> findAllById(Collection<Long> ids);

    /** Filtered, stably sorted (by id) page of files. */
    MediaPage list(MediaQuery query);
}
