package com.cineorg.application.query;

import com.cineorg.domain.port.in.ListMediaUseCase;
import com.cineorg.domain.port.in.MediaPage;
import com.cineorg.domain.port.in.MediaQuery;
import com.cineorg.domain.port.out.MediaCatalogPort;

public final class ListMediaService implements ListMediaUseCase {
    private final MediaCatalogPort catalog;

    public ListMediaService(MediaCatalogPort catalog) {
        this.catalog = catalog;
    }

    @Override
    public MediaPage list(MediaQuery query) {
        return catalog.list(query);
    }
}
