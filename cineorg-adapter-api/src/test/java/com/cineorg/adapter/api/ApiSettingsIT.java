package com.cineorg.adapter.api;

import static com.cineorg.adapter.api.ApiFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cineorg.application.query.ListMediaService;
import com.cineorg.application.query.MediaDetailsService;
import com.cineorg.domain.error.InvalidInputException;
import com.cineorg.domain.port.in.ScanMediaUseCase;
import com.cineorg.domain.testing.InMemoryMediaCatalog;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiSettingsIT {
    @TempDir
    Path tmp;

    private static ApiDependencies deps() {
        InMemoryMediaCatalog catalog = new InMemoryMediaCatalog();
        ScanMediaUseCase scan = command -> {
            throw new AssertionError("not called");
        };
        return ApiDependencies.builder().scanMedia(scan).listMedia(new ListMediaService(catalog))
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
    }

    @Test
    void defaultsAreLoopbackOnPort8642() {
        ApiSettings s = ApiSettings.defaults("k".repeat(20), List.of());
        assertThat(s.host()).isEqualTo("127.0.0.1");
        assertThat(s.port()).isEqualTo(8642);
        assertThat(s.corsOrigins()).isEmpty();
        assertThat(s.maxBodyBytes()).isEqualTo(64 * 1024);
    }

    @Test
    void refusesANonLoopbackAddressWithoutAKey() {
        ApiSettings open = ApiSettings.defaults(null, List.of()).withHost("0.0.0.0").withPort(0);
        assertThatThrownBy(() -> new ApiServer(deps(), open)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("without an API key");
        assertThat(new ApiServer(deps(), open.withHost("127.0.0.1")).app()).isNotNull();
        assertThat(new ApiServer(deps(), open.withHost("localhost")).app()).isNotNull();
        ApiSettings keyed = ApiSettings.defaults(ApiKeys.generate(), List.of()).withHost("0.0.0.0").withPort(0);
        assertThat(new ApiServer(deps(), keyed).app()).isNotNull();
    }

    @Test
    void rejectsBadSettings() {
        assertThatThrownBy(() -> ApiSettings.defaults("short", List.of())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ApiSettings.defaults("with a space in the key", List.of()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ApiSettings.defaults(null, List.of()).withPort(70_000))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ApiSettings.defaults(null, List.of(Path.of("relative"))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ApiSettings.defaults(null, List.of()).withMaxBodyBytes(0))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void dependenciesNameTheMissingUseCase() {
        assertThatThrownBy(() -> ApiDependencies.builder().build()).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("scanMedia");
    }

    @Test
    void toStringNeverShowsTheKey() {
        String key = ApiKeys.generate();
        assertThat(ApiSettings.defaults(key, List.of()).toString()).doesNotContain(key).contains("***");
    }

    @Test
    void generatedKeysAreLongAndDistinct() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String key = ApiKeys.generate();
            assertThat(key).hasSize(43).matches("[A-Za-z0-9_-]+");
            keys.add(key);
        }
        assertThat(keys).hasSize(100);
    }

    @Test
    void withoutAKeyOnlyLoopbackHostNamesAreAnswered() {
        try (ApiFixture api = new ApiFixture(tmp, null, null, null,
                s -> new ApiSettings(s.host(), 0, null, s.allowedRoots(), List.of(), s.maxBodyBytes(),
                        s.shutdownGrace()))) {
            HttpResponse<String> local = api.send(HttpRequest.newBuilder(api.uri("/api/v1/media")).build());
            assertThat(local.statusCode()).isEqualTo(200);
            String rebound = api.raw("GET /api/v1/media HTTP/1.1\r\nHost: evil.example:8642\r\n"
                    + "Connection: close\r\n\r\n");
            assertThat(rebound).startsWith("HTTP/1.1 401").contains("application/problem+json");
            String localhost = api.raw("GET /api/v1/media HTTP/1.1\r\nHost: localhost:8642\r\n"
                    + "Connection: close\r\n\r\n");
            assertThat(localhost).startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void corsAnswersOnlyConfiguredOrigins() {
        try (ApiFixture api = new ApiFixture(tmp, null, null, null,
                s -> s.withCorsOrigins(List.of("https://ui.example")))) {
            HttpResponse<String> preflight = api.send(HttpRequest.newBuilder(api.uri("/api/v1/media"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "https://ui.example")
                    .header("Access-Control-Request-Method", "GET")
                    .header("Access-Control-Request-Headers", "x-api-key").build());
            assertThat(preflight.statusCode()).isEqualTo(200);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://ui.example");

            HttpResponse<String> allowed = api.send(api.request("/api/v1/media")
                    .header("Origin", "https://ui.example").build());
            assertThat(allowed.statusCode()).isEqualTo(200);
            assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://ui.example");
            assertThat(json(allowed).path("total").asLong()).isZero();

            HttpResponse<String> other = api.send(api.request("/api/v1/media")
                    .header("Origin", "https://evil.example").build());
            assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }
}
