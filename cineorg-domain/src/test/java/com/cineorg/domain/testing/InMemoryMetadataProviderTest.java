package com.cineorg.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cineorg.domain.error.ProviderUnavailableException;
import com.cineorg.domain.model.metadata.Candidate;
import com.cineorg.domain.model.metadata.EpisodeInfo;
import com.cineorg.domain.model.metadata.Provider;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryMetadataProviderTest {

    private final InMemoryMetadataProvider tmdb = new InMemoryMetadataProvider(Provider.TMDB)
            .add(InMemoryMetadataProvider.movie(Provider.TMDB, "841", "Dune", 1984, 38))
            .add(InMemoryMetadataProvider.movie(Provider.TMDB, "438631", "Dune", 2021, 152, "Dune: Part One"))
            .add(InMemoryMetadataProvider.series(Provider.TMDB, "2316", "The Office", 2005, 200),
                    List.of(new EpisodeInfo(1, 1, null, "Pilot", LocalDate.of(2005, 3, 24)),
                            new EpisodeInfo(0, 1, null, "The Accountants", null)));

    @Test
    void searchesByWordsMostPopularFirstWithoutAlternativeTitles() {
        List<Candidate> found = tmdb.searchMovies("dune", null, null);

        assertThat(found).extracting(Candidate::id).containsExactly("438631", "841");
        assertThat(found.get(0).alternativeTitles()).isEmpty();
        assertThat(tmdb.searchMovies("Dune", 1984, null)).extracting(Candidate::id).containsExactly("841");
        assertThat(tmdb.calls("searchMovies")).isEqualTo(2);
    }

    @Test
    void servesSeasonsAndFailsOnDemand() {
        assertThat(tmdb.seasonEpisodes("2316", 1)).hasValueSatisfying(l -> assertThat(l).hasSize(1));
        assertThat(tmdb.seasonEpisodes("2316", 5)).isEmpty();

        tmdb.failWith(new ProviderUnavailableException("TMDB is unavailable: test"));

        assertThatThrownBy(() -> tmdb.searchSeries("Office", null)).isInstanceOf(ProviderUnavailableException.class);
    }
}
