package com.cineorg.adapter.api;

import static com.cineorg.adapter.api.ApiFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-written OpenAPI document must describe exactly the routes the server registered. */
class OpenApiDocumentIT {
    @TempDir
    Path tmp;

    @Test
    void documentedOperationsAreTheRegisteredRoutes() {
        try (ApiFixture api = new ApiFixture(tmp)) {
            HttpResponse<String> r = api.get("/api/v1/openapi.json");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("application/json"));
            JsonNode doc = json(r);
            assertThat(doc.path("openapi").asText()).isEqualTo("3.1.0");

            Set<String> documented = new HashSet<>();
            doc.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                    method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
            assertThat(api.server.registeredRoutes()).isNotEmpty();
            assertThat(documented).containsExactlyInAnyOrderElementsOf(api.server.registeredRoutes());

            doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                assertThat(op.getValue().path("operationId").asText()).as(path.getKey()).isNotEmpty();
                assertThat(op.getValue().path("responses").size()).as(path.getKey()).isPositive();
            }));
            assertThat(doc.path("paths").path("/api/v1/health").path("get").path("security")).isEmpty();
            assertThat(doc.at("/components/schemas/ScanRequest/additionalProperties").asBoolean(true)).isFalse();
        }
    }

    @Test
    void everySchemaReferenceResolves() {
        try (ApiFixture api = new ApiFixture(tmp)) {
            JsonNode doc = json(api.get("/api/v1/openapi.json"));
            Set<String> refs = new HashSet<>();
            collectRefs(doc, refs);
            assertThat(refs).isNotEmpty();
            for (String ref : refs) {
                assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
            }
        }
    }

    private static void collectRefs(JsonNode node, Set<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }
}
