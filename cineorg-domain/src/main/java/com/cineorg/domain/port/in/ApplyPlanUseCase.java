package com.cineorg.domain.port.in;

import com.cineorg.domain.model.library.OrganizePlan;

public interface ApplyPlanUseCase {
    /**
     * Applies a saved plan. Entries whose source changed since the plan was made (size or modification time), or
     * whose target is now taken, are refused and reported as failed; the others go on.
     */
    OrganizeReport apply(OrganizePlan plan, ApplyOptions options);
}
