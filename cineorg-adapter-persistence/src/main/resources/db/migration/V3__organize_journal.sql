-- The organize journal: one row per run, one row per file step, written before the step starts (PENDING) and
-- updated after (DONE...). Paths are stored twice like media_file (location = exact bytes as a file URI, display).
-- No foreign key to media_file: the journal outlives catalog entries. Instants are epoch milliseconds.

CREATE TABLE organize_run (
    id               ${id_column},
    started_ms       BIGINT NOT NULL,
    finished_ms      BIGINT,
    library_location VARCHAR(8192) NOT NULL,
    library_display  VARCHAR(8192) NOT NULL,
    mode             VARCHAR(16) NOT NULL,
    state            VARCHAR(32) NOT NULL,
    summary          VARCHAR(2000)
);

CREATE TABLE organize_operation (
    id              ${id_column},
    run_id          BIGINT NOT NULL,
    seq             INTEGER NOT NULL,
    kind            VARCHAR(16) NOT NULL,
    state           VARCHAR(16) NOT NULL,
    source_location VARCHAR(8192) NOT NULL,
    source_display  VARCHAR(8192) NOT NULL,
    target_location VARCHAR(8192) NOT NULL,
    target_display  VARCHAR(8192) NOT NULL,
    media_file_id   BIGINT,
    size_bytes      BIGINT NOT NULL,
    mtime_ms        BIGINT,
    prior_status    VARCHAR(16),
    note            VARCHAR(2000),
    CONSTRAINT fk_organize_operation_run FOREIGN KEY (run_id) REFERENCES organize_run (id) ON DELETE CASCADE,
    CONSTRAINT uk_organize_operation_seq UNIQUE (run_id, seq)
);

CREATE INDEX ix_organize_operation_state ON organize_operation (state);
