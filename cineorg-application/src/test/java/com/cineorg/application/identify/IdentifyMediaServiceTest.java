package com.cineorg.application.identify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cineorg.domain.error.InvalidInputException;
import com.cineorg.domain.error.NotFoundException;
import com.cineorg.domain.error.ProviderUnavailableException;
import com.cineorg.domain.model.identify.Identification;
import com.cineorg.domain.model.media.FileEntry;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaStatus;
import com.cineorg.domain.model.metadata.EpisodeInfo;
import com.cineorg.domain.model.metadata.Provider;
import com.cineorg.domain.parse.ReleaseNameParser;
import com.cineorg.domain.port.in.IdentifyCommand;
import com.cineorg.domain.port.in.IdentifyReport;
import com.cineorg.domain.port.in.MatchMediaCommand;
import com.cineorg.domain.testing.InMemoryMetadataProvider;
import com.cineorg.domain.testing.InMemoryIdentificationStore;
import com.cineorg.domain.testing.InMemoryMediaCatalog;
import com.cineorg.domain.testing.InMemoryMetadataCache;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentifyMediaServiceTest {
    private final InMemoryMediaCatalog catalog = new InMemoryMediaCatalog();
    private final InMemoryIdentificationStore store = new InMemoryIdentificationStore();
    private final InMemoryMetadataCache cache = new InMemoryMetadataCache();
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private final InMemoryMetadataProvider tmdb = new InMemoryMetadataProvider(Provider.TMDB)
            .add(InMemoryMetadataProvider.movie(Provider.TMDB, "949", "Heat", 1995, 40))
            .add(InMemoryMetadataProvider.movie(Provider.TMDB, "25501", "Heat", 1986, 5))
            .add(InMemoryMetadataProvider.movie(Provider.TMDB, "8467", "Aliens", 1986, 30))
            .add(InMemoryMetadataProvider.movie(Provider.TMDB, "8077", "Alien 3", 1992, 20))
            .add(InMemoryMetadataProvider.series(Provider.TMDB, "1396", "Breaking Bad", 2008, 90), List.of(
                    new EpisodeInfo(1, 1, 1, "Pilot", LocalDate.of(2008, 1, 20)),
                    new EpisodeInfo(1, 2, 2, "Cat's in the Bag...", LocalDate.of(2008, 1, 27)),
                    new EpisodeInfo(1, 3, 3, "...And the Bag's in the River", LocalDate.of(2008, 2, 10))));

    private IdentifyMediaService service(Map<Provider, InMemoryMetadataProvider> providers) {
        return new IdentifyMediaService(catalog, store, Map.copyOf(providers), cache, IdentifySettings.defaults(),
                clock);
    }

    private long add(String name) {
        MediaFile f = MediaFile.discovered(new FileEntry(Path.of("/dl/" + name), 1, clock.instant(), null), null,
                clock.instant());
        f.parsedAs(new ReleaseNameParser().parse(name));
        catalog.saveAll(List.of(f));
        return f.requireId();
    }

    @Test
    void identifiesMoviesByTitleAndYearAndEpisodesWithTheirTitles() {
        long heat = add("Heat.1995.1080p.BluRay.x264-GRP.mkv");
        long pilot = add("Breaking.Bad.S01E01.720p.mkv");
        long second = add("Breaking.Bad.S01E02.720p.mkv");

        IdentifyReport report = service(Map.of(Provider.TMDB, tmdb)).identify(IdentifyCommand.all());

        assertThat(report.identified()).isEqualTo(3);
        Identification h = store.find(heat).orElseThrow();
        assertThat(h.reference()).isEqualTo("tmdb:949");
        assertThat(h.score()).isBetween(0.85, 1.0);
        assertThat(catalog.findById(heat).orElseThrow().status()).isEqualTo(MediaStatus.IDENTIFIED);
        assertThat(store.find(pilot).orElseThrow().episodes()).singleElement()
                .extracting(EpisodeInfo::title).isEqualTo("Pilot");
        assertThat(store.find(second).orElseThrow().episodes().get(0).title()).isEqualTo("Cat's in the Bag...");
        // one search per distinct title and one season call per (show, season)
        assertThat(tmdb.calls("searchMovies") + tmdb.calls("searchSeries")).isEqualTo(2);
        assertThat(tmdb.calls("seasonEpisodes")).isEqualTo(1);
    }

    @Test
    void aSecondRunOfTheSameQueriesAsksTheProviderNothing() {
        add("Heat.1995.mkv");
        service(Map.of(Provider.TMDB, tmdb)).identify(IdentifyCommand.all());
        int calls = tmdb.totalCalls();
        InMemoryMediaCatalog fresh = new InMemoryMediaCatalog();
        MediaFile again = MediaFile.discovered(new FileEntry(Path.of("/other/Heat.1995.mkv"), 1, clock.instant(), null),
                null, clock.instant());
        again.parsedAs(new ReleaseNameParser().parse("Heat.1995.mkv"));
        fresh.saveAll(List.of(again));

        IdentifyReport second = new IdentifyMediaService(fresh, store, Map.of(Provider.TMDB, tmdb), cache,
                IdentifySettings.defaults(), clock).identify(IdentifyCommand.all());
        assertThat(second.failures()).isEmpty();
        assertThat(second.identified()).as(second.toString()).isEqualTo(1);

        assertThat(tmdb.totalCalls()).isEqualTo(calls);
        assertThat(fresh.findById(again.requireId()).orElseThrow().status()).isEqualTo(MediaStatus.IDENTIFIED);
    }

    @Test
    void aTitleThatIsNotInTheCatalogGoesToReviewNeverToAGuess() {
        long unknown = add("Completely.Unknown.Film.2011.mkv");

        IdentifyReport report = service(Map.of(Provider.TMDB, tmdb)).identify(IdentifyCommand.all());

        assertThat(report.needsReview()).isEqualTo(1);
        assertThat(catalog.findById(unknown).orElseThrow().status()).isEqualTo(MediaStatus.NEEDS_REVIEW);
        assertThat(new ReviewQueueService(catalog, store).reviews(0, 10)).singleElement()
                .satisfies(r -> assertThat(r.identification().reasons()).isNotEmpty());
    }

    @Test
    void withoutAKeyTheErrorNamesTheSetting() {
        add("Heat.1995.mkv");
        assertThatThrownBy(() -> service(Map.of()).identify(IdentifyCommand.all()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("CINEORG_TMDB_API_KEY");
    }

    @Test
    void offlineTakesTitleAndYearFromTheName() {
        long heat = add("Heat.1995.1080p.mkv");
        IdentifyReport report = service(Map.of()).identify(
                new IdentifyCommand(List.of(), null, null, null, true, false, null));
        assertThat(report.identified()).isEqualTo(1);
        Identification h = store.find(heat).orElseThrow();
        assertThat(h.method()).isEqualTo(Identification.Method.OFFLINE);
        assertThat(h.title()).isEqualTo("Heat");
        assertThat(h.year()).isEqualTo(1995);
    }

    @Test
    void offlineNamesARemakeWithTheCountryItsNameGives() {
        long us = add("The.Office.US.S01E01.Pilot.720p.WEB-DL.x264-GRP.mkv");
        long uk = add("The.Office.UK.S01E01.Downsizing.DVDRip.XviD-GRP.mkv");
        long plain = add("Friends.S01E01.720p.BluRay.x264-GRP.mkv");
        service(Map.of()).identify(new IdentifyCommand(List.of(), null, null, null, true, false, null));
        assertThat(store.find(us).orElseThrow().title()).isEqualTo("The Office (US)");
        assertThat(store.find(uk).orElseThrow().title()).isEqualTo("The Office (UK)");
        assertThat(store.find(plain).orElseThrow().title()).isEqualTo("Friends");
        Identification usId = store.find(us).orElseThrow();
        assertThat(com.cineorg.domain.model.library.NamingData.from(catalog.findById(us).orElseThrow().parsed(), usId)
                .show()).isEqualTo("The Office (US)");
    }

    @Test
    void offlineKeepsADailyShowDateBasedWithNoInventedEpisode() {
        long daily = add("The.Daily.Show.2011.11.15.Guest.720p.HDTV.x264.mkv");
        service(Map.of()).identify(new IdentifyCommand(List.of(), null, null, null, true, false, null));
        Identification d = store.find(daily).orElseThrow();
        assertThat(d.title()).isEqualTo("The Daily Show");
        assertThat(d.episodes()).isEmpty();
        assertThat(com.cineorg.domain.model.library.NamingData.from(
                catalog.findById(daily).orElseThrow().parsed(), d).dateBased()).isTrue();
    }

    @Test
    void aProviderOutageLeavesFilesAsTheyWereAndSaysSo() {
        long heat = add("Heat.1995.mkv");
        tmdb.failWith(new ProviderUnavailableException("TMDB is unavailable (HTTP 503)"));

        IdentifyReport report = service(Map.of(Provider.TMDB, tmdb)).identify(IdentifyCommand.all());

        assertThat(report.providerUnavailable()).contains("unavailable");
        assertThat(report.notAttempted()).isEqualTo(1);
        assertThat(catalog.findById(heat).orElseThrow().status()).isEqualTo(MediaStatus.PARSED);
    }

    @Test
    void matchByHandSetsTheIdentity() {
        long file = add("Some.Name.2020.mkv");
        IdentifyMediaService identify = service(Map.of(Provider.TMDB, tmdb));
        Identification id = new MatchMediaService(catalog, store, identify, clock)
                .match(MatchMediaCommand.parse(file, "tmdb:8467"));
        assertThat(id.title()).isEqualTo("Aliens");
        assertThat(id.method()).isEqualTo(Identification.Method.MANUAL);
        assertThat(catalog.findById(file).orElseThrow().status()).isEqualTo(MediaStatus.IDENTIFIED);
        assertThatThrownBy(() -> new MatchMediaService(catalog, store, identify, clock)
                .match(MatchMediaCommand.parse(file, "tmdb:999999"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> MatchMediaCommand.parse(file, "imdb-603")).isInstanceOf(InvalidInputException.class);
    }
}
