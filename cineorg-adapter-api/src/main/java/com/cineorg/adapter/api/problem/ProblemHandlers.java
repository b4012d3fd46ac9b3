package com.cineorg.adapter.api.problem;

import com.cineorg.domain.error.CineOrgException;
import com.cineorg.domain.error.ProviderUnavailableException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where errors become HTTP responses: domain errors by kind, the HTTP layer's own errors, Javalin's
 * {@link HttpResponseException}s, and a catch-all that logs an id and echoes it in {@code instance}.
 */
public final class ProblemHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandlers.class);

    private final ObjectMapper mapper;
    private final Function<String, Set<String>> allowedMethods;

    /**
     * @param allowedMethods given a request path, the methods registered for it (for the {@code Allow} header of 405)
     */
    public ProblemHandlers(ObjectMapper mapper, Function<String, Set<String>> allowedMethods) {
        this.mapper = mapper;
        this.allowedMethods = allowedMethods;
    }

    public void register(Javalin app) {
        app.exception(ApiProblemException.class, (e, ctx) -> send(ctx, Problem.of(e.type(), e.getMessage(),
                ctx.path()), e.headers()));
        app.exception(CineOrgException.class, (e, ctx) -> domain(ctx, e));
        app.exception(HttpResponseException.class, (e, ctx) -> http(ctx, e.getStatus(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> unexpected(ctx, e));
        app.error(404, ctx -> {
            if (!isProblem(ctx)) {
                http(ctx, 404, null);
            }
        });
        app.error(405, ctx -> {
            if (!isProblem(ctx)) {
                http(ctx, 405, null);
            }
        });
    }

    private static boolean isProblem(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith(Problem.CONTENT_TYPE);
    }

    /** The problem for a domain error; storage failures keep their detail in the log only. */
    public Problem problemFor(CineOrgException e, String instance) {
        ProblemType type = ProblemType.of(e.kind());
        if (type == ProblemType.STORAGE_FAILURE) {
            String id = UUID.randomUUID().toString();
            LOG.error("storage failure, error id {}", id, e);
            return Problem.of(type, "the catalog could not be read or written (error id " + id + ")",
                    "urn:cineorg:error:" + id);
        }
        return Problem.of(type, e.getMessage(), instance);
    }

    private void domain(Context ctx, CineOrgException e) {
        Map<String, String> headers = Map.of();
        if (e instanceof ProviderUnavailableException p && p.retryAfter().isPresent()) {
            headers = Map.of("Retry-After", Long.toString(Math.max(1, p.retryAfter().get().toSeconds())));
        }
        send(ctx, problemFor(e, ctx.path()), headers);
    }

    private void http(Context ctx, int status, String message) {
        ProblemType type = ProblemType.ofStatus(status);
        String detail = switch (status) {
            case 404 -> "no such resource: " + ctx.method() + " " + ctx.path();
            case 405 -> ctx.method() + " is not allowed on " + ctx.path();
            case 413 -> "the request body is larger than the server accepts";
            default -> message == null || message.isBlank() ? type.title() : message;
        };
        Map<String, String> headers = Map.of();
        if (status == 405) {
            headers = Map.of("Allow", String.join(", ", allowedMethods.apply(ctx.path())));
        }
        Problem p = new Problem(type.uri(), type == ProblemType.HTTP_ERROR ? "HTTP " + status : type.title(), status,
                detail, ctx.path());
        send(ctx, p, headers);
    }

    private void unexpected(Context ctx, Exception e) {
        String id = UUID.randomUUID().toString();
        LOG.error("unexpected error {} on {} {}", id, ctx.method(), ctx.path(), e);
        send(ctx, Problem.of(ProblemType.INTERNAL, "an unexpected error occurred; it was logged with id " + id,
                "urn:cineorg:error:" + id), Map.of());
    }

    private void send(Context ctx, Problem problem, Map<String, String> headers) {
        headers.forEach(ctx::header);
        ctx.status(problem.status());
        ctx.contentType(Problem.CONTENT_TYPE);
        ctx.result(toBytes(problem));
    }

    /** The problem as JSON bytes; also used by the Jetty-level error handler. */
    public byte[] toBytes(Problem problem) {
        try {
            return mapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            String fallback = "{\"type\":\"" + ProblemType.INTERNAL.uri() + "\",\"status\":500}";
            return fallback.getBytes(StandardCharsets.UTF_8);
        }
    }
}
