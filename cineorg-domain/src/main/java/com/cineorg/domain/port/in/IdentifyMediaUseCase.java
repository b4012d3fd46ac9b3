package com.cineorg.domain.port.in;

public interface IdentifyMediaUseCase {
    /**
     * Identifies parsed files on the providers. A provider outage never fails the whole run: the files not yet
     * looked up stay as they were and the report says so.
     *
     * @throws com.cineorg.domain.error.InvalidInputException when no API key is configured (and not offline)
     */
    IdentifyReport identify(IdentifyCommand command);
}
