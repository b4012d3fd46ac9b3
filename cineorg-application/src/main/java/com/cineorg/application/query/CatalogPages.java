package com.cineorg.application.query;

import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaStatus;
import com.cineorg.domain.port.in.MediaPage;
import com.cineorg.domain.port.in.MediaQuery;
import com.cineorg.domain.port.out.MediaCatalogPort;
import java.util.List;
import java.util.function.Consumer;

/** Walks every catalog file of one status, a page of {@link MediaQuery#MAX_LIMIT} at a time, in id order. */
public final class CatalogPages {
    private CatalogPages() {}

    /** Calls {@code page} with each non-empty page of the files in {@code status} (all files when null). */
    public static void forEachPage(MediaCatalogPort catalog, MediaStatus status, Consumer<List<MediaFile>> page) {
        int offset = 0;
        while (true) {
            MediaPage p = catalog.list(new MediaQuery(status, null, null, offset, MediaQuery.MAX_LIMIT));
            if (p.items().isEmpty()) {
                return;
            }
            page.accept(p.items());
            offset += p.items().size();
            if (offset >= p.total()) {
                return;
            }
        }
    }
}
