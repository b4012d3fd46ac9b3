package com.cineorg.bench;

import com.cineorg.adapter.cli.ParseCommand;
import com.cineorg.application.parse.ParseNameService;
import com.cineorg.domain.parse.ReleaseNameParser;
import picocli.CommandLine;

/** {@code cineorg parse} without the app: names on stdin, JSON lines on stdout (the score.py protocol). */
public final class ParseStdinMain {
    private ParseStdinMain() {}

    public static void main(String[] args) {
        int rc = new CommandLine(new ParseCommand(new ParseNameService(new ReleaseNameParser()))).execute(args);
        System.exit(rc);
    }
}
