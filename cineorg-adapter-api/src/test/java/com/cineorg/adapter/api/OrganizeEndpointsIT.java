package com.cineorg.adapter.api;

import static com.cineorg.adapter.api.ApiFixture.json;
import static com.cineorg.adapter.api.ApiFixture.touch;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Organize, runs and undo over HTTP, on the real organize services. The catalog comes from a real scan; the file
 * operations run in memory on a mirror of the scanned files, and the target is checked against the real folders.
 */
class OrganizeEndpointsIT {
    @TempDir
    Path tmp;

    ApiFixture api;

    @BeforeEach
    void start() {
        api = new ApiFixture(tmp);
        touch(api.downloads.resolve("Heat.1995.1080p.BluRay.x264-GRP.mkv"), 2048);
        touch(api.downloads.resolve("The.Wire.S01E02.720p.HDTV.x264-LOL.mkv"), 1024);
        HttpResponse<String> scan = api.post("/api/v1/scans",
                "{\"roots\":[" + ApiFixture.JSON.valueToTree(api.downloads.toString()) + "]}");
        assertThat(api.awaitJob(scan.headers().firstValue("Location").orElseThrow()).path("state").asText())
                .isEqualTo("succeeded");
        api.mirrorCatalog();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private String body(Map<String, Object> fields) {
        return ApiFixture.JSON.valueToTree(fields).toString();
    }

    @Test
    void dryRunAnswersThePlanAndTouchesNothing() {
        Map<String, String> before = api.files.tree();
        HttpResponse<String> r = api.post("/api/v1/organize",
                body(Map.of("target", api.library.toString(), "dryRun", true)));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).startsWith("/api/v1/jobs/"));
        JsonNode report = json(r);
        assertThat(report.path("dryRun").asBoolean()).isTrue();
        JsonNode plan = report.path("plan");
        assertThat(plan.path("library").asText()).isEqualTo(api.library.toString());
        assertThat(plan.path("mode").asText()).isEqualTo("move");
        assertThat(plan.path("moves")).hasSize(2);
        assertThat(plan.path("toOrganize").asLong()).isEqualTo(2);
        for (JsonNode move : plan.path("moves")) {
            assertThat(move.path("action").asText()).isEqualTo("organize");
            assertThat(move.path("target").asText()).startsWith(api.library.toString());
        }
        assertThat(api.files.tree()).isEqualTo(before);
        assertThat(json(api.get("/api/v1/runs")).path("items")).isEmpty();
    }

    @Test
    void aDryRunThatFailsAnswersTheProblem() {
        api.files.file(api.library.resolve("a-file").toString(), "not a folder");
        HttpResponse<String> r = api.post("/api/v1/organize",
                body(Map.of("target", api.library.resolve("a-file").toString(), "dryRun", true)));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(r).path("type").asText()).isEqualTo("urn:cineorg:problem:invalid-input");
        String location = r.headers().firstValue("Location").orElseThrow();
        assertThat(json(api.get(location)).path("state").asText()).isEqualTo("failed");
    }

    @Test
    void organizeJobThenRunsThenUndo() {
        HttpResponse<String> accepted = api.post("/api/v1/organize",
                body(Map.of("target", api.library.toString(), "mode", "move", "scheme", "plex")));
        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(json(accepted).path("kind").asText()).isEqualTo("organize");
        JsonNode job = api.awaitJob(accepted.headers().firstValue("Location").orElseThrow());
        assertThat(job.path("state").asText()).isEqualTo("succeeded");
        JsonNode report = job.path("report");
        assertThat(report.path("organized").asLong()).isEqualTo(2);
        assertThat(report.path("failed").asLong()).isZero();
        long runId = report.path("runId").asLong();
        assertThat(api.files.tree().keySet()).anySatisfy(p -> assertThat(p).startsWith(api.library + "/Movies/"));
        assertThat(api.files.exists(api.downloads.resolve("Heat.1995.1080p.BluRay.x264-GRP.mkv"))).isFalse();

        JsonNode media = json(api.get("/api/v1/media?limit=10")).path("items");
        long heatId = 0;
        for (JsonNode m : media) {
            if (m.path("path").asText().contains("Heat")) {
                heatId = m.path("id").asLong();
            }
        }
        JsonNode history = json(api.get("/api/v1/media/" + heatId)).path("history");
        assertThat(history).isNotEmpty();
        assertThat(history.get(0).path("runId").asLong()).isEqualTo(runId);
        assertThat(history.get(0).path("operation").asText()).isEqualTo("move");
        assertThat(history.get(0).path("source").asText()).endsWith("Heat.1995.1080p.BluRay.x264-GRP.mkv");

        JsonNode runs = json(api.get("/api/v1/runs")).path("items");
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).path("id").asLong()).isEqualTo(runId);
        assertThat(runs.get(0).path("state").asText()).isEqualTo("finished");

        HttpResponse<String> undo = api.post("/api/v1/runs/" + runId + "/undo", "");
        assertThat(undo.statusCode()).isEqualTo(202);
        JsonNode undone = api.awaitJob(undo.headers().firstValue("Location").orElseThrow());
        assertThat(undone.path("state").asText()).isEqualTo("succeeded");
        assertThat(undone.path("report").path("restored").asInt()).isEqualTo(2);
        assertThat(api.files.exists(api.downloads.resolve("Heat.1995.1080p.BluRay.x264-GRP.mkv"))).isTrue();
        assertThat(json(api.get("/api/v1/runs")).path("items").get(0).path("state").asText()).isEqualTo("undone");
    }

    @Test
    void organizeTargetsAreConfinedAndValidated() throws IOException {
        Path evil = Files.createDirectories(tmp.resolve("lib-evil"));
        record Case(Map<String, Object> body, int status, String type) {}
        for (Case c : new Case[] {
            new Case(Map.of("target", evil.toString()), 403, "path-outside-roots"),
            new Case(Map.of("target", "/"), 403, "path-outside-roots"),
            new Case(Map.of("target", api.library + "/../lib-evil"), 400, "invalid-input"),
            new Case(Map.of("target", api.library + "/%2e%2e"), 400, "invalid-input"),
            new Case(Map.of("dryRun", true), 400, "invalid-input"),
            new Case(Map.of("target", api.library.toString(), "scheme", "plex", "template", "{title}"), 400,
                    "invalid-input"),
            new Case(Map.of("target", api.library.toString(), "mode", "teleport"), 400, "invalid-input"),
            new Case(Map.of("target", api.library.toString(), "scheme", "mediaportal"), 400, "invalid-input"),
            new Case(Map.of("target", api.library.toString(), "conflicts", "overwrite"), 400, "invalid-input"),
            new Case(Map.of("target", api.library.toString(), "overwrite", true), 400, "malformed-body"),
            new Case(Map.of("target", api.library.toString(), "dryRun", "yes"), 400, "malformed-body")}) {
            HttpResponse<String> r = api.post("/api/v1/organize", body(c.body()));
            assertThat(r.statusCode()).as(c.body().toString()).isEqualTo(c.status());
            assertThat(json(r).path("type").asText()).as(c.body().toString())
                    .isEqualTo("urn:cineorg:problem:" + c.type());
        }
        assertThat(json(api.get("/api/v1/jobs")).path("items")).hasSize(1); // only the scan
    }

    @Test
    void undoOfAnUnknownRunIsNotFound() {
        HttpResponse<String> r = api.post("/api/v1/runs/77/undo", "");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(json(r).path("type").asText()).isEqualTo("urn:cineorg:problem:not-found");
        assertThat(api.post("/api/v1/runs/abc/undo", "").statusCode()).isEqualTo(400);
    }
}
