package com.cineorg.domain.model.media;

import java.time.Duration;
import java.util.List;

/**
 * Technical facts read from the file itself (by ffprobe or mediainfo), as opposed to what its name claims.
 *
 * @param duration running time, or null when unknown
 * @param width video width in pixels, or null
 * @param height video height in pixels, or null
 * @param videoCodec codec of the first video stream in guessit's vocabulary where known ({@code H.264}), or null
 * @param audioCodecs codecs of the audio streams, in stream order
 */
public record MediaInfo(Duration duration, Integer width, Integer height, String videoCodec, List<String> audioCodecs) {
    public MediaInfo {
        audioCodecs = audioCodecs == null ? List.of() : List.copyOf(audioCodecs);
    }

    /** The resolution class of the picture ({@code 2160p}, {@code 1080p}...), as release names write it. */
    public String screenSize() {
        if (width == null || height == null) {
            return null;
        }
        // Wide films are letterboxed: 1920x800 is still 1080p, so the width decides too.
        if (width >= 3200 || height >= 1800) {
            return "2160p";
        }
        if (width >= 1800 || height >= 1000) {
            return "1080p";
        }
        if (width >= 1200 || height >= 700) {
            return "720p";
        }
        if (height >= 560 || width >= 1000) {
            return "576p";
        }
        if (height >= 460) {
            return "480p";
        }
        return height + "p";
    }
}
