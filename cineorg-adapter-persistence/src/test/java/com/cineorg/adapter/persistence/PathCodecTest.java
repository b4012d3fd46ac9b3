package com.cineorg.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathCodecTest {
    @Test
    void plainAsciiIsEncodedExactlyAsPathToUri() {
        for (char c = 1; c < 128; c++) {
            if (c == '/') {
                continue;
            }
            Path p = Path.of("/no/such/dir/a" + c + "b.mkv");
            assertThat(PathCodec.location(p)).as("char %d", (int) c).isEqualTo(p.toUri().toString());
            assertThat(PathCodec.restore(PathCodec.location(p), PathCodec.display(p))).isEqualTo(p);
        }
    }

    @Test
    void namesThatAreNotAsciiKeepTheirExactBytes() {
        for (String uri : new String[] {"file:///lib/bad%FF%FEname.mkv", "file:///lib/Am%C3%A9lie.mkv",
                "file:///lib/Ame%CC%81lie.mkv", "file:///lib/%E6%97%A5%E6%9C%AC.mkv"}) {
            Path p = Path.of(URI.create(uri));
            assertThat(PathCodec.location(p)).isEqualTo(uri);
            Path back = PathCodec.restore(PathCodec.location(p), PathCodec.display(p));
            assertThat(back).isEqualTo(p);
            assertThat(back.toUri().toString()).isEqualTo(uri);
        }
    }

    @Test
    void anExistingFolderHasNoTrailingSlash(@TempDir Path dir) {
        assertThat(PathCodec.location(dir)).isEqualTo(dir.toUri().toString().replaceAll("/$", ""));
        assertThat(PathCodec.location(Path.of("/"))).isEqualTo("file:///");
    }

    @Test
    void theSubtreeRangeHoldsChildrenButNotSiblingsWithTheSamePrefix() {
        String[] range = PathCodec.subtree(Path.of("/lib"));
        assertThat(range[0]).isEqualTo("file:///lib");
        String child = PathCodec.location(Path.of("/lib/a.mkv"));
        String evil = PathCodec.location(Path.of("/lib-evil/a.mkv"));
        String deeper = PathCodec.location(Path.of("/lib0/a.mkv"));
        assertThat(child.compareTo(range[1]) >= 0 && child.compareTo(range[2]) < 0).isTrue();
        assertThat(evil.compareTo(range[1]) >= 0 && evil.compareTo(range[2]) < 0).isFalse();
        assertThat(deeper.compareTo(range[1]) >= 0 && deeper.compareTo(range[2]) < 0).isFalse();
    }
}
