package com.cineorg.adapter.persistence;

import com.cineorg.domain.port.out.IdentificationStorePort;
import com.cineorg.domain.port.out.MediaCatalogPort;
import com.cineorg.domain.port.out.MediaDetailsReadPort;
import com.cineorg.domain.port.out.MediaInfoStorePort;
import com.cineorg.domain.port.out.MetadataCachePort;
import com.cineorg.domain.port.out.OrganizeJournalPort;

/**
 * An open CineOrg database: migrated, validated, pooled. Get one from {@link PersistenceFactory#open(String)}, ask
 * it for the ports, close it when the program ends. A later aggregate adds its adapter here, built on the same
 * {@link Store}.
 */
public final class Database implements AutoCloseable {
    private final Store store;
    private final MediaCatalogPort mediaCatalog;
    private final IdentificationStorePort identifications;
    private final MetadataCachePort metadataCache;
    private final OrganizeJournalPort organizeJournal;
    private final MediaInfoStorePort mediaInfo;
    private final ReadConnections readConnections;
    private final MediaDetailsReadPort mediaDetails;

    Database(Store store) {
        this.store = store;
        // the server's hot lookups: as many connections as a 2-core machine keeps busy, opened on first use
        this.readConnections = new ReadConnections(store.db(), 4, PersistenceFactory.DEFAULT_BUSY_TIMEOUT);
        this.mediaDetails = new JdbcMediaDetailsReader(readConnections);
        this.mediaCatalog = new HibernateMediaCatalogAdapter(store);
        this.identifications = new HibernateIdentificationStoreAdapter(store);
        this.metadataCache = new HibernateMetadataCacheAdapter(store);
        this.organizeJournal = new HibernateOrganizeJournalAdapter(store);
        this.mediaInfo = new HibernateMediaInfoStoreAdapter(store);
    }

    public IdentificationStorePort identifications() {
        return identifications;
    }

    public MetadataCachePort metadataCache() {
        return metadataCache;
    }

    public MediaCatalogPort mediaCatalog() {
        return mediaCatalog;
    }

    /** The organize journal: runs and their steps, each write committed before it returns. */
    public OrganizeJournalPort organizeJournal() {
        return organizeJournal;
    }

    /** Technical media info per file (duration, resolution, codecs), as probes read it. */
    public MediaInfoStorePort mediaInfo() {
        return mediaInfo;
    }

    /** One file with its sidecars, identification, media info and history, read in one snapshot. */
    public MediaDetailsReadPort mediaDetails() {
        return mediaDetails;
    }

    /** The database for messages: the SQLite file, or the JDBC URL without its password. */
    public String description() {
        return store.db().display();
    }

    /** True for an embedded SQLite file, false for a server database. */
    public boolean isEmbedded() {
        return store.engine() == Engine.SQLITE;
    }

    /**
     * Builds Hibernate's session factory now. Short commands let the first entity query build it, or never (most work
     * in plain JDBC); a long-running server calls this once at start so that no request waits for it.
     */
    public void startEntities() {
        store.bootNow();
    }

    /** Whether Hibernate's session factory has been built yet (for tests). */
    boolean hibernateBooted() {
        return store.booted();
    }

    @Override
    public void close() {
        readConnections.close();
        store.close();
    }
}
