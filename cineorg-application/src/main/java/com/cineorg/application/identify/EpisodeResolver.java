package com.cineorg.application.identify;

import com.cineorg.domain.error.ProviderUnavailableException;
import com.cineorg.domain.match.MatchDecision;
import com.cineorg.domain.model.identify.Identification;
import com.cineorg.domain.model.identify.Identification.Method;
import com.cineorg.domain.model.identify.Identification.Outcome;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.media.ParsedRelease;
import com.cineorg.domain.model.metadata.Candidate;
import com.cineorg.domain.model.metadata.EpisodeInfo;
import com.cineorg.domain.model.metadata.SeriesDetails;
import com.cineorg.domain.port.out.MetadataProviderPort;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Turns a file's season/episode, absolute number or air date into the provider's episodes. Each (show, season),
 * absolute order or details call is made once per run, whatever the number of files and threads asking.
 */
final class EpisodeResolver {
    private final MetadataProviderPort provider;
    private final ConcurrentHashMap<String, FutureTask<?>> calls = new ConcurrentHashMap<>();

    EpisodeResolver(MetadataProviderPort provider) {
        this.provider = provider;
    }

    Identification episodes(MediaFile file, MatchDecision.Identified ok, Instant now) {
        Candidate show = ok.best().candidate();
        ParsedRelease p = file.parsed();
        List<String> reasons = new ArrayList<>(ok.best().reasons());
        List<EpisodeInfo> found = new ArrayList<>();
        if (p.date() != null && p.episodes().isEmpty()) {
            byAirDate(show.id(), p.date()).ifPresentOrElse(found::add,
                    () -> reasons.add("no episode aired on " + p.date()));
        } else if (!p.absoluteEpisodes().isEmpty() || (p.season() == null && !p.episodes().isEmpty())) {
            List<Integer> wanted = p.absoluteEpisodes().isEmpty() ? p.episodes() : p.absoluteEpisodes();
            List<EpisodeInfo> all = absolute(show.id()).orElse(List.of());
            for (Integer n : wanted) {
                Optional<EpisodeInfo> e = all.stream().filter(x -> n.equals(x.absoluteNumber())).findFirst();
                if (e.isEmpty() && p.season() == null) {
                    e = season(show.id(), 1).orElse(List.of()).stream().filter(x -> x.episode() == n).findFirst();
                }
                e.ifPresentOrElse(found::add, () -> reasons.add("no episode with absolute number " + n));
            }
        } else {
            int season = p.season() == null ? 1 : p.season();
            List<EpisodeInfo> all = season(show.id(), season).orElse(List.of());
            for (Integer n : p.episodes()) {
                all.stream().filter(x -> x.episode() == n).findFirst().ifPresentOrElse(found::add, () -> {
                    found.add(new EpisodeInfo(season, n, null, null, null));
                    reasons.add(String.format("S%02dE%02d is not listed by %s", season, n,
                            provider.provider().displayName()));
                });
            }
        }
        return new Identification(file.requireId(), Outcome.IDENTIFIED, Method.AUTO, show.provider(), show.id(),
                MediaType.EPISODE, show.title(), show.year(), ok.best().score(), reasons, found, null, ok.ranked(),
                now);
    }

    private Optional<EpisodeInfo> byAirDate(String seriesId, LocalDate date) {
        Optional<SeriesDetails> details = memo("details:" + seriesId, () -> provider.seriesDetails(seriesId));
        List<Integer> seasons = new ArrayList<>(details.map(SeriesDetails::seasonNumbers).orElse(List.of()));
        seasons.sort(Comparator.reverseOrder());
        for (Integer s : seasons) {
            List<EpisodeInfo> episodes = season(seriesId, s).orElse(List.of());
            Optional<EpisodeInfo> hit = episodes.stream().filter(e -> date.equals(e.airDate())).findFirst();
            if (hit.isPresent()) {
                return hit;
            }
            // Seasons run in air order: once a whole season aired before the date, older ones did too.
            if (!episodes.isEmpty() && episodes.stream().allMatch(e -> e.airDate() != null && e.airDate().isBefore(date))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private Optional<List<EpisodeInfo>> season(String seriesId, int season) {
        return memo("season:" + seriesId + ":" + season, () -> provider.seasonEpisodes(seriesId, season));
    }

    private Optional<List<EpisodeInfo>> absolute(String seriesId) {
        return memo("absolute:" + seriesId, () -> provider.absoluteEpisodes(seriesId));
    }

    @SuppressWarnings("unchecked")
    private <T> T memo(String key, Supplier<T> call) {
        FutureTask<T> mine = new FutureTask<>(call::get);
        FutureTask<T> task = (FutureTask<T>) calls.putIfAbsent(key, mine);
        if (task == null) {
            task = mine;
            task.run();
        }
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailableException("interrupted while waiting for " + provider.provider().displayName());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
