package com.cineorg.adapter.api.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes JSON bodies with the API's own mapper (never Javalin's default one). A body of at most
 * {@link #DIRECT_LIMIT} bytes goes straight to the socket with its length: compressing it would cost more than it
 * saves, and handing it to Javalin copied it once more through a fresh 8 KiB buffer (a twentieth of the server's time
 * per {@code GET /media/{id}}). Larger bodies (long listings) go through Javalin, which compresses them for clients
 * that ask.
 */
public final class Responses {
    public static final String JSON = "application/json";
    static final int DIRECT_LIMIT = 16 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(Responses.class);

    private final ObjectMapper mapper;

    public Responses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A problem recorded earlier (a failed job) sent as the answer. */
    public void problem(Context ctx, com.cineorg.adapter.api.problem.Problem problem) {
        byte[] bytes;
        try {
            bytes = mapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("problem could not be written as JSON", e);
        }
        ctx.status(problem.status()).contentType(com.cineorg.adapter.api.problem.Problem.CONTENT_TYPE).result(bytes);
    }

    public void json(Context ctx, int status, Object body) {
        byte[] bytes;
        try {
            bytes = mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response could not be written as JSON", e);
        }
        ctx.status(status).contentType(JSON);
        if (bytes.length > DIRECT_LIMIT) {
            ctx.result(bytes);
            return;
        }
        ctx.res().setContentLength(bytes.length);
        try {
            ctx.res().getOutputStream().write(bytes);
        } catch (IOException e) {
            // the client closed the connection: nobody is left to answer, and it is not a server error
            LOG.debug("client went away during the answer to {} {}: {}", ctx.method(), ctx.path(), e.toString());
        }
    }
}
