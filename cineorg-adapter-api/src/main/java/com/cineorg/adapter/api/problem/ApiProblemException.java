package com.cineorg.adapter.api.problem;

import java.util.Map;

/** Thrown by the HTTP layer for its own errors (auth, body, paths); {@link ProblemHandlers} renders it. */
public final class ApiProblemException extends RuntimeException {
    private final ProblemType type;
    private final Map<String, String> headers;

    public ApiProblemException(ProblemType type, String detail) {
        this(type, detail, Map.of());
    }

    public ApiProblemException(ProblemType type, String detail, Map<String, String> headers) {
        super(detail, null, false, false);
        this.type = type;
        this.headers = Map.copyOf(headers);
    }

    public ProblemType type() {
        return type;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
