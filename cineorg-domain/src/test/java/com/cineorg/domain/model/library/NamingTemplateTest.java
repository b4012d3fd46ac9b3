package com.cineorg.domain.model.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cineorg.domain.error.InvalidInputException;
import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.media.ParsedRelease;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamingTemplateTest {
    private static final Path LIB = Path.of("/lib");

    static Path render(NamingScheme scheme, ParsedRelease p, String ext) {
        NamingData data = NamingData.fromParsed(p);
        NamingTemplate.Rendered r = scheme.templateFor(data).render(data, ext);
        assertThat(r.missing()).isEmpty();
        Path out = LIB;
        for (List<NamingTemplate.Piece> c : r.components()) {
            out = out.resolve(NameSanitizer.standard().component(c, 255));
        }
        return out;
    }

    static ParsedRelease movie(String title, Integer year) {
        return ParsedRelease.builder().type(MediaType.MOVIE).title(title).year(year).build();
    }

    static ParsedRelease.Builder episode(String show, int season, Integer... episodes) {
        return ParsedRelease.builder().type(MediaType.EPISODE).title(show).season(season).episodes(List.of(episodes));
    }

    @Test
    void plexMovie() {
        assertThat(render(NamingScheme.PLEX, movie("Heat", 1995), "mkv"))
                .isEqualTo(Path.of("/lib/Movies/Heat (1995)/Heat (1995).mkv"));
    }

    @Test
    void movieWithoutYearDropsTheOptionalSegment() {
        assertThat(render(NamingScheme.PLEX, movie("Heat", null), "mkv"))
                .isEqualTo(Path.of("/lib/Movies/Heat/Heat.mkv"));
    }

    @Test
    void plexEditionAndPart() {
        ParsedRelease p = movie("Blade Runner", 1982).toBuilder().addEdition("Director's Cut").part(2).build();
        assertThat(render(NamingScheme.PLEX, p, "mkv")).isEqualTo(Path.of(
                "/lib/Movies/Blade Runner (1982) {edition-Director's Cut}/Blade Runner (1982) {edition-Director's Cut} - pt2.mkv"));
        assertThat(render(NamingScheme.JELLYFIN, p, "mkv")).isEqualTo(
                Path.of("/lib/Movies/Blade Runner (1982)/Blade Runner (1982) - Director's Cut - pt2.mkv"));
    }

    @Test
    void tvEpisodeWithTitle() {
        ParsedRelease p = episode("The Office", 1, 2).year(2005).episodeTitle("Diversity Day").build();
        assertThat(render(NamingScheme.PLEX, p, "mkv")).isEqualTo(Path.of(
                "/lib/TV Shows/The Office (2005)/Season 01/The Office (2005) - S01E02 - Diversity Day.mkv"));
    }

    @Test
    void multiEpisodeAndSpecials() {
        assertThat(render(NamingScheme.PLEX, episode("Lost", 1, 1, 2).build(), "mkv"))
                .isEqualTo(Path.of("/lib/TV Shows/Lost/Season 01/Lost - S01E01-E02.mkv"));
        assertThat(render(NamingScheme.JELLYFIN, episode("Lost", 0, 3).build(), "avi"))
                .isEqualTo(Path.of("/lib/TV Shows/Lost/Season 00/Lost - S00E03.avi"));
    }

    @Test
    void dateBasedShow() {
        ParsedRelease p = ParsedRelease.builder().type(MediaType.EPISODE).title("The Daily Show")
                .date(LocalDate.of(2024, 1, 15)).build();
        assertThat(render(NamingScheme.PLEX, p, "mp4")).isEqualTo(Path.of(
                "/lib/TV Shows/The Daily Show/Season 2024/The Daily Show - 2024-01-15.mp4"));
    }

    @Test
    void customTemplateWithOptionalResolutionAndExt() {
        NamingScheme s = NamingScheme.custom("Films/{title}[ - {resolution}].{ext}");
        assertThat(render(s, movie("Heat", 1995).toBuilder().screenSize("1080p").build(), "mkv"))
                .isEqualTo(Path.of("/lib/Films/Heat - 1080p.mkv"));
        assertThat(render(s, movie("Heat", 1995), "mkv")).isEqualTo(Path.of("/lib/Films/Heat.mkv"));
    }

    @Test
    void extensionIsAppendedWhenTheTemplateLeavesItOut() {
        NamingScheme s = NamingScheme.custom("{title} [{year}]");
        assertThat(render(s, movie("Heat", 1995), "mkv")).isEqualTo(Path.of("/lib/Heat 1995.mkv"));
    }

    @Test
    void missingRequiredTokenIsReported() {
        NamingTemplate t = NamingTemplate.parse("{title} ({year})");
        NamingTemplate.Rendered r = t.render(NamingData.fromParsed(movie("Heat", null)), "mkv");
        assertThat(r.complete()).isFalse();
        assertThat(r.missing()).containsExactly("year");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{title} {foo}|unknown token {foo} at column 9",
        "{title:00}|is not a number",
        "{season:xx}|bad format 'xx'",
        "{title|unclosed '{' at column 1",
        "[{title}|unclosed '[' at column 1",
        "{title}]|unexpected ']' at column 8",
        "[a [b]]|nested '['",
        "Movies: {title}|reserved",
        "/{title}|relative",
        "Movies|no required token"
    })
    void badTemplatesFailAtLoadTime(String template, String message) {
        assertThatThrownBy(() -> NamingTemplate.parse(template))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(message);
    }

    @Test
    void escapedBracesAreLiteral() {
        NamingTemplate t = NamingTemplate.parse("\\[{title}\\]");
        assertThat(render(new NamingScheme("x", t, t, t, null), movie("Heat", 1), "mkv"))
                .isEqualTo(Path.of("/lib/[Heat].mkv"));
    }
}
