-- Technical facts read from each media file by ffprobe or mediainfo: one row per file, replaced on a new probe.
-- A file the tool could not read has a row with every fact null, so it is not probed again until it changes.
-- audio_codecs is a comma-separated list in stream order. Instants are epoch milliseconds.

CREATE TABLE media_info (
    media_file_id BIGINT NOT NULL PRIMARY KEY,
    duration_ms   BIGINT,
    width         INTEGER,
    height        INTEGER,
    video_codec   VARCHAR(64),
    audio_codecs  VARCHAR(1000),
    probed_ms     BIGINT NOT NULL,
    CONSTRAINT fk_media_info_media_file FOREIGN KEY (media_file_id) REFERENCES media_file (id) ON DELETE CASCADE
);
