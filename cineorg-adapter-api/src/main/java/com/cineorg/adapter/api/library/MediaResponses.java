package com.cineorg.adapter.api.library;

import com.cineorg.domain.model.media.ParsedReleaseFields;
import com.cineorg.domain.model.identify.Identification;
import com.cineorg.domain.model.library.JournalEntry;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaInfo;
import com.cineorg.domain.model.media.ParsedRelease;
import com.cineorg.domain.model.media.Sidecar;
import com.cineorg.domain.port.in.MediaPage;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** The HTTP shapes of media files; the domain model is never serialised directly. */
final class MediaResponses {
    private MediaResponses() {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MediaSummary(long id, String path, String status, String type, String title, Integer year, Integer season,
            Integer episode, String extra) {}

    record MediaList(List<MediaSummary> items, long total, int offset, int limit) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SidecarItem(String path, String kind, String language, List<String> flags) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MediaDetail(long id, String path, long size, String mtime, String status, String statusReason,
            String extra, String lastSeen, Map<String, Object> parse, List<SidecarItem> sidecars,
            IdentificationResponses.IdentificationItem identification, MediaInfoItem mediaInfo,
            List<HistoryItem> history) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MediaInfoItem(Long durationMs, Integer width, Integer height, String resolution, String videoCodec,
            List<String> audioCodecs) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record HistoryItem(long runId, String operation, String state, String source, String target, String note) {}

    static MediaList list(MediaPage page) {
        return new MediaList(page.items().stream().map(MediaResponses::summary).toList(), page.total(), page.offset(),
                page.limit());
    }

    static MediaSummary summary(MediaFile f) {
        ParsedRelease p = f.parsed();
        return new MediaSummary(f.requireId(), f.path().toString(), f.status().word(), p.type().word(), p.title(),
                p.year(), p.season(), p.episode(), f.extraKind().orElse(null));
    }

    static MediaDetail detail(MediaFile f, Identification identification, MediaInfo info, List<JournalEntry> history) {
        return new MediaDetail(f.requireId(), f.path().toString(), f.size(), f.mtime().toString(), f.status().word(),
                f.statusReason().orElse(null), f.extraKind().orElse(null),
                f.lastSeen() == null ? null : f.lastSeen().toString(), ParsedReleaseFields.toMap(f.parsed()),
                f.sidecars().stream().map(MediaResponses::sidecar).toList(),
                identification == null ? null : IdentificationResponses.of(identification),
                info == null ? null : new MediaInfoItem(info.duration() == null ? null : info.duration().toMillis(),
                        info.width(), info.height(), info.screenSize(), info.videoCodec(), info.audioCodecs()),
                history.stream().map(e -> new HistoryItem(e.runId(), e.kind().name().toLowerCase(java.util.Locale.ROOT),
                        e.state().name().toLowerCase(java.util.Locale.ROOT), e.source().toString(),
                        e.target().toString(), e.note())).toList());
    }

    private static SidecarItem sidecar(Sidecar s) {
        return new SidecarItem(s.path().toString(), s.kind().word(), s.language(), s.flags());
    }
}
