package com.cineorg.adapter.cli.option;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options valid before or after any subcommand. */
public final class GlobalOptions {
    @Option(names = "--db", paramLabel = "PATH|JDBC-URL", scope = ScopeType.INHERIT,
            description = "Database file or JDBC URL (default: $CINEORG_DB, else $XDG_DATA_HOME/cineorg/cineorg.db).")
    String db;

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean stacktrace;

    @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "Never use colours (also: NO_COLOR).")
    boolean noColor;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "Print only errors and results.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, description = "Write DEBUG detail to the log file (its path is printed).")
    boolean verbose;

    public String db() { return db; }
    public boolean stacktrace() { return stacktrace; }
    public boolean quiet() { return quiet; }
    public boolean verbose() { return verbose; }

    /** Colours only on a terminal, never with NO_COLOR or --no-color. */
    public boolean colour() {
        return !noColor && System.console() != null && System.getenv("NO_COLOR") == null;
    }
}
