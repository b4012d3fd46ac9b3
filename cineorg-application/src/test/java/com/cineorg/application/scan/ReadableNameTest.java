package com.cineorg.application.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadableNameTest {
    /** A path made of these exact bytes (percent-escaped), as a directory listing hands it over. */
    private static Path bytes(String rawUriPath) {
        return Path.of(URI.create("file://" + rawUriPath));
    }

    @Test
    void aLatin1NameIsReadAsWindows1252() {
        Path file = bytes("/dl/Caf%E9.2001.1080p.mkv");
        assertThat(file.toString()).contains("\uFFFD"); // what Java makes of the byte 0xE9
        assertThat(ReadableName.of(file, file.getFileName().toString())).isEqualTo("Café.2001.1080p.mkv");
    }

    @Test
    void onlyTheElementsThatAreNotUtf8AreReadAgain() {
        Path file = bytes("/dl/Am%C3%A9lie.2001/Am%E9lie.2001.1080p.mkv");
        String relative = Path.of("/dl").relativize(file).toString();
        assertThat(ReadableName.of(file, relative)).isEqualTo("Amélie.2001/Amélie.2001.1080p.mkv");
        // Windows-1252 beyond Latin-1: curly quote (0x92) and en dash (0x96)
        Path quoted = bytes("/dl/Schindler%92s.List.%96.1993.mkv");
        assertThat(ReadableName.of(quoted, quoted.getFileName().toString())).isEqualTo("Schindler’s.List.–.1993.mkv");
    }

    @Test
    void validNamesAreLeftAsTheyAre() {
        String text = "Amélie.2001/Amélie.2001.mkv";
        assertThat(ReadableName.of(Path.of("/dl", "Amélie.2001", "Amélie.2001.mkv"), text)).isSameAs(text);
    }

    @Test
    void theScanReadsTheRepairedNameFromTheRootDown() {
        Path file = bytes("/dl/Caf%E9.2001.1080p-GRP/Caf%E9.2001.1080p-GRP.mkv");
        assertThat(ScanMediaService.nameUnderRoot(file, List.of(Path.of("/dl"))))
                .isEqualTo("dl/Café.2001.1080p-GRP/Café.2001.1080p-GRP.mkv");
        assertThat(ScanMediaService.nameUnderRoot(file, List.of(Path.of("/elsewhere"))))
                .isEqualTo("Café.2001.1080p-GRP.mkv");
    }
}
