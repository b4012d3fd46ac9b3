package com.cineorg.adapter.api;

import static com.cineorg.adapter.api.ApiFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.cineorg.adapter.api.library.Job;
import com.cineorg.adapter.api.library.JobResponse;
import com.cineorg.domain.port.in.ProgressListener;
import com.cineorg.domain.port.in.ScanCommand;
import com.cineorg.domain.port.in.ScanMediaUseCase;
import com.cineorg.domain.port.in.ScanReport;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writing job at a time, others queue; a shutdown lets the running job stop at a file boundary. */
class JobsIT {
    @TempDir
    Path tmp;

    /**
     * A scan over {@code files} pretend files that reports each one, checks cancelled() between files like the real
     * scan, and waits for the test at file {@code pauseAt}.
     */
    static final class SteppedScan implements ScanMediaUseCase {
        final int files;
        final int pauseAt;
        final CountDownLatch paused = new CountDownLatch(1);
        final CountDownLatch resume = new CountDownLatch(1);
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger maxRunning = new AtomicInteger();
        final LinkedBlockingQueue<ProgressListener> listeners = new LinkedBlockingQueue<>();

        SteppedScan(int files, int pauseAt) {
            this.files = files;
            this.pauseAt = pauseAt;
        }

        @Override
        public ScanReport scan(ScanCommand command) {
            maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                ProgressListener progress = command.progress();
                listeners.add(progress);
                progress.phase("scan", files);
                long done = 0;
                for (int i = 1; i <= files; i++) {
                    if (progress.cancelled()) {
                        break;
                    }
                    done = i;
                    progress.advance(done);
                    if (i == pauseAt && paused.getCount() > 0) {
                        paused.countDown();
                        await(resume);
                    }
                }
                return new ScanReport(command.roots(), done, done, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of(),
                        Duration.ZERO);
            } finally {
                running.decrementAndGet();
            }
        }
    }

    static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).as("latch released in time").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String scanBody(Path root) {
        return "{\"roots\":[" + ApiFixture.JSON.valueToTree(root.toString()) + "]}";
    }

    @Test
    void jobsRunOneAtATimeInOrder() {
        SteppedScan scan = new SteppedScan(3, 2);
        try (ApiFixture api = new ApiFixture(tmp, scan, null, null, s -> s)) {
            HttpResponse<String> first = api.post("/api/v1/scans", scanBody(api.downloads));
            HttpResponse<String> second = api.post("/api/v1/scans", scanBody(api.library));
            assertThat(first.statusCode()).isEqualTo(202);
            assertThat(second.statusCode()).isEqualTo(202);
            await(scan.paused);

            JsonNode running = json(api.get(first.headers().firstValue("Location").orElseThrow()));
            assertThat(running.path("state").asText()).isEqualTo("running");
            assertThat(running.path("progress").path("phase").asText()).isEqualTo("scan");
            assertThat(running.path("progress").path("done").asLong()).isEqualTo(2);
            assertThat(running.path("progress").path("total").asLong()).isEqualTo(3);
            JsonNode queued = json(api.get(second.headers().firstValue("Location").orElseThrow()));
            assertThat(queued.path("state").asText()).isEqualTo("queued");

            JsonNode list = json(api.get("/api/v1/jobs"));
            assertThat(list.path("items")).hasSize(2);
            assertThat(list.path("items").get(0).path("state").asText()).isEqualTo("running");
            assertThat(list.path("items").get(1).path("state").asText()).isEqualTo("queued");

            scan.resume.countDown();
            JsonNode a = api.awaitJob(first.headers().firstValue("Location").orElseThrow());
            JsonNode b = api.awaitJob(second.headers().firstValue("Location").orElseThrow());
            assertThat(a.path("state").asText()).isEqualTo("succeeded");
            assertThat(b.path("state").asText()).isEqualTo("succeeded");
            assertThat(a.path("report").path("videos").asLong()).isEqualTo(3);
            assertThat(b.path("report").path("videos").asLong()).isEqualTo(3);
            assertThat(scan.maxRunning.get()).isEqualTo(1);
        }
    }

    @Test
    void stopLetsTheRunningJobFinishItsFileAndRecordsWhereItStopped() throws Exception {
        SteppedScan scan = new SteppedScan(100, 7);
        ApiFixture api = new ApiFixture(tmp, scan, null, null, s -> s);
        HttpResponse<String> first = api.post("/api/v1/scans", scanBody(api.downloads));
        HttpResponse<String> second = api.post("/api/v1/scans", scanBody(api.library));
        await(scan.paused);
        ProgressListener progress = scan.listeners.take();

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(api.server::stop);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!progress.cancelled() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(progress.cancelled()).as("stop() asks the job to stop").isTrue();
        scan.resume.countDown();
        stopping.get(10, TimeUnit.SECONDS);

        Job running = api.server.jobs().find(json(first).path("id").asLong()).orElseThrow();
        JobResponse stopped = running.snapshot();
        assertThat(stopped.state()).isEqualTo("cancelled");
        assertThat(stopped.stopped()).contains("after 7 files");
        assertThat(stopped.progress().done()).isEqualTo(7);
        assertThat(stopped.report()).isNotNull();
        assertThat(stopped.finished()).isNotNull();

        JobResponse neverRan = api.server.jobs().find(json(second).path("id").asLong()).orElseThrow().snapshot();
        assertThat(neverRan.state()).isEqualTo("cancelled");
        assertThat(neverRan.started()).isNull();
        assertThat(scan.listeners).isEmpty();
        api.close();
    }
}
