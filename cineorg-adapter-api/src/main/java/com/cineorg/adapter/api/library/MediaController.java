package com.cineorg.adapter.api.library;

import com.cineorg.domain.model.media.MediaStatus;
import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.port.in.ListMediaUseCase;
import com.cineorg.domain.port.in.MediaDetails;
import com.cineorg.domain.port.in.MediaDetailsUseCase;
import com.cineorg.domain.port.in.MediaQuery;
import io.javalin.http.Context;

/** {@code GET /media} and {@code GET /media/{id}} (with the identification and its candidates when there is one). */
public final class MediaController {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1_000;

    private final ListMediaUseCase listMedia;
    private final MediaDetailsUseCase mediaDetails;
    private final Responses responses;

    public MediaController(ListMediaUseCase listMedia, MediaDetailsUseCase mediaDetails, Responses responses) {
        this.listMedia = listMedia;
        this.mediaDetails = mediaDetails;
        this.responses = responses;
    }

    public void list(Context ctx) {
        int offset = QueryParams.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = QueryParams.intParam(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        MediaStatus status = QueryParams.enumParam(ctx, "status", MediaStatus.class);
        MediaType type = QueryParams.enumParam(ctx, "type", MediaType.class);
        String text = ctx.queryParam("q");
        MediaQuery query = new MediaQuery(status, type, text, offset, limit);
        responses.json(ctx, 200, MediaResponses.list(listMedia.list(query)));
    }

    public void show(Context ctx) {
        long id = QueryParams.pathId(ctx, "id", "a media id");
        MediaDetails d = mediaDetails.details(id);
        responses.json(ctx, 200, MediaResponses.detail(d.file(), d.identification(), d.mediaInfo(), d.history()));
    }
}
