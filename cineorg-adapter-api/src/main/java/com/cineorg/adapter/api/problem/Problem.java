package com.cineorg.adapter.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details body, sent as {@code application/problem+json}.
 *
 * @param type a stable URI naming the kind of problem (see {@link ProblemType})
 * @param instance the request path, or {@code urn:cineorg:error:<id>} for an unexpected failure whose id is logged
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance) {
    public static final String CONTENT_TYPE = "application/problem+json";

    public static Problem of(ProblemType type, String detail, String instance) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance);
    }
}
