package com.cineorg.domain.port.in;

/**
 * Reads duration, resolution and codecs of catalog files with ffprobe or mediainfo and records them. One bad file
 * never stops the pass; without a tool it does nothing and says so once.
 */
public interface ProbeMediaUseCase {
    ProbeReport probe(ProbeMediaCommand command);
}
