package com.cineorg.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.cineorg.adapter.api.ApiServer;
import com.cineorg.adapter.cli.option.GlobalOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CLI scan and an API scan of different trees, at the same time, on one SQLite database: no "locked" failure. */
class CliAndApiConcurrencyIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static void tree(Path root, String prefix, int folders) throws Exception {
        for (int i = 0; i < folders; i++) {
            Path d = Files.createDirectories(root.resolve(prefix + ".Show.S01." + i));
            for (int e = 1; e <= 10; e++) {
                Files.write(d.resolve(String.format("%s.Show.S01E%02d.720p.mkv", prefix, e)), new byte[] {1});
            }
        }
    }

    @Test
    void cliAndApiScanOneDatabaseAtOnce() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        tree(a, "Alpha", 150);
        tree(b, "Beta", 150);
        Path db = dir.resolve("shared.db");
        Path config = dir.resolve("config/cineorg/config.toml");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "[sources]\nroots = [\"" + b + "\"]\n[server]\napi_key = \"test-key-0123456789abcdef\"\n");
        Map<String, String> env = new HashMap<>();
        env.put("HOME", dir.toString());
        env.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        env.put("XDG_DATA_HOME", dir.resolve("data").toString());
        env.put("CINEORG_DB", db.toString());

        GlobalOptions global = new GlobalOptions();
        try (Wiring serverWiring = new Wiring(global, env)) {
            serverWiring.catalog(); // the server has its database open, as `cineorg serve` has after its first request
            ApiServer server = serverWiring.apiServer("127.0.0.1", 0).start();
            try {
                HttpClient http = HttpClient.newHttpClient();
                StringWriter cliOut = new StringWriter();
                StringWriter cliErr = new StringWriter();
                CompletableFuture<Integer> cli = CompletableFuture.supplyAsync(() -> Main.run(
                        new String[] {"scan", a.toString(), "--json"}, new PrintWriter(cliOut, true),
                        new PrintWriter(cliErr, true), env));
                HttpResponse<String> submitted = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + server.port() + "/api/v1/scans"))
                        .header("X-Api-Key", "test-key-0123456789abcdef").header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"roots\":[\"" + b + "\"]}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
                String location = submitted.headers().firstValue("Location").orElseThrow();

                assertThat(cli.get()).as(cliErr.toString()).isZero();
                JsonNode job = awaitJob(http, server, location);
                assertThat(job.path("state").asText()).as(job.toString()).isEqualTo("succeeded");
                assertThat(cliErr.toString()).doesNotContain("locked");
                assertThat(JSON.readTree(cliOut.toString().strip()).get("added").asInt()).isEqualTo(1500);
            } finally {
                server.stop();
            }
            assertThat(serverWiring.catalog().list(com.cineorg.domain.port.in.MediaQuery.all()).total()).isEqualTo(3000);
        }
    }

    /** An API organize or undo while a cron run holds the lock: the job fails with the "locked" problem, files stay. */
    @Test
    void apiOrganizeAndUndoWhileAnotherRunHoldsTheLockFailWithTheLockedProblem() throws Exception {
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        Path video = Files.write(downloads.resolve("Heat.1995.1080p.BluRay.x264-GRP.mkv"), new byte[] {1});
        Path library = Files.createDirectories(dir.resolve("library")); // the API allows existing folders only
        Path config = dir.resolve("config/cineorg/config.toml");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "[sources]\nroots = [\"" + downloads + "\"]\n[library]\ntarget = \"" + library
                + "\"\n[server]\napi_key = \"test-key-0123456789abcdef\"\n");
        Map<String, String> env = new HashMap<>();
        env.put("HOME", dir.toString());
        env.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        env.put("XDG_DATA_HOME", dir.resolve("data").toString());
        env.put("CINEORG_DB", dir.resolve("c.db").toString());
        for (String[] args : new String[][] {{"scan", downloads.toString()}, {"organize", "--target", library.toString()},
                {"scan", downloads.toString()}}) {
            assertThat(Main.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true),
                    env)).isZero();
        }
        Files.write(video, new byte[] {2}); // a second file to organize, and run 1 to undo
        assertThat(Main.run(new String[] {"scan", downloads.toString()}, new PrintWriter(new StringWriter(), true),
                new PrintWriter(new StringWriter(), true), env)).isZero();
        Map<String, byte[]> before = snapshot(dir.resolve("downloads"), library);
        try (Wiring serverWiring = new Wiring(new GlobalOptions(), env)) {
            ApiServer server = serverWiring.apiServer("127.0.0.1", 0).start();
            HttpClient http = HttpClient.newHttpClient();
            try (com.cineorg.domain.port.out.RunLockPort.Held held = new com.cineorg.app.fs.FileRunLock(
                    dir.resolve("data/cineorg/run.lock")).tryAcquire().orElseThrow()) {
                for (String[] call : new String[][] {
                        {"/api/v1/organize", "{\"target\":\"" + library + "\"}"}, {"/api/v1/runs/1/undo", "{}"}}) {
                    HttpResponse<String> submitted = http.send(HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + server.port() + call[0]))
                            .header("X-Api-Key", "test-key-0123456789abcdef").header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(call[1])).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
                    JsonNode job = awaitJob(http, server, submitted.headers().firstValue("Location").orElseThrow());
                    assertThat(job.path("state").asText()).as(job.toString()).isEqualTo("failed");
                    assertThat(job.path("error").path("type").asText()).isEqualTo("urn:cineorg:problem:locked");
                    assertThat(job.path("error").path("status").asInt()).isEqualTo(409);
                }
            } finally {
                server.stop();
            }
        }
        assertThat(snapshot(dir.resolve("downloads"), library)).containsOnlyKeys(before.keySet());
        assertThat(video).isRegularFile();
    }

    private static Map<String, byte[]> snapshot(Path... roots) throws Exception {
        Map<String, byte[]> files = new HashMap<>();
        for (Path root : roots) {
            try (var walk = Files.walk(root)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    files.put(p.toString(), Files.readAllBytes(p));
                }
            }
        }
        return files;
    }

    private static JsonNode awaitJob(HttpClient http, ApiServer server, String location) throws Exception {
        JsonNode job = null;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> poll = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + server.port() + location))
                    .header("X-Api-Key", "test-key-0123456789abcdef").build(), HttpResponse.BodyHandlers.ofString());
            job = JSON.readTree(poll.body());
            String state = job.path("state").asText();
            if (state.equals("succeeded") || state.equals("failed") || state.equals("cancelled")) {
                return job;
            }
            CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(50,
                    java.util.concurrent.TimeUnit.MILLISECONDS)).join();
        }
        return job;
    }
}
