package com.cineorg.domain.testing;

import com.cineorg.domain.port.out.OrganizeJournalPort;

class InMemoryOrganizeJournalTest extends OrganizeJournalContract {
    @Override
    protected OrganizeJournalPort emptyJournal() {
        return new InMemoryOrganizeJournal();
    }
}
