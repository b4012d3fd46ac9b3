package com.cineorg.adapter.api.problem;

import com.cineorg.domain.error.ErrorKind;

/** Every kind of error the API reports, each with a stable {@code type} URI, a title and an HTTP status. */
public enum ProblemType {
    INVALID_INPUT("invalid-input", "Invalid input", 400),
    MALFORMED_BODY("malformed-body", "Malformed request body", 400),
    UNAUTHORIZED("unauthorized", "Missing or wrong API key", 401),
    PATH_OUTSIDE_ROOTS("path-outside-roots", "Path outside the allowed folders", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    CONFLICT("conflict", "Conflict", 409),
    LOCKED("locked", "Another run holds the lock", 409),
    BODY_TOO_LARGE("body-too-large", "Request body too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    AMBIGUOUS_MATCH("ambiguous-match", "Ambiguous match", 422),
    SHUTTING_DOWN("shutting-down", "Server is shutting down", 503),
    PROVIDER_UNAVAILABLE("provider-unavailable", "Metadata provider unavailable", 503),
    STORAGE_FAILURE("storage-failure", "Storage failure", 500),
    HTTP_ERROR("http-error", "HTTP error", 400),
    INTERNAL("internal", "Internal server error", 500);

    /** Prefix of every problem type URI. */
    public static final String URI_PREFIX = "urn:cineorg:problem:";

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return URI_PREFIX + slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    /** The problem type of a domain error kind. No default branch: a new kind is a compile error here. */
    public static ProblemType of(ErrorKind kind) {
        return switch (kind) {
            case INVALID_INPUT -> INVALID_INPUT;
            case NOT_FOUND -> NOT_FOUND;
            case CONFLICT -> CONFLICT;
            case AMBIGUOUS_MATCH -> AMBIGUOUS_MATCH;
            case PROVIDER_UNAVAILABLE -> PROVIDER_UNAVAILABLE;
            case STORAGE_FAILURE -> STORAGE_FAILURE;
            case LOCKED -> LOCKED;
        };
    }

    /** The problem type for an HTTP status Javalin or Jetty produced by itself. */
    public static ProblemType ofStatus(int status) {
        return switch (status) {
            case 400 -> INVALID_INPUT;
            case 401 -> UNAUTHORIZED;
            case 403 -> PATH_OUTSIDE_ROOTS;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 409 -> CONFLICT;
            case 413 -> BODY_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 500 -> INTERNAL;
            default -> HTTP_ERROR;
        };
    }
}
