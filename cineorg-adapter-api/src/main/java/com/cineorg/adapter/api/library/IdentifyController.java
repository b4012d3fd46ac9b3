package com.cineorg.adapter.api.library;

import com.cineorg.adapter.api.problem.ApiProblemException;
import com.cineorg.adapter.api.problem.ProblemType;
import com.cineorg.domain.model.metadata.Provider;
import com.cineorg.domain.port.in.IdentifyCommand;
import com.cineorg.domain.port.in.IdentifyMediaUseCase;
import com.cineorg.domain.port.in.IdentifyReport;
import com.cineorg.domain.port.in.ItemFailure;
import com.cineorg.domain.port.in.MatchMediaCommand;
import com.cineorg.domain.port.in.MatchMediaUseCase;
import com.cineorg.domain.port.in.ReviewItem;
import com.cineorg.domain.port.in.ReviewQueueUseCase;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/** {@code POST /identifications} (a job), {@code GET /reviews}, {@code POST /media/{id}/match}. */
public final class IdentifyController {
    /** Either {@code ids} or {@code all: true}. */
    public record IdentifyRequest(List<Long> ids, Boolean all, String seriesProvider, Boolean offline,
            Boolean refresh) {}

    /** {@code {"provider": "tmdb", "id": "603"}}. */
    public record MatchRequest(String provider, String id) {}

    record IdentifyReportResponse(long files, long identified, long needsReview, long notAttempted, long searches,
            String providerUnavailable, List<Failure> failures, long elapsedMillis) {}

    record Failure(String path, String reason) {}

    record ReviewEntry(MediaResponses.MediaSummary media, IdentificationResponses.IdentificationItem identification) {}

    record ReviewList(List<ReviewEntry> items, int offset, int limit) {}

    private final IdentifyMediaUseCase identifyMedia;
    private final ReviewQueueUseCase reviewQueue;
    private final MatchMediaUseCase matchMedia;
    private final JobQueue jobs;
    private final RequestBodies bodies;
    private final Responses responses;
    private final JobController jobViews;

    public IdentifyController(IdentifyMediaUseCase identifyMedia, ReviewQueueUseCase reviewQueue,
            MatchMediaUseCase matchMedia, JobQueue jobs, RequestBodies bodies, Responses responses,
            JobController jobViews) {
        this.identifyMedia = identifyMedia;
        this.reviewQueue = reviewQueue;
        this.matchMedia = matchMedia;
        this.jobs = jobs;
        this.bodies = bodies;
        this.responses = responses;
        this.jobViews = jobViews;
    }

    public void submit(Context ctx) {
        IdentifyRequest request = bodies.read(ctx, IdentifyRequest.class);
        boolean all = Boolean.TRUE.equals(request.all());
        List<Long> ids = request.ids() == null ? List.of() : request.ids();
        if (all == !ids.isEmpty()) {
            throw new ApiProblemException(ProblemType.INVALID_INPUT,
                    "give either ids (a non-empty list of media ids) or all: true");
        }
        for (Long id : ids) {
            if (id == null || id < 1) {
                throw new ApiProblemException(ProblemType.INVALID_INPUT, "media ids are positive whole numbers");
            }
        }
        Provider series = request.seriesProvider() == null ? null : provider(request.seriesProvider());
        boolean offline = Boolean.TRUE.equals(request.offline());
        boolean refresh = Boolean.TRUE.equals(request.refresh());
        Job job = jobs.submit("identify", progress -> report(identifyMedia.identify(
                new IdentifyCommand(ids, series, null, null, offline, refresh, progress))));
        jobViews.accepted(ctx, job);
    }

    public void reviews(Context ctx) {
        int offset = QueryParams.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = QueryParams.intParam(ctx, "limit", MediaController.DEFAULT_LIMIT, 1, MediaController.MAX_LIMIT);
        List<ReviewEntry> items = reviewQueue.reviews(offset, limit).stream().map(IdentifyController::entry).toList();
        responses.json(ctx, 200, new ReviewList(items, offset, limit));
    }

    public void match(Context ctx) {
        long id = QueryParams.pathId(ctx, "id", "a media id");
        MatchRequest request = bodies.read(ctx, MatchRequest.class);
        if (request.provider() == null || request.id() == null || request.id().isBlank()) {
            throw new ApiProblemException(ProblemType.INVALID_INPUT,
                    "give provider (tmdb or tvdb) and id, e.g. {\"provider\":\"tmdb\",\"id\":\"603\"}");
        }
        MatchMediaCommand command = new MatchMediaCommand(id, provider(request.provider()), request.id().trim());
        responses.json(ctx, 200, IdentificationResponses.of(matchMedia.match(command)));
    }

    private static ReviewEntry entry(ReviewItem item) {
        return new ReviewEntry(MediaResponses.summary(item.file()),
                item.identification() == null ? null : IdentificationResponses.of(item.identification()));
    }

    private static Provider provider(String word) {
        for (Provider p : Provider.values()) {
            if (p.word().equals(word.trim().toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        throw new ApiProblemException(ProblemType.INVALID_INPUT, "unknown provider '" + word + "': use tmdb or tvdb");
    }

    private static IdentifyReportResponse report(IdentifyReport r) {
        return new IdentifyReportResponse(r.files(), r.identified(), r.needsReview(), r.notAttempted(), r.searches(),
                r.providerUnavailable(), r.failures().stream().map(IdentifyController::failure).toList(),
                r.elapsed().toMillis());
    }

    private static Failure failure(ItemFailure f) {
        return new Failure(f.path() == null ? null : f.path().toString(), f.reason());
    }
}
