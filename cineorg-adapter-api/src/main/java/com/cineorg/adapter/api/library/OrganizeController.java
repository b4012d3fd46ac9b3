package com.cineorg.adapter.api.library;

import com.cineorg.adapter.api.problem.ApiProblemException;
import com.cineorg.adapter.api.problem.ProblemType;
import com.cineorg.domain.model.library.CollisionPolicy;
import com.cineorg.domain.model.library.FileMove;
import com.cineorg.domain.model.library.NameSanitizer;
import com.cineorg.domain.model.library.NamingScheme;
import com.cineorg.domain.model.library.OrganizeMode;
import com.cineorg.domain.model.library.OrganizePlan;
import com.cineorg.domain.model.library.OrganizeRun;
import com.cineorg.domain.model.library.SidecarMove;
import com.cineorg.domain.port.in.ItemFailure;
import com.cineorg.domain.port.in.ItemOutcome;
import com.cineorg.domain.port.in.ListRunsUseCase;
import com.cineorg.domain.port.in.OrganizeLibraryCommand;
import com.cineorg.domain.port.in.OrganizeLibraryUseCase;
import com.cineorg.domain.port.in.OrganizeReport;
import com.cineorg.domain.port.in.UndoReport;
import com.cineorg.domain.port.in.UndoRunUseCase;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code POST /organize} (a job; a dry run answers 200 with the plan when it is ready within a few seconds),
 * {@code GET /runs}, {@code POST /runs/{id}/undo} (a job).
 */
public final class OrganizeController {
    /** How long a dry run may keep the request open before the client gets the job (202) instead of the plan. */
    static final Duration DRY_RUN_WAIT = Duration.ofSeconds(20);

    /** {@code scheme} (plex, jellyfin) or {@code template}, not both; every other field is optional. */
    public record OrganizeRequest(String target, String mode, String scheme, String template, String nameRule,
            String conflicts, Boolean dryRun, Boolean fallbackCopy, Boolean verify, Boolean nfo,
            Boolean cleanEmpty) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SidecarMoveItem(String source, String target, String kind, String reason) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MoveItem(Long mediaId, String source, String target, String action, String reason, String conflict,
            String displaced, String displacedTo, List<SidecarMoveItem> sidecars) {}

    record PlanItem(String library, String mode, String policy, String scheme, long toOrganize, long skipped,
            long collisions, long sidecars, List<MoveItem> moves) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OutcomeItem(String source, String target, String status, String detail) {}

    record Failure(String path, String reason) {}

    record Recovery(int completed, int rolledBack, List<Failure> unresolved) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OrganizeReportResponse(Long runId, boolean dryRun, PlanItem plan, long organized, long inPlace,
            long skipped, long failed, List<OutcomeItem> outcomes, List<Failure> failures, Recovery recovery,
            long elapsedMillis) {}

    record UndoReportResponse(long runId, int restored, int foldersRemoved, List<Failure> failures) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RunItem(long id, String started, String finished, String library, String mode, String state,
            String summary) {}

    record RunList(List<RunItem> items) {}

    private final OrganizeLibraryUseCase organizeLibrary;
    private final ListRunsUseCase listRuns;
    private final UndoRunUseCase undoRun;
    private final JobQueue jobs;
    private final PathGuard paths;
    private final RequestBodies bodies;
    private final Responses responses;
    private final JobController jobViews;

    public OrganizeController(OrganizeLibraryUseCase organizeLibrary, ListRunsUseCase listRuns,
            UndoRunUseCase undoRun, JobQueue jobs, PathGuard paths, RequestBodies bodies, Responses responses,
            JobController jobViews) {
        this.organizeLibrary = organizeLibrary;
        this.listRuns = listRuns;
        this.undoRun = undoRun;
        this.jobs = jobs;
        this.paths = paths;
        this.bodies = bodies;
        this.responses = responses;
        this.jobViews = jobViews;
    }

    public void submit(Context ctx) {
        OrganizeRequest r = bodies.read(ctx, OrganizeRequest.class);
        if (r.target() == null) {
            throw new ApiProblemException(ProblemType.INVALID_INPUT, "target (the library folder) is required");
        }
        Path library = paths.confine(r.target());
        if (r.scheme() != null && r.template() != null) {
            throw new ApiProblemException(ProblemType.INVALID_INPUT, "give either scheme or template, not both");
        }
        NamingScheme scheme = r.template() != null ? NamingScheme.custom(r.template())
                : r.scheme() != null ? NamingScheme.named(r.scheme()) : null;
        OrganizeMode mode = r.mode() == null ? null : OrganizeMode.fromWord(r.mode());
        NameSanitizer.Rule rule = r.nameRule() == null ? null : NameSanitizer.Rule.fromWord(r.nameRule());
        CollisionPolicy policy = r.conflicts() == null ? null : CollisionPolicy.fromWord(r.conflicts());
        boolean dryRun = Boolean.TRUE.equals(r.dryRun());
        boolean fallbackCopy = Boolean.TRUE.equals(r.fallbackCopy());
        boolean verify = Boolean.TRUE.equals(r.verify());
        boolean nfo = Boolean.TRUE.equals(r.nfo());
        boolean cleanEmpty = Boolean.TRUE.equals(r.cleanEmpty());
        Job job = jobs.submit(dryRun ? "organize-plan" : "organize", progress -> report(organizeLibrary.organize(
                new OrganizeLibraryCommand(library, mode, scheme, rule, policy, dryRun, fallbackCopy, verify, nfo,
                        cleanEmpty, progress))));
        if (dryRun && awaitDone(job)) {
            JobResponse done = job.snapshot();
            if (job.state() == JobState.SUCCEEDED) {
                ctx.header("Location", jobViews.location(job));
                responses.json(ctx, 200, done.report());
                return;
            }
            if (job.state() == JobState.FAILED && done.error() != null) {
                ctx.header("Location", jobViews.location(job));
                responses.problem(ctx, done.error());
                return;
            }
        }
        jobViews.accepted(ctx, job); // still queued or running, or cancelled by a shutdown: the job tells
    }

    public void runs(Context ctx) {
        responses.json(ctx, 200, new RunList(listRuns.listRuns().stream().map(OrganizeController::run).toList()));
    }

    public void undo(Context ctx) {
        long runId = QueryParams.pathId(ctx, "id", "a run id");
        if (listRuns.listRuns().stream().noneMatch(r -> r.id() == runId)) {
            throw new ApiProblemException(ProblemType.NOT_FOUND, "no organize run " + runId);
        }
        Job job = jobs.submit("undo", progress -> undoReport(undoRun.undo(runId, progress)));
        jobViews.accepted(ctx, job);
    }

    private static boolean awaitDone(Job job) {
        try {
            job.done().get(DRY_RUN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }

    private static RunItem run(OrganizeRun r) {
        return new RunItem(r.id(), r.started().toString(), r.finished() == null ? null : r.finished().toString(),
                r.library().toString(), r.mode().word(), r.state().word(), r.summary());
    }

    private static OrganizeReportResponse report(OrganizeReport r) {
        return new OrganizeReportResponse(r.runId(), r.dryRun(), plan(r.plan()),
                r.count(ItemOutcome.Status.ORGANIZED), r.count(ItemOutcome.Status.IN_PLACE),
                r.count(ItemOutcome.Status.SKIPPED), r.count(ItemOutcome.Status.FAILED),
                r.outcomes().stream().map(OrganizeController::outcome).toList(),
                failures(r.failures()),
                new Recovery(r.recovery().completed(), r.recovery().rolledBack(), failures(r.recovery().unresolved())),
                r.elapsed().toMillis());
    }

    private static PlanItem plan(OrganizePlan p) {
        if (p == null) {
            return null;
        }
        return new PlanItem(p.library().toString(), p.mode().word(), p.policy().word(), p.scheme(),
                p.toOrganize().size(), p.skipped().size(), p.collisions(), p.sidecarCount(),
                p.moves().stream().map(OrganizeController::move).toList());
    }

    private static MoveItem move(FileMove m) {
        return new MoveItem(m.mediaId(), m.source().toString(), text(m.target()), word(m.action()), m.reason(),
                m.conflict() == FileMove.Conflict.NONE ? null : word(m.conflict()), text(m.displaced()),
                text(m.displacedTo()), m.sidecars().stream().map(OrganizeController::sidecar).toList());
    }

    private static SidecarMoveItem sidecar(SidecarMove s) {
        return new SidecarMoveItem(s.source().toString(), text(s.target()), s.kind().word(), s.reason());
    }

    private static OutcomeItem outcome(ItemOutcome o) {
        return new OutcomeItem(o.source().toString(), text(o.target()), word(o.status()), o.detail());
    }

    private static UndoReportResponse undoReport(UndoReport r) {
        return new UndoReportResponse(r.runId(), r.restored(), r.foldersRemoved(), failures(r.failures()));
    }

    private static List<Failure> failures(List<ItemFailure> list) {
        return list.stream().map(f -> new Failure(text(f.path()), f.reason())).toList();
    }

    private static String text(Path p) {
        return p == null ? null : p.toString();
    }

    private static String word(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
