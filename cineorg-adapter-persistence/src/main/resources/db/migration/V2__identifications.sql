-- What each media file was identified as (or why it waits for review), and the cache of provider answers.
-- One identification per media file; the ranked candidates, reasons and episodes are kept as JSON in body_json.

CREATE TABLE identification (
    media_file_id BIGINT NOT NULL PRIMARY KEY,
    outcome       VARCHAR(16) NOT NULL,
    method        VARCHAR(16) NOT NULL,
    provider      VARCHAR(16),
    provider_id   VARCHAR(64),
    media_type    VARCHAR(16) NOT NULL,
    title         VARCHAR(1000),
    release_year  INTEGER,
    score         DOUBLE PRECISION NOT NULL,
    decided_ms    BIGINT NOT NULL,
    body_json     TEXT NOT NULL,
    CONSTRAINT fk_identification_media_file FOREIGN KEY (media_file_id) REFERENCES media_file (id) ON DELETE CASCADE
);

CREATE INDEX ix_identification_outcome ON identification (outcome, decided_ms);

CREATE TABLE metadata_cache (
    cache_key     VARCHAR(1000) NOT NULL PRIMARY KEY,
    value_type    VARCHAR(255) NOT NULL,
    body_json     TEXT NOT NULL,
    expires_ms    BIGINT NOT NULL
);
