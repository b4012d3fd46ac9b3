package com.cineorg.adapter.api;

import com.cineorg.domain.port.in.IdentifyMediaUseCase;
import com.cineorg.domain.port.in.ListMediaUseCase;
import com.cineorg.domain.port.in.ListRunsUseCase;
import com.cineorg.domain.port.in.MatchMediaUseCase;
import com.cineorg.domain.port.in.MediaDetailsUseCase;
import com.cineorg.domain.port.in.OrganizeLibraryUseCase;
import com.cineorg.domain.port.in.ReviewQueueUseCase;
import com.cineorg.domain.port.in.ScanMediaUseCase;
import com.cineorg.domain.port.in.UndoRunUseCase;
import java.util.Objects;

/**
 * The inbound ports the API calls, one per use case; build it with {@link #builder()}. A new use case joins as one
 * more component here, with its controller in {@code adapter.api.library} and its rows in {@link ApiRoutes}.
 */
public record ApiDependencies(
        ScanMediaUseCase scanMedia,
        ListMediaUseCase listMedia,
        MediaDetailsUseCase mediaDetails,
        IdentifyMediaUseCase identifyMedia,
        ReviewQueueUseCase reviewQueue,
        MatchMediaUseCase matchMedia,
        OrganizeLibraryUseCase organizeLibrary,
        ListRunsUseCase listRuns,
        UndoRunUseCase undoRun) {
    public ApiDependencies {
        Objects.requireNonNull(scanMedia, "scanMedia");
        Objects.requireNonNull(listMedia, "listMedia");
        Objects.requireNonNull(mediaDetails, "mediaDetails");
        Objects.requireNonNull(identifyMedia, "identifyMedia");
        Objects.requireNonNull(reviewQueue, "reviewQueue");
        Objects.requireNonNull(matchMedia, "matchMedia");
        Objects.requireNonNull(organizeLibrary, "organizeLibrary");
        Objects.requireNonNull(listRuns, "listRuns");
        Objects.requireNonNull(undoRun, "undoRun");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every use case is required; {@link #build()} names the first one missing. */
    public static final class Builder {
        private ScanMediaUseCase scanMedia;
        private ListMediaUseCase listMedia;
        private MediaDetailsUseCase mediaDetails;
        private IdentifyMediaUseCase identifyMedia;
        private ReviewQueueUseCase reviewQueue;
        private MatchMediaUseCase matchMedia;
        private OrganizeLibraryUseCase organizeLibrary;
        private ListRunsUseCase listRuns;
        private UndoRunUseCase undoRun;

        private Builder() {}

        public Builder scanMedia(ScanMediaUseCase v) { this.scanMedia = v; return this; }
        public Builder listMedia(ListMediaUseCase v) { this.listMedia = v; return this; }
        public Builder mediaDetails(MediaDetailsUseCase v) { this.mediaDetails = v; return this; }
        public Builder identifyMedia(IdentifyMediaUseCase v) { this.identifyMedia = v; return this; }
        public Builder reviewQueue(ReviewQueueUseCase v) { this.reviewQueue = v; return this; }
        public Builder matchMedia(MatchMediaUseCase v) { this.matchMedia = v; return this; }
        public Builder organizeLibrary(OrganizeLibraryUseCase v) { this.organizeLibrary = v; return this; }
        public Builder listRuns(ListRunsUseCase v) { this.listRuns = v; return this; }
        public Builder undoRun(UndoRunUseCase v) { this.undoRun = v; return this; }

        public ApiDependencies build() {
            return new ApiDependencies(scanMedia, listMedia, mediaDetails, identifyMedia, reviewQueue, matchMedia,
                    organizeLibrary, listRuns, undoRun);
        }
    }
}
