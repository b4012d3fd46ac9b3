package com.cineorg.application.identify;

import com.cineorg.domain.error.InvalidInputException;
import com.cineorg.domain.match.CandidateScorer;
import com.cineorg.domain.match.MatchQuery;
import com.cineorg.domain.match.ScoredCandidate;
import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.metadata.Candidate;
import com.cineorg.domain.model.metadata.Provider;
import com.cineorg.domain.port.in.SearchCandidatesQuery;
import com.cineorg.domain.port.in.SearchCandidatesUseCase;
import com.cineorg.domain.port.out.MetadataProviderPort;
import java.util.List;

/** A search by hand, ranked like an automatic one (interactive review). */
public final class SearchCandidatesService implements SearchCandidatesUseCase {
    private final IdentifyMediaService identify;
    private final IdentifySettings settings;

    public SearchCandidatesService(IdentifyMediaService identify, IdentifySettings settings) {
        this.identify = identify;
        this.settings = settings;
    }

    @Override
    public List<ScoredCandidate> search(SearchCandidatesQuery q) {
        if (q.title() == null || q.title().isBlank()) {
            throw new InvalidInputException("give a title to search for");
        }
        boolean movie = q.type() != MediaType.EPISODE;
        Provider which = movie ? Provider.TMDB : (q.provider() != null ? q.provider() : settings.seriesProvider());
        MetadataProviderPort provider = identify.provider(which, false);
        List<Candidate> found = movie ? provider.searchMovies(q.title(), q.year(), settings.language())
                : provider.searchSeries(q.title(), q.year());
        MatchQuery query = new MatchQuery(q.title(), List.of(), q.year(), movie ? MediaType.MOVIE : MediaType.EPISODE);
        return new CandidateScorer().rank(query, found);
    }
}
