package com.cineorg.adapter.persistence;

import com.cineorg.domain.model.identify.Identification;
import com.cineorg.domain.port.out.IdentificationStorePort;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Identifications in {@code identification}; a new one replaces the file's old one in the same transaction. */
final class HibernateIdentificationStoreAdapter implements IdentificationStorePort {
    private static final int IN_CHUNK = 500;
    private final Store store;

    HibernateIdentificationStoreAdapter(Store store) {
        this.store = store;
    }

    @Override
    public void saveAll(Collection<Identification> identifications) {
        if (identifications.isEmpty()) {
            return;
        }
        List<Long> ids = identifications.stream().map(Identification::mediaFileId).toList();
        store.inTransaction(s -> {
            for (List<Long> chunk : chunks(ids)) {
                s.createMutationQuery("delete from Identification i where i.mediaFileId in :ids")
                        .setParameter("ids", chunk).executeUpdate();
            }
            for (Identification i : identifications) {
                s.insert(toEntity(i));
            }
            return null;
        });
    }

    @Override
    public Optional<Identification> find(long mediaFileId) {
        return store.inTransaction(s -> Optional.ofNullable(s.get(IdentificationEntity.class, mediaFileId))
                .map(HibernateIdentificationStoreAdapter::toDomain));
    }

    @Override
    public Map<Long, Identification> findAll(Collection<Long> mediaFileIds) {
        Map<Long, Identification> out = new HashMap<>();
        if (mediaFileIds.isEmpty()) {
            return out;
        }
        if (mediaFileIds.size() == 1) {
            long id = mediaFileIds.iterator().next();
            find(id).ifPresent(i -> out.put(id, i)); // a lookup by key: no list query to translate
            return out;
        }
        store.inTransaction(s -> {
            for (List<Long> chunk : chunks(new ArrayList<>(mediaFileIds))) {
                for (IdentificationEntity e : s.createSelectionQuery(
                        "from Identification i where i.mediaFileId in :ids", IdentificationEntity.class)
                        .setParameter("ids", chunk).getResultList()) {
                    out.put(e.mediaFileId, toDomain(e));
                }
            }
            return null;
        });
        return out;
    }

    @Override
    public List<Long> reviewQueue(int offset, int limit) {
        return store.inTransaction(s -> s.createSelectionQuery(
                        "select i.mediaFileId from Identification i where i.outcome = :o order by i.decidedMs, i.mediaFileId",
                        Long.class)
                .setParameter("o", Identification.Outcome.NEEDS_REVIEW.name())
                .setFirstResult(offset).setMaxResults(limit).getResultList());
    }

    @Override
    public long reviewCount() {
        return store.inTransaction(s -> s.createSelectionQuery(
                        "select count(i) from Identification i where i.outcome = :o", Long.class)
                .setParameter("o", Identification.Outcome.NEEDS_REVIEW.name()).getSingleResult());
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += IN_CHUNK) {
            out.add(ids.subList(i, Math.min(ids.size(), i + IN_CHUNK)));
        }
        return out;
    }

    private static IdentificationEntity toEntity(Identification i) {
        IdentificationEntity e = new IdentificationEntity();
        e.mediaFileId = i.mediaFileId();
        e.outcome = i.outcome().name();
        e.method = i.method().name();
        e.provider = i.provider() == null ? null : i.provider().name();
        e.providerId = i.providerId();
        e.mediaType = i.type().name();
        e.title = i.title();
        e.releaseYear = i.year();
        e.score = i.score();
        e.decidedMs = i.decidedAt().toEpochMilli();
        e.bodyJson = DomainJson.write(i);
        return e;
    }

    private static Identification toDomain(IdentificationEntity e) {
        return DomainJson.read(e.bodyJson, Identification.class);
    }
}
