-- Media files seen by scans, and the sidecars attached to them.
-- Runs unchanged on SQLite and PostgreSQL; the few differences are Flyway placeholders set by Engine.
-- Paths are stored twice: location (file URI of the exact path bytes, unique) and display_path (for text search).
-- Instants are epoch milliseconds.

CREATE TABLE media_file (
    id                ${id_column},
    location          VARCHAR(8192) ${binary_collation} NOT NULL,
    display_path      VARCHAR(8192) NOT NULL,
    search_text       VARCHAR(8192) NOT NULL,
    size_bytes        BIGINT NOT NULL,
    mtime_ms          BIGINT NOT NULL,
    file_key          VARCHAR(255),
    status            VARCHAR(16) NOT NULL,
    status_reason     VARCHAR(2000),
    media_type        VARCHAR(16) NOT NULL,
    title             VARCHAR(1000),
    release_year      INTEGER,
    season            INTEGER,
    episode           INTEGER,
    parsed_json       TEXT NOT NULL,
    extra_kind        VARCHAR(64),
    last_seen_ms      BIGINT,
    sidecar_signature INTEGER NOT NULL,
    CONSTRAINT uk_media_file_location UNIQUE (location)
);

CREATE INDEX ix_media_file_status ON media_file (status);
CREATE INDEX ix_media_file_release ON media_file (media_type, title, release_year, season, episode);

CREATE TABLE sidecar (
    id            ${id_column},
    media_file_id BIGINT NOT NULL,
    position      INTEGER NOT NULL,
    location      VARCHAR(8192) NOT NULL,
    display_path  VARCHAR(8192) NOT NULL,
    kind          VARCHAR(16) NOT NULL,
    language      VARCHAR(35),
    flags         VARCHAR(255),
    CONSTRAINT fk_sidecar_media_file FOREIGN KEY (media_file_id) REFERENCES media_file (id) ON DELETE CASCADE
);

CREATE INDEX ix_sidecar_media_file ON sidecar (media_file_id, position);
