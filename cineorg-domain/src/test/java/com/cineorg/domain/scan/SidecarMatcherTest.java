package com.cineorg.domain.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.cineorg.domain.model.media.FileEntry;
import com.cineorg.domain.model.media.Sidecar;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SidecarMatcherTest {
    private static FileEntry file(String path) {
        return new FileEntry(Path.of(path), 10, Instant.EPOCH, null);
    }

    @Test
    void assignKeepsMatchsOwnersAndOrderAndItsSignatureIsTheSidecarsSignature() {
        FileEntry e1 = file("/dl/Show.S01E01.mkv");
        FileEntry e2 = file("/dl/Show.S01E02.mkv");
        List<FileEntry> videos = List.of(e1, e2);
        List<FileEntry> sidecars = List.of(FileEntry.withoutAttributes(Path.of("/dl/Show.S01E02.fr.forced.srt")),
                file("/dl/Show.S01E01.en.srt"), file("/dl/Show.S01E01.nfo"));
        Map<String, List<FileEntry>> subs = Map.of("Show.S01E02", List.of(file("/dl/Subs/Show.S01E02/2_English.srt")));

        Map<Path, List<Sidecar>> matched = SidecarMatcher.match(videos, sidecars, subs);
        Map<Path, List<FileEntry>> assigned = SidecarMatcher.assign(videos, sidecars, subs);

        for (FileEntry v : videos) {
            List<Sidecar> expected = matched.get(v.path());
            assertThat(assigned.get(v.path())).extracting(FileEntry::path)
                    .containsExactlyElementsOf(expected.stream().map(Sidecar::path).toList());
            assertThat(SidecarMatcher.sidecarsOf(v, assigned.get(v.path()))).isEqualTo(expected);
            assertThat(SidecarMatcher.signatureOf(assigned.get(v.path())))
                    .isEqualTo(SidecarMatcher.signature(expected));
        }
        assertThat(matched.get(e2.path())).extracting(Sidecar::language).containsExactly("fr", "en");
        assertThat(SidecarMatcher.signatureOf(List.of())).isEqualTo(SidecarMatcher.signature(List.of()));
    }

    @Test
    void aSubtitleKeepsTheRegionOfItsLanguage() {
        assertThat(SidecarMatcher.toSidecar(file("/dl/Heat.1995.pt-BR.srt"), "heat.1995").language()).isEqualTo("pt-BR");
        Sidecar forced = SidecarMatcher.toSidecar(file("/dl/Heat.1995.en-us.forced.srt"), "heat.1995");
        assertThat(forced.language()).isEqualTo("en-US");
        assertThat(forced.flags()).containsExactly("forced");
        assertThat(SidecarMatcher.toSidecar(file("/dl/Heat.1995.por_BR.srt"), "heat.1995").language()).isEqualTo("pt-BR");
        assertThat(SidecarMatcher.toSidecar(file("/dl/Heat.1995.eng.sdh.srt"), "heat.1995").language()).isEqualTo("en");
        assertThat(SidecarMatcher.toSidecar(file("/dl/Heat.1995.pt.srt"), "heat.1995").language()).isEqualTo("pt");
        assertThat(SidecarMatcher.toSidecar(file("/dl/Subs/2_English.srt"), "heat.1995").language()).isEqualTo("en");
    }

    @Test
    void onlySidecarAndJunkNamesMaySkipTheirAttributes() {
        assertThat(MediaFileClassifier.attributesNotNeeded("Movie.en.srt")).isTrue();
        assertThat(MediaFileClassifier.attributesNotNeeded("Movie.nfo")).isTrue();
        assertThat(MediaFileClassifier.attributesNotNeeded("Thumbs.db")).isTrue();
        assertThat(MediaFileClassifier.attributesNotNeeded("Movie.mkv")).isFalse();
        assertThat(MediaFileClassifier.attributesNotNeeded("Movie.2001.1080p.DTS-HD.MA.5.1")).isFalse();
    }

    @Test
    void theSampleAndJunkShortcutsAgreeWithTheRules() {
        assertThat(MediaFileClassifier.isSample("movie-SAMPLE.mkv", "x", 1)).isTrue();
        assertThat(MediaFileClassifier.isSample("Samples.Of.Life.2001.mkv", "x", 1)).isFalse();
        assertThat(MediaFileClassifier.isSample("Movie.mkv", "Sample", 1)).isTrue();
        assertThat(MediaFileClassifier.isJunkFile("MOVIE.MKV.PART")).isTrue();
        assertThat(MediaFileClassifier.isJunkFile("THUMBS.DB")).isTrue();
        assertThat(MediaFileClassifier.isJunkFile("Movie.mkv")).isFalse();
        assertThat(MediaFileClassifier.extraKind("Movie-Trailer.mkv", "x")).isEqualTo("trailer");
        assertThat(MediaFileClassifier.extraKind("Movie.mkv", "x")).isNull();
    }
}
