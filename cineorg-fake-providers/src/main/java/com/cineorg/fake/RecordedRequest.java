package com.cineorg.fake;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A request the fake server received, for assertions in tests. */
public record RecordedRequest(
        String method, String path, Map<String, List<String>> query, String authorization, String body) {

    public RecordedRequest {
        query = Map.copyOf(query);
    }

    public Optional<String> queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
