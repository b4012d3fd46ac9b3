package com.cineorg.adapter.cli.render;

import com.cineorg.domain.match.ScoredCandidate;
import com.cineorg.domain.model.identify.Identification;
import com.cineorg.domain.model.metadata.EpisodeInfo;
import com.cineorg.domain.port.in.IdentifyReport;
import com.cineorg.domain.port.in.ItemFailure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Identifications as JSON: provider, provider id ({@code tmdb_id}), title, year, score and reasons, episodes. */
public final class IdentificationJson {
    private IdentificationJson() {}

    public static Map<String, Object> toMap(Identification i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("outcome", i.outcome().name().toLowerCase(java.util.Locale.ROOT));
        m.put("method", i.method().name().toLowerCase(java.util.Locale.ROOT));
        if (i.provider() != null) {
            m.put("provider", i.provider().word());
            m.put(i.provider().word() + "_id", i.providerId());
        }
        i.externalIds().imdb().ifPresent(v -> m.put("imdb_id", v));
        i.externalIds().tmdb().ifPresent(v -> m.putIfAbsent("tmdb_id", v));
        i.externalIds().tvdb().ifPresent(v -> m.putIfAbsent("tvdb_id", v));
        m.put("type", i.type().word());
        m.put("title", i.title());
        if (i.year() != null) {
            m.put("year", i.year());
        }
        m.put("score", Math.round(i.score() * 1000) / 1000.0);
        m.put("reasons", i.reasons());
        if (!i.episodes().isEmpty()) {
            m.put("show", i.title());
            List<Map<String, Object>> episodes = new ArrayList<>();
            for (EpisodeInfo e : i.episodes()) {
                Map<String, Object> em = new LinkedHashMap<>();
                em.put("season", e.season());
                em.put("episode", e.episode());
                if (e.absoluteNumber() != null) {
                    em.put("absolute_episode", e.absoluteNumber());
                }
                if (e.title() != null) {
                    em.put("title", e.title());
                }
                if (e.airDate() != null) {
                    em.put("air_date", e.airDate().toString());
                }
                episodes.add(em);
            }
            m.put("episodes", episodes);
        }
        if (!i.candidates().isEmpty()) {
            List<Map<String, Object>> candidates = new ArrayList<>();
            for (ScoredCandidate c : i.candidates()) {
                candidates.add(candidate(c));
            }
            m.put("candidates", candidates);
        }
        m.put("decided_at", i.decidedAt().toString());
        return m;
    }

    public static Map<String, Object> candidate(ScoredCandidate c) {
        Map<String, Object> cm = new LinkedHashMap<>();
        cm.put("ref", c.candidate().reference());
        cm.put("title", c.candidate().title());
        if (c.candidate().originalTitle() != null && !c.candidate().originalTitle().equals(c.candidate().title())) {
            cm.put("original_title", c.candidate().originalTitle());
        }
        if (c.candidate().year() != null) {
            cm.put("year", c.candidate().year());
        }
        cm.put("score", Math.round(c.score() * 1000) / 1000.0);
        cm.put("reasons", c.reasons());
        return cm;
    }

    public static Map<String, Object> report(IdentifyReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event", "identify_report");
        m.put("files", r.files());
        m.put("identified", r.identified());
        m.put("needs_review", r.needsReview());
        m.put("not_attempted", r.notAttempted());
        m.put("searches", r.searches());
        if (r.providerUnavailable() != null) {
            m.put("provider_unavailable", r.providerUnavailable());
        }
        List<Map<String, String>> failures = new ArrayList<>();
        for (ItemFailure f : r.failures()) {
            failures.add(Map.of("path", f.path().toString(), "reason", f.reason()));
        }
        m.put("failures", failures);
        m.put("elapsed_ms", r.elapsed().toMillis());
        return m;
    }
}
