package com.cineorg.app;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Everything CineOrg can be configured with. Read from {@code config.toml}, then overridden by environment
 * variables and flags (flags > environment > file > defaults). Absent values are null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AppConfig(String database, Library library, Sources sources, Providers providers, Identify identify,
        Server server) {

    AppConfig {
        library = library == null ? new Library(null, null, null, null, null, null) : library;
        sources = sources == null ? new Sources(null) : sources;
        providers = providers == null ? new Providers(null, null, null, null, null, null, null, null) : providers;
        identify = identify == null ? new Identify(null, null, null) : identify;
        server = server == null ? new Server(null, null, null, null) : server;
    }

    static AppConfig empty() {
        return new AppConfig(null, null, null, null, null, null);
    }

    /** The library organize writes into, and how. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Library(String target, String mode, String scheme, String movieTemplate, String episodeTemplate,
            String onConflict) {}

    /** Download folders that `cineorg run` and `watch` scan when given no folder. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Sources(List<String> roots) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Providers(String tmdbApiKey, String tvdbApiKey, String tvdbPin, String tmdbBaseUrl, String tvdbBaseUrl,
            Double tmdbRate, String language, String seriesProvider) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Identify(Double threshold, Double margin, Integer cacheTtlDays) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Server(String host, Integer port, String apiKey, List<String> corsOrigins) {}
}
