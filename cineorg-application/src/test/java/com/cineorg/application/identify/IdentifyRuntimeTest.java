package com.cineorg.application.identify;

import static org.assertj.core.api.Assertions.assertThat;

import com.cineorg.domain.model.identify.Identification;
import com.cineorg.domain.model.media.FileEntry;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaInfo;
import com.cineorg.domain.model.metadata.MovieDetails;
import com.cineorg.domain.model.metadata.Provider;
import com.cineorg.domain.parse.ReleaseNameParser;
import com.cineorg.domain.port.in.IdentifyCommand;
import com.cineorg.domain.testing.InMemoryIdentificationStore;
import com.cineorg.domain.testing.InMemoryMediaCatalog;
import com.cineorg.domain.testing.InMemoryMediaInfoStore;
import com.cineorg.domain.testing.InMemoryMetadataCache;
import com.cineorg.domain.testing.InMemoryMetadataProvider;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The file's running time, once media info knows it, tips namesakes of the same year apart. */
class IdentifyRuntimeTest {
    private final InMemoryMediaCatalog catalog = new InMemoryMediaCatalog();
    private final InMemoryIdentificationStore store = new InMemoryIdentificationStore();
    private final InMemoryMediaInfoStore infos = new InMemoryMediaInfoStore();
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private final InMemoryMetadataProvider tmdb = new InMemoryMetadataProvider(Provider.TMDB);

    IdentifyRuntimeTest() {
        // the short is a little more popular: by popularity alone it would rank first
        MovieDetails feature = InMemoryMetadataProvider.movie(Provider.TMDB, "60935", "The Thing", 2011, 40);
        MovieDetails shortFilm = InMemoryMetadataProvider.movie(Provider.TMDB, "777", "The Thing", 2011, 44);
        tmdb.add(new MovieDetails(feature.candidate(), null, 103, null));
        tmdb.add(new MovieDetails(shortFilm.candidate(), null, 12, null));
    }

    private long add(String name, Duration duration) {
        MediaFile f = MediaFile.discovered(new FileEntry(Path.of("/dl/" + name), 1, clock.instant(), null), null,
                clock.instant());
        f.parsedAs(new ReleaseNameParser().parse(name));
        catalog.saveAll(List.of(f));
        if (duration != null) {
            infos.saveAll(Map.of(f.requireId(), new MediaInfo(duration, 1920, 800, "H.264", List.of())), clock.instant());
        }
        return f.requireId();
    }

    private Identification identify(long id, boolean withMediaInfo) {
        IdentifyMediaService service = new IdentifyMediaService(catalog, store, Map.of(Provider.TMDB, tmdb),
                new InMemoryMetadataCache(), IdentifySettings.defaults(), clock, withMediaInfo ? infos : null);
        service.identify(new IdentifyCommand(List.of(id), null, null, null, false, true, null));
        return store.find(id).orElseThrow();
    }

    @Test
    void aFeatureLengthFileRanksTheFeatureFirst() {
        long id = add("The.Thing.2011.1080p.BluRay.x264.mkv", Duration.ofMinutes(102).plusSeconds(40));

        Identification without = identify(id, false);
        Identification with = identify(id, true);

        assertThat(without.candidates().get(0).candidate().id()).isEqualTo("777");
        assertThat(with.candidates().get(0).candidate().id()).isEqualTo("60935");
        assertThat(with.candidates().get(0).reasons()).contains("runtime agrees (103 min for 103 min)");
        assertThat(with.candidates().get(1).reasons()).contains("runtime differs (12 min for 103 min)");
    }

    @Test
    void anUnknownDurationChangesNothing() {
        long id = add("The.Thing.2011.1080p.BluRay.x264.mkv", null);

        assertThat(identify(id, true).candidates().get(0).candidate().id()).isEqualTo("777");
    }
}
