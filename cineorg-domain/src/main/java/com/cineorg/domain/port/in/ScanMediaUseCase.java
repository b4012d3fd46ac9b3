package com.cineorg.domain.port.in;

public interface ScanMediaUseCase {
    /**
     * Walks the roots, parses new and changed video files, attaches sidecars and stores the result.
     * One bad file never stops the scan; it is reported in {@link ScanReport#failures()}.
     *
     * @throws com.cineorg.domain.error.InvalidInputException when a root is missing or unreadable
     */
    ScanReport scan(ScanCommand command);
}
