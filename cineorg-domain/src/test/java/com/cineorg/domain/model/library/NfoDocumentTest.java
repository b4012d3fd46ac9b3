package com.cineorg.domain.model.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.media.ParsedRelease;
import java.util.List;
import org.junit.jupiter.api.Test;

class NfoDocumentTest {
    private static NamingData episodes(String title, Integer... numbers) {
        return NamingData.fromParsed(ParsedRelease.builder().type(MediaType.EPISODE).title("Friends").season(2)
                .episodes(List.of(numbers)).episodeTitle(title).container("mkv").build());
    }

    @Test
    void anEpisodeWithoutATitleIsEpisodeNNotTheShowsName() {
        String nfo = NfoDocument.render(episodes(null, 3));
        assertThat(nfo).contains("<title>Episode 3</title>", "<showtitle>Friends</showtitle>", "<season>2</season>",
                "<episode>3</episode>");
    }

    @Test
    void aMultiEpisodeFileHasOneBlockPerEpisodeAfterOneHeader() {
        String nfo = NfoDocument.render(episodes(null, 1, 2));
        assertThat(nfo.split("<\\?xml", -1)).hasSize(2);
        assertThat(nfo.split("<episodedetails>", -1)).hasSize(3);
        assertThat(nfo).contains("<title>Episode 1</title>", "<episode>1</episode>", "<title>Episode 2</title>",
                "<episode>2</episode>");
        // a joined title that does not split into one per episode stays whole in each block
        assertThat(NfoDocument.render(episodes("The One with Ross & Rachel", 1, 2, 3)).split(
                "<title>The One with Ross &amp; Rachel</title>", -1)).hasSize(4);
    }

    @Test
    void aShowDocumentNeedsAProviderIdAndMoviesHaveNone() {
        NamingData friends = episodes("Pilot", 1).withTitle("Friends", 1994);
        assertThat(NfoDocument.renderShow(friends)).isNull();
        String show = NfoDocument.renderShow(friends.withIds("1668", "79168", "tt0108778"));
        assertThat(show).contains("<tvshow>", "<title>Friends</title>", "<year>1994</year>",
                "<uniqueid type=\"tmdb\" default=\"true\">1668</uniqueid>", "<uniqueid type=\"tvdb\">79168</uniqueid>");
        NamingData movie = NamingData.fromParsed(ParsedRelease.builder().type(MediaType.MOVIE).title("Heat").year(1995)
                .container("mkv").build()).withIds("949", null, null);
        assertThat(NfoDocument.renderShow(movie)).isNull();
        assertThat(NfoDocument.render(movie)).contains("<movie>", "<uniqueid type=\"tmdb\" default=\"true\">949</uniqueid>");
    }
}
