package com.cineorg.domain.port.in;

import com.cineorg.domain.match.ScoredCandidate;
import java.util.List;

public interface SearchCandidatesUseCase {
    List<ScoredCandidate> search(SearchCandidatesQuery query);
}
