package com.cineorg.application.query;

import com.cineorg.domain.error.NotFoundException;
import com.cineorg.domain.port.in.MediaDetails;
import com.cineorg.domain.port.in.MediaDetailsUseCase;
import com.cineorg.domain.port.out.MediaDetailsReadPort;

public final class MediaDetailsService implements MediaDetailsUseCase {
    private final MediaDetailsReadPort reader;

    public MediaDetailsService(MediaDetailsReadPort reader) {
        this.reader = reader;
    }

    @Override
    public MediaDetails details(long mediaFileId) {
        return reader.details(mediaFileId)
                .orElseThrow(() -> new NotFoundException("no media file " + mediaFileId + " in the catalog"));
    }
}
