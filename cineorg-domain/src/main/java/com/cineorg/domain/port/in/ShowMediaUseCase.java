package com.cineorg.domain.port.in;

import com.cineorg.domain.model.media.MediaFile;

public interface ShowMediaUseCase {
    /**
     * @param idOrPath a catalog id or a file path (as stored, or relative to the working folder)
     * @throws com.cineorg.domain.error.NotFoundException when no such file is in the catalog
     */
    MediaFile show(String idOrPath);
}
