package com.cineorg.app.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.cineorg.domain.model.media.MediaInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Probes tiny real videos that ffmpeg makes on the spot (.ci/run installs ffmpeg). */
class ProbeMediaInfoAdapterIT {
    @TempDir
    Path dir;

    private Path ffmpeg() {
        Path ffmpeg = ProbeMediaInfoAdapter.find("ffmpeg", System.getenv("PATH"));
        assumeTrue(ffmpeg != null, "ffmpeg is not installed (apt-get install ffmpeg): media-info test skipped");
        return ffmpeg;
    }

    private Path makeVideo(String name, String size, double seconds) throws Exception {
        Path out = dir.resolve(name);
        Process p = new ProcessBuilder(ffmpeg().toString(), "-v", "error", "-f", "lavfi", "-i",
                "testsrc=size=" + size + ":rate=5", "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=8000",
                "-t", String.valueOf(seconds), "-c:v", "mpeg4", "-c:a", "aac", "-shortest", out.toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return out;
    }

    @Test
    void readsDurationResolutionAndCodecsOfARealFile() throws Exception {
        Path video = makeVideo("clip.mp4", "1280x720", 2);
        ProbeMediaInfoAdapter probe = ProbeMediaInfoAdapter.fromPath(System.getenv("PATH"));
        assumeTrue(probe.available(), "neither ffprobe nor mediainfo is installed");

        MediaInfo info = probe.probe(video).orElseThrow();

        assertThat(info.width()).isEqualTo(1280);
        assertThat(info.height()).isEqualTo(720);
        assertThat(info.screenSize()).isEqualTo("720p");
        assertThat(info.duration().toMillis()).isBetween(1500L, 2600L);
        assertThat(info.videoCodec()).isNotBlank();
        assertThat(info.audioCodecs()).containsExactly("AAC");
    }

    @Test
    void aFileThatIsNotAVideoGivesNothingAndNoError() throws Exception {
        Path fake = Files.writeString(dir.resolve("fake.mkv"), "not a video at all");
        ProbeMediaInfoAdapter probe = ProbeMediaInfoAdapter.fromPath(System.getenv("PATH"));
        assertThat(probe.probe(fake)).isEmpty();
    }

    @Test
    void withoutToolsEverythingIsEmpty() {
        ProbeMediaInfoAdapter none = ProbeMediaInfoAdapter.fromPath(dir.toString());
        assertThat(none.available()).isFalse();
        assertThat(none.describe()).isEmpty();
        assertThat(none.probe(dir.resolve("x.mkv"))).isEmpty();
    }
}
