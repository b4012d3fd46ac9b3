package com.cineorg.adapter.api.library;

import com.cineorg.adapter.api.problem.ApiProblemException;
import com.cineorg.adapter.api.problem.ProblemType;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Strict parsing of query and path parameters: a wrong type is a 400 problem, never a silent default. */
final class QueryParams {
    private QueryParams() {}

    static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new ApiProblemException(ProblemType.INVALID_INPUT,
                    name + " must be a whole number, not '" + raw + "'");
        }
        if (value < min || value > max) {
            throw new ApiProblemException(ProblemType.INVALID_INPUT, name + " must be between " + min + " and " + max);
        }
        return value;
    }

    static <E extends Enum<E>> E enumParam(Context ctx, String name, Class<E> type) {
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

    /** A positive id from the path; anything else (text, paths, huge numbers) is a 400 problem. */
    static long pathId(Context ctx, String name, String what) {
        String raw = ctx.pathParam(name);
        if (raw.isEmpty() || raw.length() > 18 || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new ApiProblemException(ProblemType.INVALID_INPUT, what + " is a positive whole number");
        }
        long id = Long.parseLong(raw);
        if (id < 1) {
            throw new ApiProblemException(ProblemType.INVALID_INPUT, what + " is a positive whole number");
        }
        return id;
    }
}
