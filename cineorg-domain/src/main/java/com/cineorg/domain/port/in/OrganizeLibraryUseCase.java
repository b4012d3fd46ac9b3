package com.cineorg.domain.port.in;

public interface OrganizeLibraryUseCase {
    /**
     * Settles what an interrupted run left pending, plans every parsed or identified video of the catalog into the
     * library, and (unless dry run) applies the plan through the journal. One bad file never stops the run.
     *
     * @throws com.cineorg.domain.error.InvalidInputException when the library is not a usable folder
     */
    OrganizeReport organize(OrganizeLibraryCommand command);
}
