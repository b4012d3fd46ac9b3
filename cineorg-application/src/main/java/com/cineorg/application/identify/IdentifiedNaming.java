package com.cineorg.application.identify;

import com.cineorg.domain.model.identify.Identification;
import com.cineorg.domain.model.library.NamingData;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.metadata.EpisodeInfo;
import com.cineorg.domain.model.metadata.Provider;
import com.cineorg.domain.port.out.IdentificationStorePort;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

/**
 * The naming data of a file: what its name says, corrected by its identification when it has one (canonical title
 * and year, the provider's season and episode numbers, episode titles, provider ids).
 */
public final class IdentifiedNaming implements Function<MediaFile, NamingData> {
    private final IdentificationStorePort store;

    public IdentifiedNaming(IdentificationStorePort store) {
        this.store = store;
    }

    @Override
    public NamingData apply(MediaFile file) {
        NamingData parsed = NamingData.fromParsed(file.parsed());
        if (file.id().isEmpty()) {
            return parsed;
        }
        return store.find(file.requireId()).filter(Identification::identified).map(i -> merge(parsed, i))
                .orElse(parsed);
    }

    static NamingData merge(NamingData parsed, Identification i) {
        boolean episode = i.type() == MediaType.EPISODE;
        Integer season = parsed.season();
        List<Integer> episodes = parsed.episodes();
        String episodeTitle = parsed.episodeTitle();
        if (episode && !i.episodes().isEmpty()) {
            season = i.episodes().get(0).season();
            episodes = new ArrayList<>();
            LinkedHashSet<String> titles = new LinkedHashSet<>();
            for (EpisodeInfo e : i.episodes()) {
                if (e.episode() > 0) {
                    episodes.add(e.episode());
                }
                if (e.title() != null) {
                    titles.add(e.title());
                }
            }
            if (!titles.isEmpty()) {
                episodeTitle = String.join(" & ", titles);
            }
        }
        String tmdb = i.provider() == Provider.TMDB ? i.providerId() : i.externalIds().tmdb().orElse(parsed.tmdbId());
        String tvdb = i.provider() == Provider.TVDB ? i.providerId() : i.externalIds().tvdb().orElse(parsed.tvdbId());
        String imdb = i.externalIds().imdb().orElse(parsed.imdbId());
        return new NamingData(episode ? MediaType.EPISODE : MediaType.MOVIE, i.title(), i.year(),
                episode ? i.title() : null, season, episodes, episodeTitle, parsed.date(), parsed.part(),
                parsed.resolution(), parsed.edition(), parsed.source(), parsed.videoCodec(), parsed.releaseGroup(),
                tmdb, tvdb, imdb);
    }
}
