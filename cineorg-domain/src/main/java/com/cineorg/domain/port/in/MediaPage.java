package com.cineorg.domain.port.in;

import com.cineorg.domain.model.media.MediaFile;
import java.util.List;

/** One page of a filtered listing, with the total number of matching files. */
public record MediaPage(List<MediaFile> items, long total, int offset, int limit) {
    public MediaPage {
        items = List.copyOf(items);
    }
}
