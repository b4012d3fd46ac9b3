package com.cineorg.adapter.cli.render;

import com.cineorg.domain.model.media.ParsedReleaseFields;
import com.cineorg.domain.model.identify.Identification;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaInfo;
import com.cineorg.domain.model.media.Sidecar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A media file as JSON: id, path, status, parse, sidecars, identification and media info. */
public final class MediaJson {
    private MediaJson() {}

    public static Map<String, Object> toMap(MediaFile f) {
        return toMap(f, null);
    }

    /** With the file's identification when it has one (null otherwise). */
    public static Map<String, Object> toMap(MediaFile f, Identification identification) {
        return toMap(f, identification, null);
    }

    /** With the file's identification and media info when known (null otherwise). */
    public static Map<String, Object> toMap(MediaFile f, Identification identification, MediaInfo mediaInfo) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id().orElse(null));
        m.put("path", f.path().toString());
        m.put("status", f.status().word());
        f.statusReason().ifPresent(r -> m.put("status_reason", r));
        m.put("size", f.size());
        m.put("mtime", f.mtime().toString());
        f.extraKind().ifPresent(k -> m.put("extra", k));
        m.put("parsed", ParsedReleaseFields.toMap(f.parsed()));
        List<Map<String, Object>> sidecars = new ArrayList<>();
        for (Sidecar s : f.sidecars()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("path", s.path().toString());
            sm.put("kind", s.kind().word());
            if (s.language() != null) {
                sm.put("language", s.language());
            }
            if (!s.flags().isEmpty()) {
                sm.put("flags", s.flags());
            }
            sidecars.add(sm);
        }
        m.put("sidecars", sidecars);
        if (identification != null) {
            m.put("identification", IdentificationJson.toMap(identification));
        }
        Map<String, Object> info = MediaInfoJson.toMap(mediaInfo);
        if (info != null) {
            m.put("media_info", info);
        }
        return m;
    }
}
