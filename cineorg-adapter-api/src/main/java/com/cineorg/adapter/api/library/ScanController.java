package com.cineorg.adapter.api.library;

import com.cineorg.adapter.api.problem.ApiProblemException;
import com.cineorg.adapter.api.problem.ProblemType;
import com.cineorg.domain.port.in.ItemFailure;
import com.cineorg.domain.port.in.ScanCommand;
import com.cineorg.domain.port.in.ScanMediaUseCase;
import com.cineorg.domain.port.in.ScanReport;
import io.javalin.http.Context;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code POST /scans}: checks the roots against the allowed folders and queues a scan job. */
public final class ScanController {
    /** The request body; unknown fields are rejected. */
    public record ScanRequest(List<String> roots, Boolean followLinks, Boolean reparse) {}

    record ScanReportResponse(List<String> roots, long videos, long added, long updated, long moved, long unchanged,
            long missing, long extras, long samples, long sidecars, List<String> warnings, List<Failure> failures,
            long elapsedMillis) {}

    record Failure(String path, String reason) {}

    private final ScanMediaUseCase scanMedia;
    private final JobQueue jobs;
    private final PathGuard paths;
    private final RequestBodies bodies;
    private final JobController jobViews;

    public ScanController(ScanMediaUseCase scanMedia, JobQueue jobs, PathGuard paths, RequestBodies bodies,
            JobController jobViews) {
        this.scanMedia = scanMedia;
        this.jobs = jobs;
        this.paths = paths;
        this.bodies = bodies;
        this.jobViews = jobViews;
    }

    public void submit(Context ctx) {
        ScanRequest request = bodies.read(ctx, ScanRequest.class);
        if (request.roots() == null || request.roots().isEmpty()) {
            throw new ApiProblemException(ProblemType.INVALID_INPUT, "roots must list at least one folder");
        }
        List<Path> roots = new ArrayList<>();
        for (String raw : request.roots()) {
            roots.add(paths.confine(raw));
        }
        boolean followLinks = Boolean.TRUE.equals(request.followLinks());
        boolean reparse = Boolean.TRUE.equals(request.reparse());
        Job job = jobs.submit("scan",
                progress -> report(scanMedia.scan(new ScanCommand(roots, followLinks, reparse, progress))));
        jobViews.accepted(ctx, job);
    }

    private static ScanReportResponse report(ScanReport r) {
        return new ScanReportResponse(r.roots().stream().map(Path::toString).toList(), r.videos(), r.added(),
                r.updated(), r.moved(), r.unchanged(), r.missing(), r.extras(), r.samples(), r.sidecars(),
                r.warnings(), r.failures().stream().map(ScanController::failure).toList(), r.elapsed().toMillis());
    }

    private static Failure failure(ItemFailure f) {
        return new Failure(f.path().toString(), f.reason());
    }
}
