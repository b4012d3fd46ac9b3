package com.cineorg.domain.port.in;

import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.metadata.Provider;

/** A search by hand (interactive review): another title or year than the name gave. */
public record SearchCandidatesQuery(MediaType type, String title, Integer year, Provider provider) {}
