package com.cineorg.adapter.api;

import static com.cineorg.adapter.api.ApiFixture.json;
import static com.cineorg.adapter.api.ApiFixture.touch;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Identify, review and match over HTTP, on the real identify services with a fake TMDB/TVDB provider. */
class IdentifyEndpointsIT {
    @TempDir
    Path tmp;

    ApiFixture api;

    @BeforeEach
    void start() {
        api = new ApiFixture(tmp);
        touch(api.downloads.resolve("Heat.1995.1080p.BluRay.x264-GRP.mkv"), 2048);
        touch(api.downloads.resolve("Heat.mkv"), 2048);
        HttpResponse<String> scan = api.post("/api/v1/scans",
                "{\"roots\":[" + ApiFixture.JSON.valueToTree(api.downloads.toString()) + "]}");
        assertThat(api.awaitJob(scan.headers().firstValue("Location").orElseThrow()).path("state").asText())
                .isEqualTo("succeeded");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private long idOf(String fileName) {
        for (JsonNode item : json(api.get("/api/v1/media?limit=1000")).path("items")) {
            if (item.path("path").asText().endsWith("/" + fileName)) {
                return item.path("id").asLong();
            }
        }
        throw new AssertionError("no media " + fileName);
    }

    private JsonNode identifyAll() {
        HttpResponse<String> accepted = api.post("/api/v1/identifications", "{\"all\":true}");
        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(json(accepted).path("kind").asText()).isEqualTo("identify");
        return api.awaitJob(accepted.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void identifyJobReviewsAndManualMatch() {
        JsonNode job = identifyAll();
        assertThat(job.path("state").asText()).isEqualTo("succeeded");
        JsonNode report = job.path("report");
        assertThat(report.path("files").asLong()).isEqualTo(2);
        assertThat(report.path("identified").asLong()).isEqualTo(1);
        assertThat(report.path("needsReview").asLong()).as("Heat without a year: two equal candidates").isEqualTo(1);

        long heat1995 = idOf("Heat.1995.1080p.BluRay.x264-GRP.mkv");
        JsonNode detail = json(api.get("/api/v1/media/" + heat1995));
        JsonNode identification = detail.path("identification");
        assertThat(identification.path("outcome").asText()).isEqualTo("identified");
        assertThat(identification.path("reference").asText()).isEqualTo("tmdb:949");
        assertThat(identification.path("title").asText()).isEqualTo("Heat");
        assertThat(identification.path("candidates").size()).isPositive();
        assertThat(identification.path("candidates").get(0).path("reference").asText()).isEqualTo("tmdb:949");

        JsonNode reviews = json(api.get("/api/v1/reviews"));
        assertThat(reviews.path("offset").asInt()).isZero();
        long heatNoYear = idOf("Heat.mkv");
        assertThat(reviews.path("items")).hasSize(1);
        JsonNode entry = reviews.path("items").get(0);
        assertThat(entry.path("media").path("id").asLong()).isEqualTo(heatNoYear);
        assertThat(entry.path("identification").path("outcome").asText()).isEqualTo("needs_review");
        assertThat(entry.path("identification").path("candidates").size()).isGreaterThanOrEqualTo(2);

        HttpResponse<String> matched = api.post("/api/v1/media/" + heatNoYear + "/match",
                "{\"provider\":\"tmdb\",\"id\":\"8487\"}");
        assertThat(matched.statusCode()).isEqualTo(200);
        JsonNode manual = json(matched);
        assertThat(manual.path("method").asText()).isEqualTo("manual");
        assertThat(manual.path("reference").asText()).isEqualTo("tmdb:8487");
        assertThat(manual.path("year").asInt()).isEqualTo(1986);
        assertThat(json(api.get("/api/v1/media/" + heatNoYear)).path("identification").path("reference").asText())
                .isEqualTo("tmdb:8487");
        assertThat(json(api.get("/api/v1/reviews")).path("items")).isEmpty();
    }

    @Test
    void identifyingChosenIdsOnly() {
        long heat1995 = idOf("Heat.1995.1080p.BluRay.x264-GRP.mkv");
        HttpResponse<String> accepted = api.post("/api/v1/identifications", "{\"ids\":[" + heat1995 + "]}");
        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode job = api.awaitJob(accepted.headers().firstValue("Location").orElseThrow());
        assertThat(job.path("report").path("files").asLong()).isEqualTo(1);
    }

    @Test
    void badIdentifyAndMatchRequestsAreProblems() {
        for (String body : List.of("{}", "{\"all\":false}", "{\"ids\":[]}", "{\"ids\":[1],\"all\":true}",
                "{\"ids\":[0]}", "{\"all\":true,\"seriesProvider\":\"imdb\"}")) {
            HttpResponse<String> r = api.post("/api/v1/identifications", body);
            assertThat(r.statusCode()).as(body).isEqualTo(400);
            assertThat(json(r).path("type").asText()).as(body).isEqualTo("urn:cineorg:problem:invalid-input");
        }
        for (String body : List.of("{\"ids\":[\"x\"]}", "{\"all\":\"yes\"}", "{\"all\":true,\"force\":true}")) {
            HttpResponse<String> r = api.post("/api/v1/identifications", body);
            assertThat(r.statusCode()).as(body).isEqualTo(400);
            assertThat(json(r).path("type").asText()).as(body).isEqualTo("urn:cineorg:problem:malformed-body");
        }
        long id = idOf("Heat.mkv");
        HttpResponse<String> unknownFile = api.post("/api/v1/media/9999/match", "{\"provider\":\"tmdb\",\"id\":\"949\"}");
        assertThat(unknownFile.statusCode()).isEqualTo(404);
        assertThat(json(unknownFile).path("type").asText()).isEqualTo("urn:cineorg:problem:not-found");
        HttpResponse<String> badProvider = api.post("/api/v1/media/" + id + "/match",
                "{\"provider\":\"imdb\",\"id\":\"tt0113277\"}");
        assertThat(badProvider.statusCode()).isEqualTo(400);
        HttpResponse<String> missingId = api.post("/api/v1/media/" + id + "/match", "{\"provider\":\"tmdb\"}");
        assertThat(missingId.statusCode()).isEqualTo(400);
        HttpResponse<String> unknownCandidate = api.post("/api/v1/media/" + id + "/match",
                "{\"provider\":\"tmdb\",\"id\":\"424242\"}");
        assertThat(unknownCandidate.statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/reviews?limit=0").statusCode()).isEqualTo(400);
    }
}
