package com.cineorg.adapter.cli.render;

import com.cineorg.domain.model.media.MediaInfo;
import com.cineorg.domain.port.in.ItemFailure;
import com.cineorg.domain.port.in.ProbeReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Media info and probe reports as JSON. */
public final class MediaInfoJson {
    private MediaInfoJson() {}

    /** The known facts only; null when nothing is known (a file the tool could not read). */
    public static Map<String, Object> toMap(MediaInfo info) {
        if (info == null || (info.duration() == null && info.width() == null && info.videoCodec() == null
                && info.audioCodecs().isEmpty())) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        if (info.duration() != null) {
            m.put("duration_ms", info.duration().toMillis());
        }
        if (info.width() != null) {
            m.put("width", info.width());
        }
        if (info.height() != null) {
            m.put("height", info.height());
        }
        if (info.screenSize() != null) {
            m.put("resolution", info.screenSize());
        }
        if (info.videoCodec() != null) {
            m.put("video_codec", info.videoCodec());
        }
        m.put("audio_codecs", info.audioCodecs());
        return m;
    }

    /** One line for text output: {@code 1:42:05, 1920x800 (1080p), H.264, DTS + AAC}. */
    public static String line(MediaInfo info) {
        List<String> parts = new ArrayList<>();
        if (info.duration() != null) {
            long s = info.duration().toSeconds();
            parts.add(String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60));
        }
        if (info.width() != null && info.height() != null) {
            parts.add(info.width() + "x" + info.height() + " (" + info.screenSize() + ")");
        }
        if (info.videoCodec() != null) {
            parts.add(info.videoCodec());
        }
        if (!info.audioCodecs().isEmpty()) {
            parts.add(String.join(" + ", info.audioCodecs()));
        }
        return parts.isEmpty() ? "unreadable by the probe tool" : String.join(", ", parts);
    }

    public static Map<String, Object> report(ProbeReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event", "probe_report");
        m.put("tool", r.tool());
        if (r.notice() != null) {
            m.put("notice", r.notice());
        }
        m.put("examined", r.examined());
        m.put("probed", r.probed());
        m.put("unreadable", r.unreadable());
        m.put("known", r.known());
        List<Map<String, String>> failures = new ArrayList<>();
        for (ItemFailure f : r.failures()) {
            failures.add(Map.of("path", f.path().toString(), "reason", f.reason()));
        }
        m.put("failures", failures);
        m.put("elapsed_ms", r.elapsed().toMillis());
        return m;
    }

    public static String summary(ProbeReport r) {
        if (!r.toolAvailable()) {
            return "Media info: " + r.notice();
        }
        return String.format(Locale.ROOT,
                "Probed %d files with %s (%d unreadable, %d already known, %d failed) in %.1f s",
                r.probed(), r.tool(), r.unreadable(), r.known(), r.failures().size(), r.elapsed().toMillis() / 1000.0);
    }
}
