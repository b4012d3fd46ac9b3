package com.cineorg.adapter.api;

import static com.cineorg.adapter.api.ApiFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paths in requests must resolve inside the allowed source and library folders. */
class ConfinementIT {
    @TempDir
    Path tmp;

    ApiFixture api;
    Path outside;

    @BeforeEach
    void start() throws IOException {
        api = new ApiFixture(tmp);
        outside = Files.createDirectories(tmp.resolve("outside")).toRealPath();
        ApiFixture.touch(outside.resolve("Secret.2001.mkv"), 2048);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private HttpResponse<String> scan(String root) {
        return api.post("/api/v1/scans", "{\"roots\":[" + ApiFixture.JSON.valueToTree(root) + "]}");
    }

    private void assertProblem(String root, int status, String type) {
        HttpResponse<String> r = scan(root);
        assertThat(r.statusCode()).as(root).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).as(root).hasValue("application/problem+json");
        JsonNode p = json(r);
        assertThat(p.path("type").asText()).as(root).isEqualTo("urn:cineorg:problem:" + type);
        assertThat(p.path("status").asInt()).isEqualTo(status);
    }

    @Test
    void foldersInsideTheRootsAreAccepted() throws IOException {
        Files.createDirectories(api.downloads.resolve("movies"));
        assertThat(scan(api.downloads.toString()).statusCode()).isEqualTo(202);
        assertThat(scan(api.downloads.resolve("movies").toString()).statusCode()).isEqualTo(202);
        assertThat(scan(api.library.toString()).statusCode()).isEqualTo(202);
        assertThat(scan(api.downloads + "/./movies/").statusCode()).isEqualTo(202);
    }

    @Test
    void foldersOutsideTheRootsAreForbidden() {
        assertProblem(outside.toString(), 403, "path-outside-roots");
        assertProblem("/", 403, "path-outside-roots");
        assertProblem("/etc", 403, "path-outside-roots");
        assertProblem(tmp.toString(), 403, "path-outside-roots");
    }

    @Test
    void aSiblingWithTheSamePrefixIsNotInside() throws IOException {
        Path evil = Files.createDirectories(tmp.resolve("lib-evil"));
        assertProblem(evil.toString(), 403, "path-outside-roots");
        assertProblem(tmp.resolve("lib-evil/not-there").toString(), 403, "path-outside-roots");
    }

    @Test
    void traversalIsRejected() {
        assertProblem(api.downloads + "/../outside", 400, "invalid-input");
        assertProblem(api.downloads + "/..", 400, "invalid-input");
        assertProblem(api.downloads + "/%2e%2e/outside", 400, "invalid-input");
        assertProblem(api.downloads + "/%2E%2E%2Foutside", 400, "invalid-input");
        assertProblem(api.downloads + "%2f..%2foutside", 400, "invalid-input");
        assertProblem(api.downloads + "/a%00b", 400, "invalid-input");
        assertProblem(api.downloads + "/a\u0000b", 400, "invalid-input");
        assertProblem("downloads/movies", 400, "invalid-input");
        assertProblem("", 400, "invalid-input");
        assertThat(api.catalog.all()).isEmpty();
    }

    @Test
    void symlinksThatEscapeAreForbidden() throws IOException {
        Path link = Files.createSymbolicLink(api.downloads.resolve("escape"), outside);
        assertProblem(link.toString(), 403, "path-outside-roots");
        assertProblem(link.resolve("deeper/not-yet").toString(), 403, "path-outside-roots");

        Path dangling = Files.createSymbolicLink(api.downloads.resolve("dangling"), tmp.resolve("gone"));
        assertProblem(dangling.toString(), 403, "path-outside-roots");
        assertProblem(dangling.resolve("child").toString(), 403, "path-outside-roots");

        Path inside = Files.createDirectories(api.downloads.resolve("real"));
        Path friendly = Files.createSymbolicLink(api.library.resolve("friendly"), inside);
        assertThat(scan(friendly.toString()).statusCode()).isEqualTo(202);
    }

    @Test
    void aNotYetExistingTargetIsCheckedThroughItsNearestExistingAncestor() {
        HttpResponse<String> r = scan(api.library.resolve("Movies/Heat (1995)").toString());
        assertThat(r.statusCode()).isEqualTo(202);
        assertProblem(outside.resolve("new/folder").toString(), 403, "path-outside-roots");
    }

    @Test
    void encodedTraversalInTheUrlIsAProblem() {
        for (String path : new String[] {"/api/v1/media/..%2F..%2Fetc%2Fpasswd", "/api/v1/media/%2e%2e",
                "/api/v1/media/%00", "/api/v1/media/1%2F2"}) {
            String response = api.raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Api-Key: " + ApiFixture.KEY
                    + "\r\nConnection: close\r\n\r\n");
            assertThat(response).as(path).startsWith("HTTP/1.1 400").contains("application/problem+json");
        }
    }
}
