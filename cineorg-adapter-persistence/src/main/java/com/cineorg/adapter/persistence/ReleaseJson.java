package com.cineorg.adapter.persistence;

import com.cineorg.domain.model.media.ParsedRelease;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/** {@link ParsedRelease} as the JSON text of {@code media_file.parsed_json}: absent and empty fields are left out. */
final class ReleaseJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(InstantJson.module())
            .registerModule(new BlackbirdModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
    private static final ObjectWriter WRITER = MAPPER.writerFor(ParsedRelease.class);
    private static final ObjectReader READER = MAPPER.readerFor(ParsedRelease.class);

    private ReleaseJson() {}

    static String write(ParsedRelease release) {
        try {
            return WRITER.writeValueAsString(release);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the parsed release as JSON", e);
        }
    }

    /** The parse stored in {@code parsed_json}, from the column's UTF-8 bytes (null or empty for no parse). */
    static ParsedRelease read(byte[] json) {
        if (json == null || json.length == 0) {
            return ParsedRelease.empty();
        }
        try {
            return READER.readValue(json);
        } catch (IOException e) {
            throw new UncheckedIOException("stored parsed release is not valid JSON", e);
        }
    }
}
