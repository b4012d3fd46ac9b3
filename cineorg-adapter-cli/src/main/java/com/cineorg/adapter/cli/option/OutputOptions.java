package com.cineorg.adapter.cli.option;

import picocli.CommandLine.Option;

/** `--json`: one JSON object per line instead of text for people. */
public final class OutputOptions {
    @Option(names = "--json", description = "Print one JSON object per line (for scripts).")
    boolean json;

    public boolean json() {
        return json;
    }
}
