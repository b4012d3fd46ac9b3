package com.cineorg.adapter.persistence;

import com.cineorg.domain.error.InvalidInputException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the database lives, parsed from what the user gave: a file path, a {@code jdbc:sqlite:} URL or a
 * {@code jdbc:postgresql:} URL.
 *
 * @param file the SQLite file, or null for PostgreSQL
 * @param display how error messages name the database (the file, or the URL without its password)
 */
record DbSpec(Engine engine, String jdbcUrl, Path file, String display) {
    private static final String SQLITE = "jdbc:sqlite:";
    private static final String POSTGRESQL = "jdbc:postgresql:";

    static DbSpec parse(String spec, Duration busyTimeout) {
        if (spec == null || spec.isBlank()) {
            throw new InvalidInputException("no database given");
        }
        String s = spec.trim();
        if (s.regionMatches(true, 0, SQLITE, 0, SQLITE.length())) {
            String rest = s.substring(SQLITE.length());
            int q = rest.indexOf('?');
            String location = q < 0 ? rest : rest.substring(0, q);
            Map<String, String> params = q < 0 ? new LinkedHashMap<>() : query(rest.substring(q + 1));
            if (location.startsWith("file:")) {
                location = location.substring("file:".length());
            }
            if (location.isEmpty() || location.startsWith(":memory:")) {
                throw new InvalidInputException("an in-memory SQLite database is not supported; give a file: " + s);
            }
            return sqlite(toPath(location, s), params, busyTimeout);
        }
        if (s.regionMatches(true, 0, POSTGRESQL, 0, POSTGRESQL.length())) {
            String url = s.contains("reWriteBatchedInserts=") ? s
                    : s + (s.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true"; // multi-row INSERTs for batches
            return new DbSpec(Engine.POSTGRESQL, url, null, withoutPassword(s));
        }
        if (s.regionMatches(true, 0, "jdbc:", 0, 5)) {
            throw new InvalidInputException(
                    "unsupported database URL " + withoutPassword(s) + "; give a file, jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB");
        }
        return sqlite(toPath(s, s), new LinkedHashMap<>(), busyTimeout);
    }

    private static DbSpec sqlite(Path file, Map<String, String> params, Duration busyTimeout) {
        params.putIfAbsent("journal_mode", "WAL");
        params.putIfAbsent("busy_timeout", Long.toString(Math.max(0, busyTimeout.toMillis())));
        params.putIfAbsent("foreign_keys", "true");
        params.putIfAbsent("synchronous", "NORMAL"); // safe in WAL mode: a crash loses at most the last commits
        params.putIfAbsent("cache_size", "-32768"); // 32 MiB per connection, allocated as used
        StringBuilder url = new StringBuilder(SQLITE).append(file);
        char sep = '?';
        for (Map.Entry<String, String> e : params.entrySet()) {
            url.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = '&';
        }
        return new DbSpec(Engine.SQLITE, url.toString(), file, file.toString());
    }

    private static Path toPath(String location, String spec) {
        try {
            return Path.of(location).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new InvalidInputException("not a usable database file name: " + spec);
        }
    }

    private static Map<String, String> query(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            params.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
        }
        return params;
    }

    /** The URL with the value of any {@code password} parameter replaced, fit for messages. */
    static String withoutPassword(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
