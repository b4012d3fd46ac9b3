package com.cineorg.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.cineorg.domain.error.NotFoundException;
import com.cineorg.domain.match.ScoredCandidate;
import com.cineorg.domain.model.identify.Identification;
import com.cineorg.domain.model.identify.Identification.Method;
import com.cineorg.domain.model.identify.Identification.Outcome;
import com.cineorg.domain.model.media.FileEntry;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.metadata.Candidate;
import com.cineorg.domain.model.metadata.Provider;
import com.cineorg.domain.port.in.MatchMediaCommand;
import com.cineorg.domain.port.in.MatchMediaUseCase;
import com.cineorg.domain.port.in.ReviewItem;
import com.cineorg.domain.port.in.SearchCandidatesQuery;
import com.cineorg.domain.port.in.SearchCandidatesUseCase;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The review prompt driven by scripted answers, as a person would type them. */
class InteractiveReviewTest {
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
    private final List<MatchMediaCommand> matched = new ArrayList<>();
    private final List<SearchCandidatesQuery> searched = new ArrayList<>();

    private final MatchMediaUseCase match = c -> {
        if (c.providerId().equals("404")) {
            throw new NotFoundException("no movie tmdb:404 on TMDB");
        }
        matched.add(c);
        return new Identification(c.mediaFileId(), Outcome.IDENTIFIED, Method.MANUAL, c.provider(), c.providerId(),
                MediaType.MOVIE, "Picked", 1995, 1.0, List.of(), List.of(), null, List.of(), T);
    };
    private final SearchCandidatesUseCase search = q -> {
        searched.add(q);
        return List.of(new ScoredCandidate(Candidate.movie(Provider.TMDB, "77", "Found By Title", 2001), 0.9, List.of()));
    };

    private static ReviewItem item(long id, String title) {
        MediaFile f = MediaFile.restore(id, Path.of("/dl/" + title + ".mkv"), 1, T, null,
                com.cineorg.domain.model.media.MediaStatus.NEEDS_REVIEW, null, null, List.of(), null, T);
        List<ScoredCandidate> ranked = List.of(
                new ScoredCandidate(Candidate.movie(Provider.TMDB, "949", "Heat", 1995), 0.8, List.of()),
                new ScoredCandidate(Candidate.movie(Provider.TMDB, "8487", "Heat", 1986), 0.7, List.of()));
        return new ReviewItem(f, new Identification(id, Outcome.NEEDS_REVIEW, Method.AUTO, null, null, MediaType.MOVIE,
                title, null, 0.8, List.of("best score 0.80 is below the threshold 0.85"), List.of(), null, ranked, T));
    }

    private int run(String typed, List<ReviewItem> items, StringWriter screen) throws Exception {
        return new InteractiveReview(match, search, new BufferedReader(new StringReader(typed)),
                new PrintWriter(screen, true)).resolve(items);
    }

    @Test
    void picksSkipsSearchesEntersIdsAndQuits() throws Exception {
        StringWriter screen = new StringWriter();
        int resolved = run(String.join("\n", "2", "s", "t", "Another Title", "1", "i", "tmdb:603", "q", ""),
                List.of(item(1, "Heat"), item(2, "Heat"), item(3, "Other"), item(4, "Fourth"), item(5, "Never")),
                screen);

        assertThat(resolved).isEqualTo(3);
        assertThat(matched).extracting(MatchMediaCommand::mediaFileId).containsExactly(1L, 3L, 4L);
        assertThat(matched).extracting(MatchMediaCommand::providerId).containsExactly("8487", "77", "603");
        assertThat(searched).singleElement().extracting(SearchCandidatesQuery::title).isEqualTo("Another Title");
        assertThat(screen.toString()).contains("[1/5]", "tmdb:949", "why: best score 0.80").contains("[5/5]");
    }

    @Test
    void aWrongAnswerAsksAgainAndAnErrorIsOneLine() throws Exception {
        StringWriter screen = new StringWriter();
        int resolved = run(String.join("\n", "9", "x", "i", "tmdb:404", "1", ""), List.of(item(1, "Heat")), screen);

        assertThat(resolved).isEqualTo(1);
        assertThat(screen.toString()).contains("no candidate 9").contains("  ?").contains("no movie tmdb:404 on TMDB");
        assertThat(matched).extracting(MatchMediaCommand::providerId).containsExactly("949");
    }

    @Test
    void endOfInputStopsQuietly() throws Exception {
        assertThat(run("", List.of(item(1, "Heat")), new StringWriter())).isZero();
        assertThat(matched).isEmpty();
    }
}
