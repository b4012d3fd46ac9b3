package com.cineorg.adapter.api;

import static com.cineorg.adapter.api.ApiFixture.KEY;
import static com.cineorg.adapter.api.ApiFixture.json;
import static com.cineorg.adapter.api.ApiFixture.touch;
import static org.assertj.core.api.Assertions.assertThat;

import com.cineorg.domain.error.NotFoundException;
import com.cineorg.domain.error.ProviderUnavailableException;
import com.cineorg.domain.error.StorageFailureException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiServerIT {
    @TempDir
    Path tmp;

    ApiFixture api;

    @BeforeEach
    void start() {
        api = new ApiFixture(tmp);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private JsonNode scanDownloads() {
        HttpResponse<String> accepted = api.post("/api/v1/scans",
                "{\"roots\":[" + ApiFixture.JSON.valueToTree(api.downloads.toString()) + "]}");
        assertThat(accepted.statusCode()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        return api.awaitJob(location);
    }

    private void seed() {
        touch(api.downloads.resolve("Heat.1995.1080p.BluRay.x264-GRP/Heat.1995.1080p.BluRay.x264-GRP.mkv"), 2048);
        touch(api.downloads.resolve("Heat.1995.1080p.BluRay.x264-GRP/Heat.1995.1080p.BluRay.x264-GRP.en.srt"), 10);
        touch(api.downloads.resolve("The.Wire.S01E02.720p.HDTV.x264-LOL.mkv"), 2048);
        touch(api.downloads.resolve("The.Wire.S01E03.720p.HDTV.x264-LOL.mkv"), 2048);
        touch(api.downloads.resolve("Alien.1979.Directors.Cut.DVDRip.avi"), 2048);
        JsonNode job = scanDownloads();
        assertThat(job.path("state").asText()).isEqualTo("succeeded");
    }

    @Test
    void healthNeedsNoKey() {
        HttpResponse<String> r = api.send(java.net.http.HttpRequest.newBuilder(api.uri("/api/v1/health")).build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).path("status").asText()).isEqualTo("up");
    }

    @Test
    void everyOtherEndpointNeedsTheRightKey() {
        for (String path : List.of("/api/v1/media", "/api/v1/media/1", "/api/v1/jobs", "/api/v1/jobs/1",
                "/api/v1/openapi.json", "/api/v1/nowhere")) {
            HttpResponse<String> none = api.send(HttpRequest.newBuilder(api.uri(path)).build());
            assertThat(none.statusCode()).as(path).isEqualTo(401);
            assertThat(none.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("Bearer"));
            assertThat(json(none).path("type").asText()).isEqualTo("urn:cineorg:problem:unauthorized");

            HttpResponse<String> wrong = api.send(HttpRequest.newBuilder(api.uri(path))
                    .header("X-Api-Key", KEY + "x").build());
            assertThat(wrong.statusCode()).as(path).isEqualTo(401);
            assertThat(json(wrong).path("detail").asText()).doesNotContain(KEY);

            HttpResponse<String> wrongBearer = api.send(HttpRequest.newBuilder(api.uri(path))
                    .header("Authorization", "Bearer nope-nope-nope-nope").build());
            assertThat(wrongBearer.statusCode()).as(path).isEqualTo(401);
        }
        HttpResponse<String> post = api.send(HttpRequest.newBuilder(api.uri("/api/v1/scans"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"roots\":[\"/\"]}")).build());
        assertThat(post.statusCode()).isEqualTo(401);

        assertThat(api.get("/api/v1/jobs").statusCode()).isEqualTo(200);
        HttpResponse<String> bearer = api.send(HttpRequest.newBuilder(api.uri("/api/v1/jobs"))
                .header("Authorization", "Bearer " + KEY).build());
        assertThat(bearer.statusCode()).isEqualTo(200);
    }

    @Test
    void listsMediaPagedFilteredAndSortedById() {
        seed();
        JsonNode all = json(api.get("/api/v1/media"));
        assertThat(all.path("total").asLong()).isEqualTo(4);
        assertThat(all.path("offset").asInt()).isZero();
        assertThat(all.path("limit").asInt()).isEqualTo(50);
        List<Long> ids = new ArrayList<>();
        all.path("items").forEach(i -> ids.add(i.path("id").asLong()));
        assertThat(ids).hasSize(4).isSorted();

        JsonNode page = json(api.get("/api/v1/media?offset=1&limit=2"));
        assertThat(page.path("total").asLong()).isEqualTo(4);
        assertThat(page.path("items")).hasSize(2);
        assertThat(page.path("items").get(0).path("id").asLong()).isEqualTo(ids.get(1));

        JsonNode episodes = json(api.get("/api/v1/media?type=episode"));
        assertThat(episodes.path("total").asLong()).isEqualTo(2);
        episodes.path("items").forEach(i -> assertThat(i.path("type").asText()).isEqualTo("episode"));

        JsonNode heat = json(api.get("/api/v1/media?q=heat&status=parsed"));
        assertThat(heat.path("total").asLong()).isEqualTo(1);
        assertThat(heat.path("items").get(0).path("title").asText()).isEqualTo("Heat");
        assertThat(heat.path("items").get(0).path("year").asInt()).isEqualTo(1995);

        assertThat(json(api.get("/api/v1/media?status=missing")).path("total").asLong()).isZero();
    }

    @Test
    void rejectsBadListParameters() {
        for (String query : List.of("offset=-1", "offset=abc", "limit=0", "limit=1001", "limit=2.5",
                "status=lost", "type=film")) {
            HttpResponse<String> r = api.get("/api/v1/media?" + query);
            assertThat(r.statusCode()).as(query).isEqualTo(400);
            assertThat(json(r).path("type").asText()).isEqualTo("urn:cineorg:problem:invalid-input");
        }
    }

    @Test
    void showsOneMediaFileWithParseSidecarsAndStatus() {
        seed();
        JsonNode heat = json(api.get("/api/v1/media?q=heat")).path("items").get(0);
        HttpResponse<String> r = api.get("/api/v1/media/" + heat.path("id").asLong());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/json"));
        JsonNode detail = json(r);
        assertThat(detail.path("path").asText()).endsWith("Heat.1995.1080p.BluRay.x264-GRP.mkv");
        assertThat(detail.path("size").asLong()).isEqualTo(2048);
        assertThat(detail.path("status").asText()).isEqualTo("parsed");
        JsonNode parse = detail.path("parse");
        assertThat(parse.path("type").asText()).isEqualTo("movie");
        assertThat(parse.path("title").asText()).isEqualTo("Heat");
        assertThat(parse.path("year").asInt()).isEqualTo(1995);
        assertThat(parse.path("container").asText()).isEqualTo("mkv");
        assertThat(parse.has("screenSize")).as("corpus names, not Java names").isFalse();
        assertThat(detail.path("sidecars")).hasSize(1);
        assertThat(detail.path("sidecars").get(0).path("kind").asText()).isEqualTo("subtitle");
        assertThat(detail.path("sidecars").get(0).path("language").asText()).isEqualTo("en");
        assertThat(detail.has("mediaInfo")).as("never probed").isFalse();
        assertThat(detail.path("history")).isEmpty();
    }

    @Test
    void smallAnswersCarryTheirLengthAndLongListingsAreCompressedForClientsThatAsk() throws Exception {
        seed();
        long id = json(api.get("/api/v1/media?q=heat")).path("items").get(0).path("id").asLong();
        HttpResponse<String> detail = api.send(api.request("/api/v1/media/" + id)
                .header("Accept-Encoding", "gzip").GET().build());
        assertThat(detail.headers().firstValue("Content-Length"))
                .hasValue(Integer.toString(detail.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        assertThat(detail.headers().firstValue("Content-Encoding")).as("too small to be worth it").isEmpty();

        java.time.Instant t = java.time.Instant.parse("2026-01-01T00:00:00Z");
        List<com.cineorg.domain.model.media.MediaFile> many = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            many.add(com.cineorg.domain.model.media.MediaFile.discovered(new com.cineorg.domain.model.media.FileEntry(
                    api.downloads.resolve("Some.Long.Movie.Title.Number." + i + ".2001.1080p.BluRay.x264-GRP.mkv"),
                    1, t, null), null, t));
        }
        api.catalog.saveAll(many);
        HttpResponse<byte[]> listing = api.http.send(api.request("/api/v1/media?limit=1000")
                .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(listing.statusCode()).isEqualTo(200);
        assertThat(listing.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(
                new java.io.ByteArrayInputStream(listing.body()))) {
            JsonNode page = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
            assertThat(page.path("items")).hasSizeGreaterThan(300);
        }
    }

    @Test
    void showsTheProbedMediaInfoOfAFile() {
        seed();
        long id = json(api.get("/api/v1/media?q=heat")).path("items").get(0).path("id").asLong();
        api.mediaInfo.saveAll(java.util.Map.of(id, new com.cineorg.domain.model.media.MediaInfo(
                java.time.Duration.ofMinutes(170), 1920, 800, "H.264", List.of("DTS", "AAC"))));
        JsonNode info = json(api.get("/api/v1/media/" + id)).path("mediaInfo");
        assertThat(info.path("durationMs").asLong()).isEqualTo(170 * 60_000L);
        assertThat(info.path("width").asInt()).isEqualTo(1920);
        assertThat(info.path("videoCodec").asText()).isEqualTo("H.264");
        assertThat(info.path("audioCodecs")).extracting(JsonNode::asText).containsExactly("DTS", "AAC");
    }

    @Test
    void unknownAndMalformedMediaIdsAreProblems() {
        HttpResponse<String> missing = api.get("/api/v1/media/999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode p = json(missing);
        assertThat(p.path("type").asText()).isEqualTo("urn:cineorg:problem:not-found");
        assertThat(p.path("title").asText()).isEqualTo("Not found");
        assertThat(p.path("status").asInt()).isEqualTo(404);
        assertThat(p.path("detail").asText()).contains("999");
        assertThat(p.path("instance").asText()).isEqualTo("/api/v1/media/999");

        HttpResponse<String> bad = api.get("/api/v1/media/abc");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).path("type").asText()).isEqualTo("urn:cineorg:problem:invalid-input");
    }

    @Test
    void scanJobRunsFromSubmissionToReport() {
        touch(api.downloads.resolve("Heat.1995.1080p.BluRay.x264-GRP.mkv"), 2048);
        touch(api.downloads.resolve("more/Alien.1979.DVDRip.avi"), 2048);
        HttpResponse<String> accepted = api.post("/api/v1/scans",
                "{\"roots\":[" + ApiFixture.JSON.valueToTree(api.downloads.toString()) + "],\"followLinks\":false}");
        assertThat(accepted.statusCode()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        JsonNode submitted = json(accepted);
        assertThat(location).isEqualTo("/api/v1/jobs/" + submitted.path("id").asText());
        assertThat(submitted.path("kind").asText()).isEqualTo("scan");
        assertThat(submitted.path("state").asText()).isIn("queued", "running", "succeeded");

        JsonNode done = api.awaitJob(location);
        assertThat(done.path("state").asText()).isEqualTo("succeeded");
        assertThat(done.path("started").asText()).isNotEmpty();
        assertThat(done.path("finished").asText()).isNotEmpty();
        JsonNode report = done.path("report");
        assertThat(report.path("videos").asLong()).isEqualTo(2);
        assertThat(report.path("added").asLong()).isEqualTo(2);
        assertThat(report.path("failures")).isEmpty();
        assertThat(report.path("roots").get(0).asText()).isEqualTo(api.downloads.toString());
        assertThat(api.catalog.all()).hasSize(2);

        JsonNode jobs = json(api.get("/api/v1/jobs"));
        assertThat(jobs.path("items")).hasSize(1);
        assertThat(jobs.path("items").get(0).path("id").asText()).isEqualTo(submitted.path("id").asText());
        assertThat(jobs.path("items").get(0).has("report")).as("listings leave reports out").isFalse();

        JsonNode rescan = scanDownloads();
        assertThat(rescan.path("report").path("unchanged").asLong()).isEqualTo(2);
    }

    @Test
    void aScanOfAMissingFolderInsideTheRootsFailsWithAProblem() {
        HttpResponse<String> accepted = api.post("/api/v1/scans",
                "{\"roots\":[" + ApiFixture.JSON.valueToTree(api.downloads.resolve("not-yet").toString()) + "]}");
        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode done = api.awaitJob(accepted.headers().firstValue("Location").orElseThrow());
        assertThat(done.path("state").asText()).isEqualTo("failed");
        assertThat(done.path("error").path("type").asText()).isEqualTo("urn:cineorg:problem:invalid-input");
        assertThat(done.path("error").path("detail").asText()).contains("not-yet");
    }

    @Test
    void unknownJobIsNotFound() {
        HttpResponse<String> r = api.get("/api/v1/jobs/42");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(json(r).path("type").asText()).isEqualTo("urn:cineorg:problem:not-found");
        assertThat(api.get("/api/v1/jobs/x").statusCode()).isEqualTo(400);
    }

    @Test
    void unknownRouteAndWrongMethodAreProblems() {
        HttpResponse<String> nowhere = api.get("/api/v1/nowhere");
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(nowhere).path("type").asText()).isEqualTo("urn:cineorg:problem:not-found");

        HttpResponse<String> delete = api.send(api.request("/api/v1/media").DELETE().build());
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(delete.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(delete.headers().firstValue("Allow")).hasValue("GET");
        JsonNode p = json(delete);
        assertThat(p.path("type").asText()).isEqualTo("urn:cineorg:problem:method-not-allowed");
        assertThat(p.path("status").asInt()).isEqualTo(405);
        assertThat(p.has("details")).as("not Javalin's own error shape").isFalse();

        HttpResponse<String> getScans = api.get("/api/v1/scans");
        assertThat(getScans.statusCode()).isEqualTo(405);
        assertThat(getScans.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void badBodiesAreProblems() {
        record Case(String body, String contentType, int status, String type, String detail) {}
        String root = ApiFixture.JSON.valueToTree(api.downloads.toString()).toString();
        List<Case> cases = List.of(
                new Case("{\"roots\":[", "application/json", 400, "malformed-body", "malformed JSON"),
                new Case("not json", "application/json", 400, "malformed-body", "malformed JSON"),
                new Case("", "application/json", 400, "malformed-body", "empty"),
                new Case("[]", "application/json", 400, "malformed-body", "wrong type"),
                new Case("{\"roots\":\"" + api.downloads + "\"}", "application/json", 400, "malformed-body",
                        "roots"),
                new Case("{\"roots\":[" + root + "],\"followLinks\":\"yes\"}", "application/json", 400,
                        "malformed-body", "followLinks"),
                new Case("{\"roots\":[" + root + "],\"dryRun\":true}", "application/json", 400, "malformed-body",
                        "unknown field 'dryRun'"),
                new Case("{\"roots\":[" + root + "]} {}", "application/json", 400, "malformed-body", ""),
                new Case("{\"roots\":[" + root + "],\"roots\":[]}", "application/json", 400, "malformed-body", ""),
                new Case("{\"roots\":[]}", "application/json", 400, "invalid-input", "at least one"),
                new Case("{}", "application/json", 400, "invalid-input", "at least one"),
                new Case("{\"roots\":[" + root + "]}", "text/plain", 415, "unsupported-media-type", "json"));
        for (Case c : cases) {
            HttpResponse<String> r = api.send(api.request("/api/v1/scans").header("Content-Type", c.contentType())
                    .POST(HttpRequest.BodyPublishers.ofString(c.body())).build());
            assertThat(r.statusCode()).as(c.body()).isEqualTo(c.status());
            assertThat(r.headers().firstValue("Content-Type")).as(c.body()).hasValue("application/problem+json");
            JsonNode p = json(r);
            assertThat(p.path("type").asText()).as(c.body()).isEqualTo("urn:cineorg:problem:" + c.type());
            assertThat(p.path("status").asInt()).isEqualTo(c.status());
            assertThat(p.path("detail").asText()).as(c.body()).contains(c.detail());
            assertThat(r.body()).doesNotContain("at com.", "Exception");
        }
        assertThat(json(api.get("/api/v1/jobs")).path("items")).isEmpty();
    }

    @Test
    void tooLargeBodiesAre413() {
        String huge = "{\"roots\":[\"" + "a".repeat((int) ApiSettings.DEFAULT_MAX_BODY_BYTES) + "\"]}";
        HttpResponse<String> r = api.post("/api/v1/scans", huge);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(json(r).path("type").asText()).isEqualTo("urn:cineorg:problem:body-too-large");

        HttpResponse<String> chunked = api.send(api.request("/api/v1/scans")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(huge.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .build());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(json(chunked).path("type").asText()).isEqualTo("urn:cineorg:problem:body-too-large");
    }

    @Test
    void docsPageIsSelfContainedAndOpen() {
        HttpResponse<String> r = api.send(HttpRequest.newBuilder(api.uri("/api/v1/docs")).build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                v -> assertThat(v).contains("connect-src 'self'"));
        assertThat(r.body()).contains("fetch(\"openapi.json\"").doesNotContain("http://", "https://", "<link",
                "src=");
    }

    @Test
    void jettyLevelErrorsAreProblemsToo() {
        String response = api.raw("GET /api/v1/media/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "X-Api-Key: " + KEY + "\r\nConnection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).contains("application/problem+json").contains("urn:cineorg:problem:")
                .doesNotContain("<html");

        String badHeader = api.raw("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(badHeader).startsWith("HTTP/1.1 400").contains("application/problem+json")
                .doesNotContain("<html");
    }

    @Test
    void securityHeadersOnEveryResponse() {
        HttpResponse<String> r = api.get("/api/v1/media");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).as("CORS is off by default").isEmpty();
    }

    static class Failing {
        static ApiFixture with(Path tmp, RuntimeException e) {
            return new ApiFixture(tmp, null, q -> {
                throw e;
            }, id -> {
                throw e;
            }, s -> s);
        }
    }

    @Test
    void unexpectedErrorsAre500WithALoggedIdAndNoDetails(@TempDir Path other) {
        try (ApiFixture failing = Failing.with(other, new IllegalStateException("secret internals at /db"))) {
            HttpResponse<String> r = failing.get("/api/v1/media");
            assertThat(r.statusCode()).isEqualTo(500);
            JsonNode p = json(r);
            assertThat(p.path("type").asText()).isEqualTo("urn:cineorg:problem:internal");
            assertThat(p.path("instance").asText()).startsWith("urn:cineorg:error:");
            String id = p.path("instance").asText().substring("urn:cineorg:error:".length());
            assertThat(p.path("detail").asText()).contains(id);
            assertThat(r.body()).doesNotContain("secret", "IllegalStateException", "at com.");
        }
    }

    @Test
    void domainErrorsMapByKind(@TempDir Path a, @TempDir Path b, @TempDir Path c) {
        try (ApiFixture storage = Failing.with(a, new StorageFailureException("disk /var/db is full"))) {
            HttpResponse<String> r = storage.get("/api/v1/media/1");
            assertThat(r.statusCode()).isEqualTo(500);
            assertThat(json(r).path("type").asText()).isEqualTo("urn:cineorg:problem:storage-failure");
            assertThat(r.body()).doesNotContain("/var/db");
        }
        try (ApiFixture provider = Failing.with(b,
                new ProviderUnavailableException("TMDB is rate-limiting", Duration.ofSeconds(30), null))) {
            HttpResponse<String> r = provider.get("/api/v1/media/1");
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(json(r).path("type").asText()).isEqualTo("urn:cineorg:problem:provider-unavailable");
        }
        try (ApiFixture notFound = Failing.with(c, new NotFoundException("no media file 1 in the catalog"))) {
            HttpResponse<String> r = notFound.get("/api/v1/media/1");
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(json(r).path("detail").asText()).isEqualTo("no media file 1 in the catalog");
        }
    }
}
