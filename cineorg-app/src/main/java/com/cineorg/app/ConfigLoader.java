package com.cineorg.app;

import com.cineorg.domain.error.InvalidInputException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/** Reads {@code config.toml} and lays the environment over it. */
final class ConfigLoader {
    static final TomlMapper TOML = TomlMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ConfigLoader() {}

    /** `$CINEORG_CONFIG`, else `$XDG_CONFIG_HOME/cineorg/config.toml`. */
    static Path path(Map<String, String> env) {
        String explicit = env.get("CINEORG_CONFIG");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        return DatabaseLocation.configHome(env).resolve("cineorg").resolve("config.toml");
    }

    /** The file's settings (empty when there is no file) with the environment applied over them. */
    static AppConfig load(Map<String, String> env) {
        return withEnvironment(readFile(path(env)), env);
    }

    static AppConfig readFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return AppConfig.empty();
        } catch (MalformedInputException e) {
            throw new InvalidInputException("config file " + file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new InvalidInputException("cannot read config file " + file + ": " + e.getMessage());
        }
        if (text.isBlank()) {
            return AppConfig.empty();
        }
        try {
            return TOML.readValue(text, AppConfig.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? -1 : at.getLineNr();
            if (line < 1 && e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                // TOML is read into a tree first, so mapping errors lose their place: find the key in the text
                line = lineOfKey(text, mapping.getPath().get(mapping.getPath().size() - 1).getFieldName());
            }
            String where = line < 1 ? "" : ":" + line;
            throw new InvalidInputException("bad config file " + file + where + ": " + e.getOriginalMessage()
                    .replaceAll("\\s*\\(class [^)]*\\)", "").replaceAll("\\s+", " "));
        }
    }

    /** The 1-based line where {@code key = ...} is written, or -1. */
    static int lineOfKey(String text, String key) {
        if (key == null) {
            return -1;
        }
        String[] lines = text.split("\n", -1);
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(
                "^\\s*[\"']?" + java.util.regex.Pattern.quote(key) + "[\"']?\\s*=");
        for (int i = 0; i < lines.length; i++) {
            if (p.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return -1;
    }

    static AppConfig withEnvironment(AppConfig c, Map<String, String> env) {
        AppConfig.Providers p = c.providers();
        AppConfig.Providers providers = new AppConfig.Providers(
                env(env, "CINEORG_TMDB_API_KEY", p.tmdbApiKey()),
                env(env, "CINEORG_TVDB_API_KEY", p.tvdbApiKey()),
                env(env, "CINEORG_TVDB_PIN", p.tvdbPin()),
                env(env, "CINEORG_TMDB_BASE_URL", p.tmdbBaseUrl()),
                env(env, "CINEORG_TVDB_BASE_URL", p.tvdbBaseUrl()),
                p.tmdbRate(),
                env(env, "CINEORG_LANGUAGE", p.language()),
                p.seriesProvider());
        AppConfig.Server s = c.server();
        AppConfig.Server server = new AppConfig.Server(s.host(), s.port(), env(env, "CINEORG_API_KEY", s.apiKey()),
                s.corsOrigins());
        AppConfig.Library l = c.library();
        AppConfig.Library library = new AppConfig.Library(env(env, "CINEORG_LIBRARY", l.target()), l.mode(),
                l.scheme(), l.movieTemplate(), l.episodeTemplate(), l.onConflict());
        return new AppConfig(env(env, "CINEORG_DB", c.database()), library, c.sources(), providers, c.identify(),
                server);
    }

    private static String env(Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** The configuration as TOML with every secret masked, for `config show`. */
    static String showMasked(AppConfig c) {
        AppConfig.Providers p = c.providers();
        AppConfig.Server s = c.server();
        AppConfig masked = new AppConfig(c.database(), c.library(), c.sources(),
                new AppConfig.Providers(mask(p.tmdbApiKey()), mask(p.tvdbApiKey()), mask(p.tvdbPin()),
                        p.tmdbBaseUrl(), p.tvdbBaseUrl(), p.tmdbRate(), p.language(), p.seriesProvider()),
                c.identify(),
                new AppConfig.Server(s.host(), s.port(), mask(s.apiKey()), s.corsOrigins()));
        try {
            return TOML.writeValueAsString(masked);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the configuration: " + e.getOriginalMessage(), e);
        }
    }

    static String mask(String secret) {
        if (secret == null) {
            return null;
        }
        return secret.length() <= 8 ? "********" : secret.substring(0, 2) + "******" + secret.substring(secret.length() - 2);
    }

    static final String TEMPLATE = String.join("\n",
            "# CineOrg configuration. Precedence: command-line flags > environment variables > this file > defaults.",
            "# Environment: CINEORG_DB, CINEORG_TMDB_API_KEY, CINEORG_TVDB_API_KEY, CINEORG_TVDB_PIN,",
            "# CINEORG_TMDB_BASE_URL, CINEORG_TVDB_BASE_URL, CINEORG_API_KEY, CINEORG_LIBRARY, CINEORG_CONFIG.",
            "",
            "# database = \"/var/lib/cineorg/cineorg.db\"   # or a JDBC URL: jdbc:postgresql://host/cineorg?user=..",
            "",
            "[library]",
            "# target = \"/media/library\"",
            "mode = \"move\"              # move | copy | hardlink | symlink",
            "scheme = \"plex\"            # plex | jellyfin",
            "on_conflict = \"skip\"       # skip | keep-both | replace-if-better",
            "",
            "[sources]",
            "# roots = [\"/downloads/complete\"]",
            "",
            "[providers]",
            "# tmdb_api_key = \"\"        # better: the CINEORG_TMDB_API_KEY environment variable",
            "# tvdb_api_key = \"\"",
            "tmdb_rate = 40.0",
            "language = \"en-US\"",
            "series_provider = \"tmdb\"   # tmdb | tvdb",
            "",
            "[identify]",
            "threshold = 0.85",
            "margin = 0.08",
            "cache_ttl_days = 30",
            "",
            "[server]",
            "host = \"127.0.0.1\"",
            "port = 8642",
            "# api_key is generated on first `cineorg serve` and stored here",
            "");
}
