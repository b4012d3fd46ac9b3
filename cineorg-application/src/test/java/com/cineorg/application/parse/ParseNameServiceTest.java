package com.cineorg.application.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.media.ParsedRelease;
import com.cineorg.domain.parse.ReleaseNameParser;
import org.junit.jupiter.api.Test;

class ParseNameServiceTest {
    private final ParseNameService service = new ParseNameService(new ReleaseNameParser());

    @Test
    void parsesANameWithTheReleaseNameParser() {
        ParsedRelease p = service.parse("Show Name/Season 02/05 - Title of Episode.mkv");

        assertThat(p.type()).isEqualTo(MediaType.EPISODE);
        assertThat(p.title()).isEqualTo("Show Name");
        assertThat(p.season()).isEqualTo(2);
        assertThat(p.episode()).isEqualTo(5);
        assertThat(p.episodeTitle()).isEqualTo("Title of Episode");
    }

    @Test
    void aNullNameIsReadAsEmpty() {
        ParsedRelease p = service.parse(null);

        assertThat(p.hasTitle()).isFalse();
        assertThat(p.type()).isEqualTo(MediaType.UNKNOWN);
    }
}
