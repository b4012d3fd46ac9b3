package com.cineorg.app;

import java.nio.file.Path;
import java.util.Map;

/** Where the catalog lives: `--db`, else `CINEORG_DB`, else `$XDG_DATA_HOME/cineorg/cineorg.db`. */
final class DatabaseLocation {
    private DatabaseLocation() {}

    static String resolve(String flag, Map<String, String> env) {
        if (flag != null && !flag.isBlank()) {
            return flag;
        }
        String fromEnv = env.get("CINEORG_DB");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        return dataHome(env).resolve("cineorg").resolve("cineorg.db").toString();
    }

    static Path dataHome(Map<String, String> env) {
        return xdg(env, "XDG_DATA_HOME", ".local/share");
    }

    static Path configHome(Map<String, String> env) {
        return xdg(env, "XDG_CONFIG_HOME", ".config");
    }

    static Path stateHome(Map<String, String> env) {
        return xdg(env, "XDG_STATE_HOME", ".local/state");
    }

    /** The folder of cineorg.log (see {@link LogConfigurator}): $CINEORG_LOG_DIR, else $XDG_STATE_HOME/cineorg. */
    static Path logDir(Map<String, String> env) {
        String dir = env.get("CINEORG_LOG_DIR");
        return dir != null && !dir.isBlank() ? Path.of(dir) : stateHome(env).resolve("cineorg");
    }

    private static Path xdg(Map<String, String> env, String variable, String fallback) {
        String value = env.get(variable);
        if (value != null && !value.isBlank() && Path.of(value).isAbsolute()) {
            return Path.of(value);
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home).resolve(fallback);
    }
}
