-- The organize history of one file (GET /media/{id}, show --json) is looked up by media_file_id: without an index
-- that was a scan of the whole journal, which grows by one row per file step of every run.

CREATE INDEX ix_organize_operation_media ON organize_operation (media_file_id, run_id, seq);
