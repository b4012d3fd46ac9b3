package com.cineorg.adapter.api.library;

import com.cineorg.adapter.api.problem.ApiProblemException;
import com.cineorg.adapter.api.problem.ProblemType;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code GET /jobs} (without reports), {@code GET /jobs/{id}} (with the report), and the 202 answer of every endpoint
 * that queues a job.
 */
public final class JobController {
    record JobList(List<JobResponse> items) {}

    private final JobQueue jobs;
    private final Responses responses;
    private final String basePath;

    /** @param basePath the API prefix, for Location headers ({@code /api/v1}) */
    public JobController(JobQueue jobs, Responses responses, String basePath) {
        this.jobs = jobs;
        this.responses = responses;
        this.basePath = basePath;
    }

    public String location(Job job) {
        return basePath + "/jobs/" + job.id();
    }

    public void list(Context ctx) {
        responses.json(ctx, 200, new JobList(jobs.all().stream().map(j -> j.snapshot(false)).toList()));
    }

    public void show(Context ctx) {
        long id = QueryParams.pathId(ctx, "id", "a job id");
        Job job = jobs.find(id)
                .orElseThrow(() -> new ApiProblemException(ProblemType.NOT_FOUND, "no job " + id));
        responses.json(ctx, 200, job.snapshot());
    }

    /** 202 Accepted with the job and its Location. */
    public void accepted(Context ctx, Job job) {
        ctx.header("Location", location(job));
        responses.json(ctx, 202, job.snapshot());
    }
}
