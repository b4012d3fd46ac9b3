package com.cineorg.domain.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ItemFailureTest {
    @Test
    void theLineNamesThePathOnce() {
        assertThat(new ItemFailure(Path.of("/dl/x.mkv"), "probe failed: gone").describe())
                .isEqualTo("/dl/x.mkv: probe failed: gone");
        assertThat(new ItemFailure(Path.of("/dl/x.mkv"), "/dl/x.mkv: cannot hard-link into /lib").describe())
                .isEqualTo("/dl/x.mkv: cannot hard-link into /lib");
        assertThat(new ItemFailure(Path.of("/dl/x.mkv"), "/dl/x.mkv.srt: sidecar is gone").describe())
                .as("a reason about another file that merely starts alike keeps the file's own path in front")
                .isEqualTo("/dl/x.mkv: /dl/x.mkv.srt: sidecar is gone");
    }
}
