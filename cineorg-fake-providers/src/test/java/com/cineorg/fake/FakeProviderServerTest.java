package com.cineorg.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeProviderServerTest {

    static FakeProviderServer fake;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();
    static final String KEY = "api_key=" + FakeProviderServer.DEFAULT_TMDB_API_KEY;

    @BeforeAll
    static void start() {
        fake = new FakeProviderServer(FakeCatalog.builtIn()).tvdbPageSize(10).start();
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @BeforeEach
    void reset() {
        fake.clearFaults();
        fake.rateLimit(0);
        fake.resetRequests();
    }

    @Test
    void tmdbSearchIsWordBasedAndSortedByPopularity() throws Exception {
        HttpResponse<String> r = get(fake.tmdbBaseUrl() + "/search/movie?query=dune&" + KEY);

        JsonNode body = JSON.readTree(r.body());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(body.get("results")).extracting(n -> n.get("id").asInt()).containsExactly(693134, 438631, 841);
        assertThat(body.get("total_results").asInt()).isEqualTo(3);
        assertThat(fake.requestCount("/3/search/movie")).isEqualTo(1);
    }

    @Test
    void tmdbSearchFiltersByYearAndFindsOriginalTitles() throws Exception {
        JsonNode year = JSON.readTree(get(fake.tmdbBaseUrl() + "/search/movie?query=Dune&primary_release_year=1984&"
                + KEY).body());
        JsonNode original = JSON.readTree(get(fake.tmdbBaseUrl()
                + "/search/movie?query=fabuleux%20destin%20amelie&" + KEY).body());
        JsonNode sequel = JSON.readTree(get(fake.tmdbBaseUrl() + "/search/movie?query=alien%203&" + KEY).body());

        assertThat(year.get("results")).extracting(n -> n.get("id").asInt()).containsExactly(841);
        assertThat(original.get("results").get(0).get("original_title").asText())
                .isEqualTo("Le Fabuleux Destin d'Amélie Poulain");
        assertThat(sequel.get("results")).extracting(n -> n.get("id").asInt()).contains(8077);
    }

    @Test
    void tmdbAnswersErrorBodiesWithRealStatusCodes() throws Exception {
        HttpResponse<String> badKey = get(fake.tmdbBaseUrl() + "/search/movie?query=x&api_key=wrong");
        HttpResponse<String> missing = get(fake.tmdbBaseUrl() + "/movie/99999999?" + KEY);
        HttpResponse<String> noRoute = get(fake.tmdbBaseUrl() + "/collection/10?" + KEY);

        assertThat(badKey.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(badKey.body()).get("status_code").asInt()).isEqualTo(7);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).get("success").asBoolean()).isFalse();
        assertThat(noRoute.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(noRoute.body()).get("status_code").asInt()).isEqualTo(34);
    }

    @Test
    void rateLimitAnswers429WithRetryAfter() throws Exception {
        fake.rateLimit(2);
        int limited = 0;
        String retryAfter = null;
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> r = get(fake.tmdbBaseUrl() + "/search/movie?query=heat&" + KEY);
            if (r.statusCode() == 429) {
                limited++;
                retryAfter = r.headers().firstValue("Retry-After").orElse(null);
            }
        }

        assertThat(limited).isGreaterThanOrEqualTo(2);
        assertThat(retryAfter).isEqualTo("1");
        assertThat(fake.rateLimitedRequests()).isEqualTo(limited);
    }

    @Test
    void faultsAreInjectedOnDemand() throws Exception {
        fake.failNext(1, Fault.htmlBody(502)).failNext(1, Fault.truncatedBody());

        HttpResponse<String> html = get(fake.tmdbBaseUrl() + "/search/movie?query=heat&" + KEY);
        HttpResponse<String> truncated = get(fake.tmdbBaseUrl() + "/search/movie?query=heat&" + KEY);
        HttpResponse<String> fine = get(fake.tmdbBaseUrl() + "/search/movie?query=heat&" + KEY);

        assertThat(html.statusCode()).isEqualTo(502);
        assertThat(html.body()).startsWith("<!DOCTYPE html>");
        assertThat(truncated.body()).startsWith("{").doesNotEndWith("}");
        assertThat(JSON.readTree(fine.body()).get("results").size()).isEqualTo(2);
    }

    @Test
    void slowAnswersArriveLate() throws Exception {
        fake.failNext(1, Fault.slow(Duration.ofMillis(300)));
        long start = System.nanoTime();

        HttpResponse<String> r = get(fake.tmdbBaseUrl() + "/movie/603?" + KEY);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(JSON.readTree(r.body()).get("title").asText()).isEqualTo("The Matrix");
    }

    @Test
    void tvdbLoginEpisodesPagingAndExpiry() throws Exception {
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(fake.tvdbBaseUrl() + "/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"apikey\":\"" + FakeProviderServer.DEFAULT_TVDB_API_KEY
                        + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        String token = JSON.readTree(login.body()).get("data").get("token").asText();

        JsonNode page0 = JSON.readTree(get(fake.tvdbBaseUrl() + "/series/267440/episodes/default?page=0&season=1",
                token).body());
        JsonNode page2 = JSON.readTree(get(fake.tvdbBaseUrl() + "/series/267440/episodes/default?page=2&season=1",
                token).body());
        fake.expireTvdbTokens();
        HttpResponse<String> expired = get(fake.tvdbBaseUrl() + "/series/267440/extended", token);

        assertThat(page0.get("data").get("episodes")).hasSize(10);
        assertThat(page0.get("links").get("next").asText()).endsWith("page=1&season=1");
        assertThat(page0.get("links").get("total_items").asInt()).isEqualTo(25);
        assertThat(page2.get("data").get("episodes")).hasSize(5);
        assertThat(page2.get("links").get("next").isNull()).isTrue();
        assertThat(page0.get("data").get("episodes").get(0).get("name").asText()).startsWith("To You, in 2000 Years");
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(expired.body()).get("status").asText()).isEqualTo("failure");
    }

    @Test
    void syntheticCatalogHasDistinctTitles() {
        FakeCatalog catalog = FakeCatalog.synthetic(1000, 7);

        assertThat(catalog.movies()).hasSize(1000);
        assertThat(catalog.movies().stream().map(FakeCatalog.Movie::title).distinct()).hasSize(1000);
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String url, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
