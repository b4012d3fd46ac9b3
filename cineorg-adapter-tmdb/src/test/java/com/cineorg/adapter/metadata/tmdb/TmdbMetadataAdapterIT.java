package com.cineorg.adapter.metadata.tmdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.cineorg.adapter.metadata.http.ResilienceSettings;
import com.cineorg.adapter.metadata.http.SharedHttpClient;
import com.cineorg.domain.error.ErrorKind;
import com.cineorg.domain.error.ProviderAuthenticationException;
import com.cineorg.domain.error.ProviderUnavailableException;
import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.metadata.Candidate;
import com.cineorg.domain.model.metadata.EpisodeInfo;
import com.cineorg.domain.model.metadata.ExternalId;
import com.cineorg.domain.model.metadata.MovieDetails;
import com.cineorg.domain.model.metadata.SeriesDetails;
import com.cineorg.fake.FakeCatalog;
import com.cineorg.fake.FakeProviderServer;
import com.cineorg.fake.Fault;
import com.cineorg.fake.RecordedRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TmdbMetadataAdapterIT {

    static FakeProviderServer fake;
    static final String KEY = FakeProviderServer.DEFAULT_TMDB_API_KEY;

    TmdbMetadataAdapter tmdb;

    @BeforeAll
    static void startFake() {
        fake = new FakeProviderServer(FakeCatalog.builtIn()).start();
    }

    @AfterAll
    static void stopFake() {
        fake.close();
    }

    @BeforeEach
    void freshAdapter() {
        fake.clearFaults();
        fake.resetRequests();
        tmdb = new TmdbMetadataAdapter(settings(KEY));
    }

    static TmdbSettings settings(String key) {
        return TmdbSettings.of(key).withBaseUrl(fake.tmdbBaseUrl())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
                .withResilience(ResilienceSettings.defaults(500)
                        .withRetries(3, Duration.ofMillis(10), Duration.ofMillis(40))
                        .withCircuit(4, 4, 50f, Duration.ofMinutes(1)));
    }

    @Test
    void searchSendsPathQueryAndApiKeyAndMapsResults() {
        List<Candidate> found = tmdb.searchMovies("Dune", 2021, "en-US");

        RecordedRequest request = fake.lastRequest();
        assertThat(request.path()).isEqualTo("/3/search/movie");
        assertThat(request.queryParam("query")).contains("Dune");
        assertThat(request.queryParam("year")).contains("2021");
        assertThat(request.queryParam("language")).contains("en-US");
        assertThat(request.queryParam("api_key")).contains(KEY);
        assertThat(request.authorization()).isNull();
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("438631");
            assertThat(c.type()).isEqualTo(MediaType.MOVIE);
            assertThat(c.year()).isEqualTo(2021);
            assertThat(c.popularity()).isGreaterThan(100);
        });
    }

    @Test
    void readAccessTokenGoesInTheAuthorizationHeader() {
        TmdbMetadataAdapter bearer = new TmdbMetadataAdapter(settings(FakeProviderServer.DEFAULT_TMDB_BEARER_TOKEN));

        List<Candidate> found = bearer.searchSeries("The Office", 2001);

        RecordedRequest request = fake.lastRequest();
        assertThat(request.authorization()).isEqualTo("Bearer " + FakeProviderServer.DEFAULT_TMDB_BEARER_TOKEN);
        assertThat(request.queryParam("api_key")).isEmpty();
        assertThat(request.queryParam("first_air_date_year")).contains("2001");
        assertThat(found).extracting(Candidate::id).containsExactly("2996");
    }

    @Test
    void aYearThatFindsNothingIsSearchedOnceMoreWithoutIt() {
        List<Candidate> found = tmdb.searchMovies("Heat", 1996, null);

        assertThat(found).extracting(Candidate::id).containsExactly("949", "33356");
        assertThat(fake.requestCount("/3/search/movie")).isEqualTo(2);
    }

    @Test
    void movieDetailsComeInOneCallWithAlternativeTitlesTranslationsAndIds() {
        MovieDetails amelie = tmdb.movieDetails("194").orElseThrow();

        assertThat(fake.requestCount("/3/movie/194")).isEqualTo(1);
        assertThat(fake.lastRequest().queryParam("append_to_response"))
                .contains("alternative_titles,external_ids,translations");
        assertThat(amelie.candidate().originalTitle()).isEqualTo("Le Fabuleux Destin d'Amélie Poulain");
        assertThat(amelie.candidate().alternativeTitles())
                .contains("Amelie from Montmartre", "Die fabelhafte Welt der Amélie");
        assertThat(amelie.externalIds().imdbId()).isEqualTo("tt0211915");
        assertThat(amelie.releaseDate()).isEqualTo(LocalDate.of(2001, 4, 25));
        assertThat(amelie.runtimeMinutes()).isEqualTo(122);
    }

    @Test
    void seriesDetailsListSeasonsAndTheTvdbId() {
        SeriesDetails office = tmdb.seriesDetails("2316").orElseThrow();

        assertThat(office.seasonNumbers()).containsExactly(0, 1, 2);
        assertThat(office.externalIds().tvdbId()).isEqualTo("73244");
        assertThat(office.candidate().alternativeTitles()).contains("The Office (US)");
        assertThat(office.candidate().year()).isEqualTo(2005);
    }

    @Test
    void seasonEpisodesIncludingSpecialsAndADailyShow() {
        List<EpisodeInfo> season1 = tmdb.seasonEpisodes("2316", 1).orElseThrow();
        List<EpisodeInfo> specials = tmdb.seasonEpisodes("2316", 0).orElseThrow();
        List<EpisodeInfo> daily = tmdb.seasonEpisodes("2224", 29).orElseThrow();

        assertThat(season1).hasSize(6).first()
                .isEqualTo(new EpisodeInfo(1, 1, null, "Pilot", LocalDate.of(2005, 3, 24)));
        assertThat(specials).extracting(EpisodeInfo::title).contains("The Accountants");
        assertThat(specials).allMatch(EpisodeInfo::isSpecial);
        assertThat(daily.get(5).airDate()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(fake.requestCount("/3/tv/2316/season/1")).isEqualTo(1);
    }

    @Test
    void absoluteOrderCountsAiredEpisodesAcrossSeasons() {
        List<EpisodeInfo> all = tmdb.absoluteEpisodes("46298").orElseThrow();

        assertThat(all).hasSize(25 + 12 + 22);
        assertThat(all.get(25)).satisfies(e -> {
            assertThat(e.absoluteNumber()).isEqualTo(26);
            assertThat(e.season()).isEqualTo(2);
            assertThat(e.episode()).isEqualTo(1);
        });
        assertThat(fake.requestCount("/3/tv/46298/season/0")).isZero();
    }

    @Test
    void findsByImdbAndTvdbIds() {
        assertThat(tmdb.findByExternalId(ExternalId.imdb("tt0386676")))
                .extracting(Candidate::id, Candidate::type).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "2316", MediaType.EPISODE));
        assertThat(fake.lastRequest().queryParam("external_source")).contains("imdb_id");
        assertThat(tmdb.findByExternalId(ExternalId.tvdb("78107"))).extracting(Candidate::id).containsExactly("2996");
        assertThat(tmdb.findByExternalId(ExternalId.imdb("tt0000001"))).isEmpty();
    }

    @Test
    void unknownIdsAreEmptyNotErrors() {
        assertThat(tmdb.movieDetails("99999999")).isEmpty();
        assertThat(tmdb.seriesDetails("99999999")).isEmpty();
        assertThat(tmdb.seasonEpisodes("2316", 9)).isEmpty();
        assertThat(tmdb.absoluteEpisodes("99999999")).isEmpty();
    }

    @Test
    void aRejectedKeyIsAClearErrorWithoutTheKeyAndWithoutRetries() {
        String wrongKey = "ffffffffffffffffffffffffffffffff";
        TmdbMetadataAdapter wrong = new TmdbMetadataAdapter(settings(wrongKey));

        Throwable thrown = catchThrowable(() -> wrong.searchMovies("Dune", null, null));

        assertThat(thrown).isInstanceOf(ProviderAuthenticationException.class)
                .hasMessage("TMDB rejected the API key (CINEORG_TMDB_API_KEY)");
        assertThat(((ProviderAuthenticationException) thrown).kind()).isEqualTo(ErrorKind.INVALID_INPUT);
        assertThat(fake.requestCount("/3/search/movie")).isEqualTo(1);
        assertThat(settings(wrongKey).toString()).doesNotContain(wrongKey);
    }

    @Test
    void a429WithRetryAfterInSecondsIsWaitedForAndRetried() {
        fake.failNext(1, Fault.rateLimited(Duration.ofSeconds(1)));
        long start = System.nanoTime();

        List<Candidate> found = tmdb.searchMovies("Alien", 1979, null);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(900));
        assertThat(found).extracting(Candidate::id).contains("348");
        assertThat(fake.requestCount("/3/search/movie")).isEqualTo(2);
    }

    @Test
    void a429WithRetryAfterAsAnHttpDateIsWaitedForAndRetried() {
        fake.failNext(1, Fault.rateLimitedUntilDate(Duration.ofSeconds(1)));
        long start = System.nanoTime();

        List<Candidate> found = tmdb.searchMovies("Aliens", 1986, null);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(900));
        assertThat(found).extracting(Candidate::id).contains("679");
        assertThat(fake.requestCount("/3/search/movie")).isEqualTo(2);
    }

    @Test
    void passing5xxAreRetriedWithBackoff() {
        fake.failNext(2, Fault.status(503));

        assertThat(tmdb.movieDetails("603")).map(d -> d.candidate().title()).contains("The Matrix");
        assertThat(fake.requestCount("/3/movie/603")).isEqualTo(3);
    }

    @Test
    void repeated5xxOpenTheCircuitSoTheDeadProviderFailsFast() {
        fake.failAlways(Fault.status(500));

        assertThatThrownBy(() -> tmdb.searchMovies("Dune", null, null))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageStartingWith("TMDB is unavailable: GET /search/movie failed after 4 attempts: HTTP 500");
        int afterFirst = fake.totalRequests();
        Throwable second = catchThrowable(() -> tmdb.searchMovies("Heat", null, null));

        assertThat(afterFirst).isEqualTo(4);
        assertThat(second).isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("TMDB is unavailable: too many failures");
        assertThat(((ProviderUnavailableException) second).retryAfter()).isPresent();
        assertThat(fake.totalRequests()).isEqualTo(afterFirst);
    }

    @Test
    void aTruncatedBodyIsRetriedAndReportedPlainlyWhenItPersists() {
        fake.failNext(1, Fault.truncatedBody());
        assertThat(tmdb.searchMovies("Gravity", null, null)).hasSize(2);

        fake.failAlways(Fault.truncatedBody());
        TmdbMetadataAdapter fresh = new TmdbMetadataAdapter(settings(KEY));
        Throwable thrown = catchThrowable(() -> fresh.searchMovies("Gravity", null, null));

        assertThat(thrown).isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("TMDB sent an unreadable or truncated JSON body for GET /search/movie")
                .hasMessageNotContaining("jackson").hasMessageNotContaining(KEY);
        assertThat(thrown.getMessage()).doesNotContain("\n");
    }

    @Test
    void anHtmlPageIsReportedAsSuch() {
        fake.failAlways(Fault.htmlBody(200));

        assertThatThrownBy(() -> tmdb.movieDetails("550")).isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("TMDB sent an HTML page instead of JSON");

        fake.clearFaults();
        fake.failAlways(Fault.htmlBody(502));
        TmdbMetadataAdapter fresh = new TmdbMetadataAdapter(settings(KEY));
        assertThatThrownBy(() -> fresh.movieDetails("550")).isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("HTTP 502").hasMessageNotContaining("<html");
    }

    @Test
    void aSlowAnswerPastTheReadTimeoutIsRetried() {
        TmdbMetadataAdapter impatient = new TmdbMetadataAdapter(settings(KEY)
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(200)));
        fake.failNext(1, Fault.slow(Duration.ofMillis(800)));

        assertThat(impatient.movieDetails("680")).map(d -> d.candidate().title()).contains("Pulp Fiction");
        assertThat(fake.requestCount("/3/movie/680")).isEqualTo(2);
    }

    @Test
    void atMostFifteenRequestsRunAtOnceAgainstOneHost() throws Exception {
        fake.failAlways(Fault.slow(Duration.ofMillis(200)));
        ExecutorService pool = Executors.newFixedThreadPool(40);
        try {
            List<Future<List<Candidate>>> futures = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                futures.add(pool.submit(() -> tmdb.searchMovies("Matrix", null, null)));
            }
            for (Future<List<Candidate>> f : futures) {
                assertThat(f.get()).isNotEmpty();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(fake.requestCount("/3/search/movie")).isEqualTo(40);
        assertThat(fake.maxConcurrentRequests()).isBetween(10, SharedHttpClient.MAX_REQUESTS_PER_HOST);
    }

    @Test
    void theKeyNeverAppearsInErrorsOrTheirCauses() {
        fake.failAlways(Fault.status(503));

        Throwable thrown = catchThrowable(() -> tmdb.searchMovies("Dune", null, null));

        for (Throwable t = thrown; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(KEY);
            assertThat(t.toString()).doesNotContain(KEY);
        }
    }
}
