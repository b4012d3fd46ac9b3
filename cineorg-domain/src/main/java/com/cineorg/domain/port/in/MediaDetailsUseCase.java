package com.cineorg.domain.port.in;

/** One file with its identification, media info and organize history: {@code GET /media/{id}}, {@code show --json}. */
public interface MediaDetailsUseCase {
    /** @throws com.cineorg.domain.error.NotFoundException when no file has this id */
    MediaDetails details(long mediaFileId);
}
