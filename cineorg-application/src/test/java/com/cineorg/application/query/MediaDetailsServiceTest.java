package com.cineorg.application.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cineorg.domain.error.NotFoundException;
import com.cineorg.domain.model.media.FileEntry;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.testing.InMemoryIdentificationStore;
import com.cineorg.domain.testing.InMemoryMediaCatalog;
import com.cineorg.domain.testing.InMemoryMediaInfoStore;
import com.cineorg.domain.testing.InMemoryOrganizeJournal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MediaDetailsServiceTest {
    private final InMemoryMediaCatalog catalog = new InMemoryMediaCatalog();
    private final MediaDetailsService service = new MediaDetailsService(new ComposedMediaDetailsReader(catalog,
            new InMemoryIdentificationStore(), new InMemoryMediaInfoStore(), new InMemoryOrganizeJournal()));

    @Test
    void aKnownIdGivesItsDetails() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        MediaFile f = MediaFile.discovered(new FileEntry(Path.of("/d/Heat.1995.mkv"), 1, now, null), null, now);
        catalog.saveAll(List.of(f));
        assertThat(service.details(f.requireId()).file().path()).isEqualTo(Path.of("/d/Heat.1995.mkv"));
    }

    @Test
    void anUnknownIdIsNotFoundWithTheIdInTheMessage() {
        assertThatThrownBy(() -> service.details(42)).isInstanceOf(NotFoundException.class)
                .hasMessage("no media file 42 in the catalog");
    }
}
