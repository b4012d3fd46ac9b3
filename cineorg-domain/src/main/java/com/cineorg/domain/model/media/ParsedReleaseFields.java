package com.cineorg.domain.model.media;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parse as its public vocabulary: the field names of the parser corpus ({@code title}, {@code screen_size}...),
 * which `cineorg parse`, `list --json` and the REST API all print, as a JSON-ready map. Absent values are left out; one-element season and episode lists become plain numbers, as guessit writes them.
 */
public final class ParsedReleaseFields {
    private ParsedReleaseFields() {}

    public static Map<String, Object> toMap(ParsedRelease p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", p.type().word());
        put(m, "title", p.title());
        putList(m, "alternative_title", p.alternativeTitles());
        put(m, "year", p.year());
        putList(m, "season", p.seasons());
        putList(m, "episode", p.episodes());
        putList(m, "absolute_episode", p.absoluteEpisodes());
        put(m, "date", p.date() == null ? null : p.date().toString());
        put(m, "episode_title", p.episodeTitle());
        put(m, "part", p.part());
        put(m, "screen_size", p.screenSize());
        put(m, "source", p.source());
        put(m, "video_codec", p.videoCodec());
        put(m, "audio_codec", p.audioCodec());
        put(m, "audio_channels", p.audioChannels());
        putList(m, "edition", p.editions());
        if (!p.other().isEmpty()) {
            m.put("other", p.other());
        }
        put(m, "proper_count", p.properCount());
        put(m, "release_group", p.releaseGroup());
        putList(m, "language", p.languages());
        putList(m, "subtitle_language", p.subtitleLanguages());
        put(m, "container", p.container());
        put(m, "crc32", p.crc32());
        put(m, "website", p.website());
        put(m, "streaming_service", p.streamingService());
        put(m, "country", p.country());
        return m;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static void putList(Map<String, Object> m, String key, List<?> values) {
        if (values.size() == 1) {
            m.put(key, values.get(0));
        } else if (!values.isEmpty()) {
            m.put(key, values);
        }
    }
}
