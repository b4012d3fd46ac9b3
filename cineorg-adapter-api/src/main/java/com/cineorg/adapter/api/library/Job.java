package com.cineorg.adapter.api.library;

import com.cineorg.adapter.api.problem.Problem;
import com.cineorg.domain.port.in.ProgressListener;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/** One queued unit of writing work, and the progress listener the use case reports to. Thread-safe. */
public final class Job implements ProgressListener {
    private final long id;
    private final String kind;
    private final Instant submitted;
    private final BooleanSupplier stopRequested;
    private final CompletableFuture<Job> done = new CompletableFuture<>();
    private JobState state = JobState.QUEUED;
    private Instant started;
    private Instant finished;
    private String phase;
    private long total = -1;
    private long progressDone;
    private String lastMessage;
    private Object report;
    private Problem error;
    private String stoppedReason;

    Job(long id, String kind, Instant submitted, BooleanSupplier stopRequested) {
        this.id = id;
        this.kind = kind;
        this.submitted = submitted;
        this.stopRequested = stopRequested;
    }

    public long id() {
        return id;
    }

    /** Completes when the job reaches a final state. */
    public CompletableFuture<Job> done() {
        return done;
    }

    @Override
    public synchronized void phase(String name, long newTotal) {
        this.phase = name;
        this.total = newTotal;
        this.progressDone = 0;
    }

    @Override
    public synchronized void advance(long count) {
        this.progressDone = count;
    }

    @Override
    public synchronized void message(String line) {
        this.lastMessage = line;
    }

    /** True once the work was told to stop (and so may have left files out). */
    private volatile boolean toldToStop;

    @Override
    public boolean cancelled() {
        boolean stop = stopRequested.getAsBoolean();
        if (stop) {
            toldToStop = true;
        }
        return stop;
    }

    synchronized boolean start(Instant now) {
        if (state != JobState.QUEUED) {
            return false;
        }
        state = JobState.RUNNING;
        started = now;
        return true;
    }

    void succeed(Object result, Instant now) {
        synchronized (this) {
            report = result;
            if (toldToStop) {
                state = JobState.CANCELLED;
                stoppedReason = "stopped by server shutdown after " + progressDone + " files"
                        + (phase == null ? "" : " in phase " + phase);
            } else {
                state = JobState.SUCCEEDED;
            }
            finished = now;
        }
        done.complete(this);
    }

    void fail(Problem problem, Instant now) {
        synchronized (this) {
            error = problem;
            state = JobState.FAILED;
            finished = now;
        }
        done.complete(this);
    }

    /** A queued job that will never run. */
    boolean cancelQueued(Instant now) {
        synchronized (this) {
            if (state != JobState.QUEUED) {
                return false;
            }
            state = JobState.CANCELLED;
            stoppedReason = "cancelled by server shutdown before it started";
            finished = now;
        }
        done.complete(this);
        return true;
    }

    public synchronized JobState state() {
        return state;
    }

    /** A consistent copy for the response, with the report. */
    public JobResponse snapshot() {
        return snapshot(true);
    }

    /** A consistent copy; listings leave the (possibly large) report out. */
    public synchronized JobResponse snapshot(boolean withReport) {
        return new JobResponse(Long.toString(id), kind, state.word(), submitted.toString(),
                started == null ? null : started.toString(), finished == null ? null : finished.toString(),
                new JobResponse.Progress(phase, progressDone, total < 0 ? null : total, lastMessage), stoppedReason,
                withReport ? report : null, error);
    }
}
