package com.cineorg.domain.port.in;

import com.cineorg.domain.model.identify.Identification;

public interface MatchMediaUseCase {
    /**
     * @throws com.cineorg.domain.error.NotFoundException when the file or the provider id does not exist
     */
    Identification match(MatchMediaCommand command);
}
