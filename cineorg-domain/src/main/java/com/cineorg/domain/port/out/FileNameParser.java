package com.cineorg.domain.port.out;

import com.cineorg.domain.model.media.ParsedRelease;

/**
 * Reads a release-style file name, with its parent folders where given, into a {@link ParsedRelease}. Must be safe
 * to call from several threads at once: a scan parses its batches in parallel.
 */
public interface FileNameParser {
    /**
     * @param path a bare name ({@code Heat.1995.1080p.BluRay.x264-GRP.mkv}) or a path whose folders carry
     *     information too ({@code Show/Season 02/05 - Title.mkv}), with {@code /} (or {@code \}) separators
     * @return a best-effort result; never null, never throws for any input
     */
    ParsedRelease parse(String path);
}
