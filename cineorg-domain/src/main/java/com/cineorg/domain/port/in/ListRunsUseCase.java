package com.cineorg.domain.port.in;

import com.cineorg.domain.model.library.OrganizeRun;
import java.util.List;

public interface ListRunsUseCase {
    /** Every organize run, newest first. */
    List<OrganizeRun> listRuns();
}
