package com.cineorg.adapter.api.library;

import com.cineorg.domain.model.identify.Identification;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaStatus;
import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.port.in.ListMediaUseCase;
import com.cineorg.domain.port.in.LookupIdentificationsUseCase;
import com.cineorg.domain.port.in.LookupMediaInfoUseCase;
import com.cineorg.domain.port.in.MediaHistoryUseCase;
import com.cineorg.domain.port.in.MediaQuery;
import com.cineorg.domain.port.in.ShowMediaUseCase;
import io.javalin.http.Context;
import java.util.List;

/** {@code GET /media} and {@code GET /media/{id}} (with the identification and its candidates when there is one). */
public final class MediaController {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1_000;

    private final ListMediaUseCase listMedia;
    private final ShowMediaUseCase showMedia;
    private final LookupIdentificationsUseCase identifications;
    private final LookupMediaInfoUseCase mediaInfo;
    private final MediaHistoryUseCase history;
    private final Responses responses;

    public MediaController(ListMediaUseCase listMedia, ShowMediaUseCase showMedia,
            LookupIdentificationsUseCase identifications, LookupMediaInfoUseCase mediaInfo, MediaHistoryUseCase history,
            Responses responses) {
        this.mediaInfo = mediaInfo;
        this.history = history;
        this.listMedia = listMedia;
        this.showMedia = showMedia;
        this.identifications = identifications;
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
        MediaFile file = showMedia.show(Long.toString(id));
        Identification identification = identifications.identifications(List.of(id)).get(id);
        responses.json(ctx, 200, MediaResponses.detail(file, identification,
                mediaInfo.mediaInfo(List.of(id)).get(id), history.history(id)));
    }
}
