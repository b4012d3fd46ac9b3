package com.cineorg.domain.model.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.cineorg.domain.model.media.MediaInfo;
import com.cineorg.domain.model.media.ParsedRelease;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityMediaInfoTest {
    private static ParsedRelease named(String screenSize, String source, String codec) {
        return ParsedRelease.builder().title("Heat").screenSize(screenSize).source(source).videoCodec(codec)
                .build();
    }

    @Test
    void theRealResolutionBeatsWhatTheNameClaims() {
        ParsedRelease claims1080 = named("1080p", "BluRay", "x264");
        MediaInfo reallySd = new MediaInfo(Duration.ofMinutes(100), 640, 360, "H.264", List.of("AAC"));
        ParsedRelease claims720 = named("720p", "BluRay", "x264");
        MediaInfo reallyHd = new MediaInfo(Duration.ofMinutes(100), 1920, 800, "H.264", List.of("AAC"));

        assertThat(Quality.of(claims1080).betterThan(Quality.of(claims720))).isTrue();
        assertThat(Quality.of(claims720, reallyHd).betterThan(Quality.of(claims1080, reallySd))).isTrue();
        assertThat(Quality.of(claims1080, reallySd).resolution()).isEqualTo(1);
    }

    @Test
    void unknownFactsFallBackToTheParse() {
        ParsedRelease p = named("1080p", "WEB-DL", "x265");
        assertThat(Quality.of(p, null)).isEqualTo(Quality.of(p));
        assertThat(Quality.of(p, new MediaInfo(null, null, null, null, List.of()))).isEqualTo(Quality.of(p));
        assertThat(Quality.of(named(null, null, null), new MediaInfo(null, 1280, 720, null, List.of())).known())
                .isTrue();
    }
}
