package com.cineorg.fake;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a route answers, before faults are applied. */
record Answer(int status, String body, String contentType, Map<String, String> headers) {

    static final String JSON = "application/json;charset=utf-8";

    static Answer json(int status, String body) {
        return new Answer(status, body, JSON, Map.of());
    }

    Answer withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new Answer(status, body, contentType, h);
    }
}
