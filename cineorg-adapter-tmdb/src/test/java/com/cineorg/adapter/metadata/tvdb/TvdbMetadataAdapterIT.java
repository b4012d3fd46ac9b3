package com.cineorg.adapter.metadata.tvdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.cineorg.adapter.metadata.http.ResilienceSettings;
import com.cineorg.domain.error.ProviderAuthenticationException;
import com.cineorg.domain.error.ProviderUnavailableException;
import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.metadata.Candidate;
import com.cineorg.domain.model.metadata.EpisodeInfo;
import com.cineorg.domain.model.metadata.ExternalId;
import com.cineorg.domain.model.metadata.SeriesDetails;
import com.cineorg.fake.FakeCatalog;
import com.cineorg.fake.FakeProviderServer;
import com.cineorg.fake.Fault;
import com.cineorg.fake.RecordedRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TvdbMetadataAdapterIT {

    static FakeProviderServer fake;
    static final String KEY = FakeProviderServer.DEFAULT_TVDB_API_KEY;

    TvdbMetadataAdapter tvdb;

    @BeforeAll
    static void startFake() {
        fake = new FakeProviderServer(FakeCatalog.builtIn()).tvdbPageSize(10).start();
    }

    @AfterAll
    static void stopFake() {
        fake.close();
    }

    @BeforeEach
    void freshAdapter() {
        fake.clearFaults();
        fake.resetRequests();
        tvdb = new TvdbMetadataAdapter(settings(fake, KEY, null));
    }

    static TvdbSettings settings(FakeProviderServer server, String key, String pin) {
        return TvdbSettings.of(key, pin).withBaseUrl(server.tvdbBaseUrl())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
                .withResilience(ResilienceSettings.defaults(500)
                        .withRetries(3, Duration.ofMillis(10), Duration.ofMillis(40))
                        .withCircuit(4, 4, 50f, Duration.ofMinutes(1)));
    }

    @Test
    void logsInOnceThenSearchesWithTheBearerToken() {
        List<Candidate> first = tvdb.searchSeries("The Office", 2005);
        List<Candidate> second = tvdb.searchSeries("Breaking Bad", null);

        List<RecordedRequest> requests = fake.requests();
        assertThat(requests.get(0).method()).isEqualTo("POST");
        assertThat(requests.get(0).path()).isEqualTo("/v4/login");
        assertThat(requests.get(0).body()).contains("\"apikey\":\"" + KEY + "\"").doesNotContain("pin");
        assertThat(requests.get(1).path()).isEqualTo("/v4/search");
        assertThat(requests.get(1).authorization()).startsWith("Bearer fake-tvdb.");
        assertThat(requests.get(1).queryParam("query")).contains("The Office");
        assertThat(requests.get(1).queryParam("type")).contains("series");
        assertThat(requests.get(1).queryParam("year")).contains("2005");
        assertThat(fake.requestCount("/v4/login")).isEqualTo(1);
        assertThat(first).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("73244");
            assertThat(c.type()).isEqualTo(MediaType.EPISODE);
            assertThat(c.year()).isEqualTo(2005);
            assertThat(c.alternativeTitles()).contains("The Office (US)");
        });
        assertThat(second).extracting(Candidate::id).containsExactly("81189");
    }

    @Test
    void theTokenIsRenewedOnceWhenItExpires() {
        tvdb.searchSeries("Friends", null);
        fake.expireTvdbTokens();

        List<Candidate> found = tvdb.searchSeries("Friends", 1994);

        assertThat(found).extracting(Candidate::id).containsExactly("79168");
        assertThat(fake.requestCount("/v4/login")).isEqualTo(2);
        assertThat(fake.requestCount("/v4/search")).isEqualTo(3);
    }

    @Test
    void thePinIsSentWhenConfigured() {
        try (FakeProviderServer withPin = new FakeProviderServer(FakeCatalog.builtIn()).tvdbPin("4321").start()) {
            TvdbMetadataAdapter good = new TvdbMetadataAdapter(settings(withPin, KEY, "4321"));
            TvdbMetadataAdapter noPin = new TvdbMetadataAdapter(settings(withPin, KEY, null));

            assertThat(good.searchSeries("Game of Thrones", 2011)).extracting(Candidate::id).containsExactly("121361");
            assertThat(withPin.requests().get(0).body()).contains("\"pin\":\"4321\"");
            assertThat(catchThrowable(() -> noPin.searchSeries("Game of Thrones", 2011)))
                    .isInstanceOf(ProviderAuthenticationException.class);
        }
    }

    @Test
    void aRejectedKeyIsAClearErrorWithoutTheKey() {
        String wrongKey = "not-the-right-key";
        TvdbMetadataAdapter wrong = new TvdbMetadataAdapter(settings(fake, wrongKey, "9999"));

        Throwable thrown = catchThrowable(() -> wrong.searchSeries("Friends", null));

        assertThat(thrown).isInstanceOf(ProviderAuthenticationException.class)
                .hasMessage("TVDB rejected the API key (CINEORG_TVDB_API_KEY)");
        assertThat(fake.requestCount("/v4/search")).isZero();
        assertThat(settings(fake, wrongKey, "9999").toString()).doesNotContain(wrongKey).doesNotContain("9999");
    }

    @Test
    void seasonEpisodesFollowEveryPage() {
        List<EpisodeInfo> season1 = tvdb.seasonEpisodes("267440", 1).orElseThrow();

        assertThat(season1).hasSize(25);
        assertThat(season1.get(0).title()).startsWith("To You, in 2000 Years");
        assertThat(season1.get(0).airDate()).isEqualTo(LocalDate.of(2013, 4, 7));
        assertThat(fake.requestCount("/v4/series/267440/episodes/default")).isEqualTo(3);
        assertThat(fake.requests()).filteredOn(r -> r.path().endsWith("/episodes/default"))
                .extracting(r -> r.queryParam("page").orElseThrow()).containsExactly("0", "1", "2");
    }

    @Test
    void absoluteOrderForAnimeSkipsSpecials() {
        List<EpisodeInfo> all = tvdb.absoluteEpisodes("267440").orElseThrow();

        assertThat(all).hasSize(59);
        assertThat(all).extracting(EpisodeInfo::absoluteNumber).startsWith(1, 2, 3).endsWith(59);
        assertThat(all.get(25)).isEqualTo(new EpisodeInfo(2, 1, 26, "Episode 1", LocalDate.of(2017, 4, 1)));
        assertThat(all).noneMatch(EpisodeInfo::isSpecial);
    }

    @Test
    void seriesDetailsCarryIdsAliasesAndSeasons() {
        SeriesDetails office = tvdb.seriesDetails("73244").orElseThrow();

        assertThat(office.externalIds().imdbId()).isEqualTo("tt0386676");
        assertThat(office.externalIds().tmdbId()).isEqualTo("2316");
        assertThat(office.seasonNumbers()).containsExactly(0, 1, 2);
        assertThat(office.candidate().alternativeTitles()).contains("The Office (US)");
        assertThat(fake.lastRequest().queryParam("meta")).contains("translations");
    }

    @Test
    void findsByImdbId() {
        assertThat(tvdb.findByExternalId(ExternalId.imdb("tt0290978")))
                .extracting(Candidate::id).containsExactly("78107");
        assertThat(tvdb.findByExternalId(ExternalId.tvdb("81797"))).extracting(Candidate::title)
                .containsExactly("One Piece");
    }

    @Test
    void movieSearchUsesTheRequestedLanguage() {
        List<Candidate> found = tvdb.searchMovies("Amelie", 2001, "fr");

        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("Le Fabuleux Destin d'Amélie Poulain");
            assertThat(c.type()).isEqualTo(MediaType.MOVIE);
        });
        assertThat(fake.lastRequest().queryParam("type")).contains("movie");
    }

    @Test
    void unknownSeriesIsEmpty() {
        assertThat(tvdb.seriesDetails("999999")).isEmpty();
        assertThat(tvdb.seasonEpisodes("999999", 1)).isEmpty();
    }

    @Test
    void outagesBecomeProviderUnavailable() {
        tvdb.searchSeries("Friends", null);
        fake.failAlways(Fault.status(502).onPathsStartingWith("/v4/series"));

        Throwable thrown = catchThrowable(() -> tvdb.seriesDetails("79168"));

        assertThat(thrown).isInstanceOf(ProviderUnavailableException.class)
                .hasMessageStartingWith("TVDB is unavailable: ");
        assertThat(fake.requestCount("/v4/series/79168/extended")).isBetween(2, 4);
    }
}
