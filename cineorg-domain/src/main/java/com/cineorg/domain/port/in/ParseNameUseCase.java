package com.cineorg.domain.port.in;

import com.cineorg.domain.model.media.ParsedRelease;

/** Reads a release name (or a path with its folders) into what it says about the content. */
public interface ParseNameUseCase {
    /**
     * @param name a bare release name or a relative/absolute path with {@code /} or {@code \} separators
     * @return a best-effort result, never null; an unreadable name gives a result without a title
     */
    ParsedRelease parse(String name);
}
