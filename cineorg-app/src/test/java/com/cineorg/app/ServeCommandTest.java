package com.cineorg.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cineorg.adapter.api.ApiDependencies;
import com.cineorg.adapter.api.ApiServer;
import com.cineorg.adapter.api.ApiSettings;
import com.cineorg.application.query.ListMediaService;
import com.cineorg.application.query.MediaDetailsService;
import com.cineorg.domain.port.in.ScanMediaUseCase;
import com.cineorg.domain.testing.InMemoryMediaCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeCommandTest {
    private static ApiServer server(String host, Integer port) {
        InMemoryMediaCatalog catalog = new InMemoryMediaCatalog();
        ScanMediaUseCase scan = command -> {
            throw new AssertionError("not called");
        };
        ApiSettings settings = ApiSettings.defaults("serve-test-key-0123456789", List.of())
                .withHost(host == null ? ApiSettings.DEFAULT_HOST : host)
                .withPort(port == null ? ApiSettings.DEFAULT_PORT : port);
        ApiDependencies deps = ApiDependencies.builder().scanMedia(scan).listMedia(new ListMediaService(catalog))
                .mediaDetails(new MediaDetailsService(id -> java.util.Optional.empty()))
                .identifyMedia(command -> {
                    throw new AssertionError("not called");
                })
                .reviewQueue((offset, limit) -> List.of())
                .matchMedia(command -> {
                    throw new AssertionError("not called");
                })
                .organizeLibrary(command -> {
                    throw new AssertionError("not called");
                })
                .listRuns(List::of)
                .undoRun((runId, progress) -> {
                    throw new AssertionError("not called");
                })
                .build();
        return new ApiServer(deps, settings);
    }

    @Test
    void servesUntilTheShutdownSignalThenStops() throws Exception {
        AtomicReference<Runnable> hook = new AtomicReference<>();
        AtomicReference<ApiServer> built = new AtomicReference<>();
        StringWriter out = new StringWriter();
        CommandLine cmd = new CommandLine(new ServeCommand((host, port) -> {
            ApiServer s = server(host, port);
            built.set(s);
            return s;
        }, hook::set));
        cmd.setOut(new PrintWriter(out, true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                () -> cmd.execute("--host", "127.0.0.1", "--port", "0"));

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> health = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (health == null && System.nanoTime() < deadline && !exit.isDone()) {
            ApiServer s = built.get();
            if (s == null || !out.toString().contains("listening")) {
                Thread.onSpinWait();
                continue;
            }
            health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/api/v1/health"))
                    .build(), HttpResponse.BodyHandlers.ofString());
        }
        assertThat(health).isNotNull();
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(exit).isNotDone();
        assertThat(out.toString()).contains("http://127.0.0.1:" + built.get().port() + "/api/v1");

        int port = built.get().port();
        CompletableFuture.runAsync(hook.get());
        assertThat(exit.get(20, TimeUnit.SECONDS)).isZero();
        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/health")).build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void rejectsAnOutOfRangePort() {
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new ServeCommand((host, port) -> {
            throw new AssertionError("not built");
        }, action -> {}));
        cmd.setErr(new PrintWriter(err, true));
        assertThat(cmd.execute("--port", "70000")).isEqualTo(2);
        assertThat(err.toString()).contains("--port must be between 0 and 65535");
    }

    @Test
    void helpShowsTheOptions() throws IOException {
        StringWriter out = new StringWriter();
        CommandLine cmd = new CommandLine(new ServeCommand((host, port) -> server(host, port), action -> {}));
        cmd.setOut(new PrintWriter(out, true));
        assertThat(cmd.execute("--help")).isZero();
        assertThat(out.toString()).contains("--host", "--port", "SIGTERM");
    }
}
