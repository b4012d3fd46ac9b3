package com.cineorg.adapter.api.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

/** Writes JSON bodies with the API's own mapper (never Javalin's default one). */
public final class Responses {
    public static final String JSON = "application/json";

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
        ctx.status(status).contentType(JSON).result(bytes);
    }
}
