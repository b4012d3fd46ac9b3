package com.cineorg.adapter.api.library;

import com.cineorg.adapter.api.problem.ApiProblemException;
import com.cineorg.adapter.api.problem.ProblemType;
import com.cineorg.domain.model.media.MediaStatus;
import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.port.in.ListMediaUseCase;
import com.cineorg.domain.port.in.MediaQuery;
import com.cineorg.domain.port.in.ShowMediaUseCase;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code GET /media} and {@code GET /media/{id}}. */
public final class MediaController {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1_000;

    private final ListMediaUseCase listMedia;
    private final ShowMediaUseCase showMedia;
    private final Responses responses;

    public MediaController(ListMediaUseCase listMedia, ShowMediaUseCase showMedia, Responses responses) {
        this.listMedia = listMedia;
        this.showMedia = showMedia;
        this.responses = responses;
    }

    public void list(Context ctx) {
        int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = intParam(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        MediaStatus status = enumParam(ctx, "status", MediaStatus.class);
        MediaType type = enumParam(ctx, "type", MediaType.class);
        String text = ctx.queryParam("q");
        responses.json(ctx, 200, MediaResponses.list(listMedia.list(new MediaQuery(status, type, text, offset, limit))));
    }

    public void show(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.isEmpty() || id.length() > 18 || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new ApiProblemException(ProblemType.INVALID_INPUT, "a media id is a positive whole number");
        }
        responses.json(ctx, 200, MediaResponses.detail(showMedia.show(id)));
    }

    private static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new ApiProblemException(ProblemType.INVALID_INPUT, name + " must be a whole number, not '" + raw + "'");
        }
        if (value < min || value > max) {
            throw new ApiProblemException(ProblemType.INVALID_INPUT,
                    name + " must be between " + min + " and " + max);
        }
        return value;
    }

    private static <E extends Enum<E>> E enumParam(Context ctx, String name, Class<E> type) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String wanted = raw.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(wanted)) {
                return value;
            }
        }
        String words = Arrays.stream(type.getEnumConstants())
                .map(v -> v.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        throw new ApiProblemException(ProblemType.INVALID_INPUT, name + " must be one of " + words);
    }
}
