package com.cineorg.application.parse;

import com.cineorg.domain.model.media.ParsedRelease;
import com.cineorg.domain.port.in.ParseNameUseCase;
import com.cineorg.domain.port.out.FileNameParser;
import java.util.Objects;

/** Parses names with the configured {@link FileNameParser}; a null name is read as an empty one. */
public final class ParseNameService implements ParseNameUseCase {
    private final FileNameParser parser;

    public ParseNameService(FileNameParser parser) {
        this.parser = Objects.requireNonNull(parser);
    }

    @Override
    public ParsedRelease parse(String name) {
        return parser.parse(name == null ? "" : name);
    }
}
