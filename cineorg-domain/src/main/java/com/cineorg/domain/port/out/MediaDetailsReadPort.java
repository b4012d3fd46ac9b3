package com.cineorg.domain.port.out;

import com.cineorg.domain.port.in.MediaDetails;
import java.util.Optional;

/**
 * A read model for the detail view of one file: the catalog row, its sidecars, its identification, its media info
 * and its journal entries, read together in one consistent snapshot. A store can answer this with one round of
 * queries instead of four separate port calls; {@code ComposedMediaDetailsReader} in the application answers it
 * from the four ports for stores that cannot.
 */
public interface MediaDetailsReadPort {
    Optional<MediaDetails> details(long mediaFileId);
}
