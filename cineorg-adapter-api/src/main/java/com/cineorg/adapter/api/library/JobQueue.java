package com.cineorg.adapter.api.library;

import com.cineorg.adapter.api.problem.ApiProblemException;
import com.cineorg.adapter.api.problem.Problem;
import com.cineorg.adapter.api.problem.ProblemType;
import com.cineorg.domain.port.in.ProgressListener;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs writing jobs one at a time on a single worker thread; later jobs wait in order. Keeps the most recent
 * {@value #KEEP_FINISHED} finished jobs for {@code GET /jobs}.
 */
public final class JobQueue {
    static final int KEEP_FINISHED = 100;
    private static final Logger LOG = LoggerFactory.getLogger(JobQueue.class);

    /** The work of a job: runs a use case with the job as its progress listener and returns the report to show. */
    @FunctionalInterface
    public interface Work {
        Object run(ProgressListener progress);
    }

    private final ExecutorService worker;
    private final Function<Throwable, Problem> errors;
    private final Clock clock;
    private final AtomicLong nextId = new AtomicLong(1);
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final Map<Long, Job> jobs = new LinkedHashMap<>();

    /** @param errors turns a failure of the work into the problem stored on the job */
    public JobQueue(Function<Throwable, Problem> errors, Clock clock) {
        this.errors = errors;
        this.clock = clock;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cineorg-job");
            t.setDaemon(false);
            return t;
        });
    }

    public Job submit(String kind, Work work) {
        Job job;
        synchronized (jobs) {
            if (stopping.get()) {
                throw new ApiProblemException(ProblemType.SHUTTING_DOWN, "the server is shutting down");
            }
            job = new Job(nextId.getAndIncrement(), kind, clock.instant(), stopping::get);
            jobs.put(job.id(), job);
            trim();
        }
        Job submitted = job;
        worker.execute(() -> run(submitted, work));
        return job;
    }

    private void run(Job job, Work work) {
        if (!job.start(clock.instant())) {
            return;
        }
        try {
            Object report = work.run(job);
            job.succeed(report, clock.instant());
        } catch (RuntimeException | Error e) {
            job.fail(errors.apply(e), clock.instant());
        }
        JobResponse end = job.snapshot();
        if (job.state() != JobState.SUCCEEDED) {
            LOG.info("job {} ({}) ended {}{}", end.id(), end.kind(), end.state(),
                    end.stopped() == null ? "" : ": " + end.stopped());
        }
    }

    /** Drops the oldest finished jobs beyond the limit; queued and running jobs are always kept. */
    private void trim() {
        int finished = 0;
        for (Job j : jobs.values()) {
            if (j.state().finished()) {
                finished++;
            }
        }
        Iterator<Job> it = jobs.values().iterator();
        while (finished > KEEP_FINISHED && it.hasNext()) {
            if (it.next().state().finished()) {
                it.remove();
                finished--;
            }
        }
    }

    public Optional<Job> find(long id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    /** Every kept job, oldest first. */
    public List<Job> all() {
        synchronized (jobs) {
            return new ArrayList<>(jobs.values());
        }
    }

    /**
     * Refuses new jobs, cancels the queued ones, asks the running one to stop at its next file boundary and waits up
     * to {@code grace} for it. Returns true when the worker finished in time.
     */
    public boolean shutdown(Duration grace) {
        List<Job> snapshot;
        synchronized (jobs) {
            stopping.set(true);
            snapshot = new ArrayList<>(jobs.values());
        }
        for (Job j : snapshot) {
            j.cancelQueued(clock.instant());
        }
        worker.shutdown();
        try {
            boolean finished = worker.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                LOG.warn("a job was still running {} s after shutdown was requested", grace.toSeconds());
            }
            return finished;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public boolean stopping() {
        return stopping.get();
    }
}
