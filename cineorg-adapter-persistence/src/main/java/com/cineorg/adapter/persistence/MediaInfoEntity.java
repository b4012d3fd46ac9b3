package com.cineorg.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code media_info}: what a probe read from one media file. */
@Entity(name = "MediaInfo")
@Table(name = "media_info")
class MediaInfoEntity {
    @Id
    @Column(name = "media_file_id", nullable = false)
    Long mediaFileId;

    @Column(name = "duration_ms")
    Long durationMs;

    @Column(name = "width")
    Integer width;

    @Column(name = "height")
    Integer height;

    @Column(name = "video_codec", length = 64)
    String videoCodec;

    @Column(name = "audio_codecs", length = 1000)
    String audioCodecs;

    @Column(name = "probed_ms", nullable = false)
    long probedMs;

    protected MediaInfoEntity() {}
}
