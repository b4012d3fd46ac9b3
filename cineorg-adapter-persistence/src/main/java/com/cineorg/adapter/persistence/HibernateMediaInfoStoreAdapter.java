package com.cineorg.adapter.persistence;

import com.cineorg.domain.model.media.MediaInfo;
import com.cineorg.domain.port.out.MediaInfoStorePort;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Media info in {@code media_info}; a new probe replaces the file's old row in the same transaction. */
final class HibernateMediaInfoStoreAdapter implements MediaInfoStorePort {
    private static final int IN_CHUNK = 500;
    private static final int CODEC_LENGTH = 64;
    private static final int CODECS_LENGTH = 1000;
    private final Store store;

    HibernateMediaInfoStoreAdapter(Store store) {
        this.store = store;
    }

    @Override
    public void saveAll(Map<Long, MediaInfo> infos, Instant probedAt) {
        if (infos.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>(infos.keySet());
        store.inTransaction(s -> {
            for (List<Long> chunk : chunks(ids)) {
                s.createMutationQuery("delete from MediaInfo m where m.mediaFileId in :ids")
                        .setParameter("ids", chunk).executeUpdate();
            }
            for (Map.Entry<Long, MediaInfo> e : infos.entrySet()) {
                s.insert(toEntity(e.getKey(), e.getValue(), probedAt));
            }
            return null;
        });
    }

    @Override
    public Map<Long, MediaInfo> findAll(Collection<Long> mediaFileIds) {
        return select(mediaFileIds, HibernateMediaInfoStoreAdapter::toDomain);
    }

    @Override
    public Map<Long, Instant> probedAt(Collection<Long> mediaFileIds) {
        return select(mediaFileIds, e -> Instant.ofEpochMilli(e.probedMs));
    }

    private <T> Map<Long, T> select(Collection<Long> mediaFileIds, Function<MediaInfoEntity, T> map) {
        Map<Long, T> out = new HashMap<>();
        if (mediaFileIds.isEmpty()) {
            return out;
        }
        List<Long> ids = new ArrayList<>(mediaFileIds);
        if (ids.size() == 1) {
            MediaInfoEntity e = store.inTransaction(s -> s.get(MediaInfoEntity.class, ids.get(0)));
            if (e != null) {
                out.put(e.mediaFileId, map.apply(e));
            }
            return out;
        }
        store.inTransaction(s -> {
            for (List<Long> chunk : chunks(ids)) {
                for (MediaInfoEntity e : s.createSelectionQuery(
                                "from MediaInfo m where m.mediaFileId in :ids", MediaInfoEntity.class)
                        .setParameter("ids", chunk).getResultList()) {
                    out.put(e.mediaFileId, map.apply(e));
                }
            }
            return null;
        });
        return out;
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += IN_CHUNK) {
            out.add(ids.subList(i, Math.min(ids.size(), i + IN_CHUNK)));
        }
        return out;
    }

    private static MediaInfoEntity toEntity(long id, MediaInfo info, Instant probedAt) {
        MediaInfoEntity e = new MediaInfoEntity();
        e.mediaFileId = id;
        e.durationMs = info.duration() == null ? null : info.duration().toMillis();
        e.width = info.width();
        e.height = info.height();
        e.videoCodec = cut(info.videoCodec(), CODEC_LENGTH);
        String codecs = info.audioCodecs().stream().map(c -> c == null ? "" : c.replace(",", " ")).reduce(
                (a, b) -> a + "," + b).orElse(null);
        e.audioCodecs = cut(codecs, CODECS_LENGTH);
        e.probedMs = probedAt.toEpochMilli();
        return e;
    }

    static MediaInfo toDomain(MediaInfoEntity e) {
        List<String> audio = e.audioCodecs == null || e.audioCodecs.isEmpty() ? List.of()
                : Arrays.asList(e.audioCodecs.split(",", -1));
        return new MediaInfo(e.durationMs == null ? null : Duration.ofMillis(e.durationMs), e.width, e.height,
                e.videoCodec, audio);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
