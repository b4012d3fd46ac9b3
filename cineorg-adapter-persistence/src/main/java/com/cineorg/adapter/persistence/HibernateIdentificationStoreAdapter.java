package com.cineorg.adapter.persistence;

import com.cineorg.domain.model.identify.Identification;
import com.cineorg.domain.port.out.IdentificationStorePort;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
        return Optional.ofNullable(findAll(List.of(mediaFileId)).get(mediaFileId));
    }

    /**
     * Reads in plain JDBC: the stored body is the whole identification, so no entity is needed, and {@code list}
     * and {@code show} need not wait for Hibernate's start-up.
     */
    @Override
    public Map<Long, Identification> findAll(Collection<Long> mediaFileIds) {
        Map<Long, Identification> out = new HashMap<>();
        if (mediaFileIds.isEmpty()) {
            return out;
        }
        store.withConnection(c -> {
            for (List<Long> chunk : chunks(new ArrayList<>(mediaFileIds))) {
                try (PreparedStatement ps = c.prepareStatement("SELECT media_file_id, body_json FROM identification"
                        + " WHERE media_file_id IN (" + "?, ".repeat(chunk.size() - 1) + "?)")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setLong(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.put(rs.getLong(1), DomainJson.read(rs.getString(2), Identification.class));
                        }
                    }
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

}
