package com.cineorg.adapter.api;

import com.cineorg.domain.port.in.ListMediaUseCase;
import com.cineorg.domain.port.in.ScanMediaUseCase;
import com.cineorg.domain.port.in.ShowMediaUseCase;
import java.util.Objects;

/**
 * The inbound ports the API calls. Each new use case (identify, review and match, organize, history and undo) joins
 * as one more component here, with its controller in {@code adapter.api.library} and its routes in
 * {@link ApiRoutes}.
 */
public record ApiDependencies(ScanMediaUseCase scanMedia, ListMediaUseCase listMedia, ShowMediaUseCase showMedia) {
    public ApiDependencies {
        Objects.requireNonNull(scanMedia, "scanMedia");
        Objects.requireNonNull(listMedia, "listMedia");
        Objects.requireNonNull(showMedia, "showMedia");
    }
}
