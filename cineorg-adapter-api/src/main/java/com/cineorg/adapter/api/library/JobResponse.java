package com.cineorg.adapter.api.library;

import com.cineorg.adapter.api.problem.Problem;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A job as the API shows it; {@code report} is the use case's report, {@code error} a problem when it failed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobResponse(String id, String kind, String state, String submitted, String started, String finished,
        Progress progress, String stopped, Object report, Problem error) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Progress(String phase, long done, Long total, String message) {}
}
