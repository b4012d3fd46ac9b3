package com.cineorg.application.identify;

import com.cineorg.domain.error.NotFoundException;
import com.cineorg.domain.match.MatchDecision;
import com.cineorg.domain.match.ScoredCandidate;
import com.cineorg.domain.model.identify.Identification;
import com.cineorg.domain.model.identify.Identification.Method;
import com.cineorg.domain.model.identify.Identification.Outcome;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaStatus;
import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.metadata.MovieDetails;
import com.cineorg.domain.model.metadata.SeriesDetails;
import com.cineorg.domain.port.in.MatchMediaCommand;
import com.cineorg.domain.port.in.MatchMediaUseCase;
import com.cineorg.domain.port.out.IdentificationStorePort;
import com.cineorg.domain.port.out.MediaCatalogPort;
import com.cineorg.domain.port.out.MetadataProviderPort;
import java.time.Clock;
import java.util.List;

/** Sets a file's identity by hand (review resolution, `cineorg match`). */
public final class MatchMediaService implements MatchMediaUseCase {
    private final MediaCatalogPort catalog;
    private final IdentificationStorePort store;
    private final IdentifyMediaService identify;
    private final Clock clock;

    public MatchMediaService(MediaCatalogPort catalog, IdentificationStorePort store, IdentifyMediaService identify,
            Clock clock) {
        this.catalog = catalog;
        this.store = store;
        this.identify = identify;
        this.clock = clock;
    }

    @Override
    public Identification match(MatchMediaCommand command) {
        MediaFile file = catalog.findById(command.mediaFileId())
                .orElseThrow(() -> new NotFoundException("no media file " + command.mediaFileId() + " in the catalog"));
        MetadataProviderPort provider = identify.provider(command.provider(), false);
        String ref = command.provider().word() + ":" + command.providerId();
        Identification id;
        if (file.parsed().type() == MediaType.EPISODE) {
            SeriesDetails series = provider.seriesDetails(command.providerId())
                    .orElseThrow(() -> new NotFoundException("no series " + ref + " on " + command.provider().displayName()));
            ScoredCandidate best = new ScoredCandidate(series.candidate(), 1.0, List.of("matched by hand"));
            Identification auto = new EpisodeResolver(provider)
                    .episodes(file, new MatchDecision.Identified(best, List.of(best), "matched by hand"), clock.instant());
            id = new Identification(auto.mediaFileId(), Outcome.IDENTIFIED, Method.MANUAL, auto.provider(),
                    auto.providerId(), auto.type(), auto.title(), auto.year(), 1.0, auto.reasons(), auto.episodes(),
                    series.externalIds(), List.of(best), clock.instant());
        } else {
            MovieDetails movie = provider.movieDetails(command.providerId())
                    .orElseThrow(() -> new NotFoundException("no movie " + ref + " on " + command.provider().displayName()));
            ScoredCandidate best = new ScoredCandidate(movie.candidate(), 1.0, List.of("matched by hand"));
            id = new Identification(file.requireId(), Outcome.IDENTIFIED, Method.MANUAL, command.provider(),
                    command.providerId(), MediaType.MOVIE, movie.candidate().title(), movie.candidate().year(), 1.0,
                    List.of("matched by hand"), List.of(), movie.externalIds(), List.of(best), clock.instant());
        }
        file.advanceTo(MediaStatus.IDENTIFIED, null);
        store.saveAll(List.of(id));
        catalog.saveAll(List.of(file));
        return id;
    }
}
