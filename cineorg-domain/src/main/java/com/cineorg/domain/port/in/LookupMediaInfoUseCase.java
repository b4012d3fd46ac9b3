package com.cineorg.domain.port.in;

import com.cineorg.domain.model.media.MediaInfo;
import java.util.Collection;
import java.util.Map;

/** The recorded media info of some files, for listings; files without any are absent. */
public interface LookupMediaInfoUseCase {
    LookupMediaInfoUseCase NONE = ids -> Map.of();

    Map<Long, MediaInfo> mediaInfo(Collection<Long> mediaFileIds);
}
