package com.cineorg.domain.port.in;

import com.cineorg.domain.model.library.JournalEntry;
import java.util.List;

/** What organize did to one file over time, from the journal: each move, copy or link, with its run and state. */
public interface MediaHistoryUseCase {
    List<JournalEntry> history(long mediaFileId);
}
