package com.cineorg.domain.port.in;

import com.cineorg.domain.model.identify.Identification;
import java.util.Collection;
import java.util.Map;

/** The identifications of some files, for listings. */
public interface LookupIdentificationsUseCase {
    Map<Long, Identification> identifications(Collection<Long> mediaFileIds);
}
