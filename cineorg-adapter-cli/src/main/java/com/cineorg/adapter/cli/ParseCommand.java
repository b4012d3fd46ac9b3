package com.cineorg.adapter.cli;

import com.cineorg.domain.model.media.ParsedReleaseFields;
import com.cineorg.domain.port.in.ParseNameUseCase;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cineorg parse NAME...}: what a release name says (title, year, season, episode, quality...). With no NAME,
 * reads names from stdin, one per line, and writes one JSON object per line in the same order.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Parse release names or paths into title, year, season, episode, quality and more.",
            "With no NAME, reads names from standard input (one per line) and writes one JSON object per line."})
public final class ParseCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ParseNameUseCase parser;
    private final InputStream stdin;
    private final BooleanSupplier interactive;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", arity = "0..*", description = "Release names or file paths; none: read stdin.")
    List<String> names;

    @Option(names = "--json", description = "Print JSON (one object per line); the default when stdout is not a terminal.")
    boolean json;

    public ParseCommand(ParseNameUseCase parser) {
        this(parser, null);
    }

    /** @param stdin where names are read from when none is given; null means {@code System.in} at run time */
    public ParseCommand(ParseNameUseCase parser, InputStream stdin) {
        this(parser, stdin, () -> System.console() != null);
    }

    /** @param interactive whether stdout is a terminal (text output by default) or a pipe (JSON lines) */
    ParseCommand(ParseNameUseCase parser, InputStream stdin, BooleanSupplier interactive) {
        this.parser = Objects.requireNonNull(parser);
        this.stdin = stdin;
        this.interactive = Objects.requireNonNull(interactive);
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        boolean asJson = json || !interactive.getAsBoolean();
        if (names == null || names.isEmpty()) {
            InputStream in = stdin != null ? stdin : System.in;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            StringBuilder buf = new StringBuilder(1 << 16);
            String line;
            while ((line = reader.readLine()) != null) {
                buf.append(JSON.writeValueAsString(ParsedReleaseFields.toMap(parser.parse(line)))).append('\n');
                if (buf.length() >= 1 << 15) {
                    out.write(buf.toString());
                    buf.setLength(0);
                }
            }
            out.write(buf.toString());
            out.flush();
            return 0;
        }
        boolean firstBlock = true;
        for (String name : names) {
            Map<String, Object> map = ParsedReleaseFields.toMap(parser.parse(name));
            if (asJson) {
                out.println(toJson(map));
            } else {
                if (!firstBlock) {
                    out.println();
                }
                firstBlock = false;
                out.println("input: " + name);
                map.forEach((k, v) -> out.println(k + ": " + text(v)));
            }
        }
        out.flush();
        return 0;
    }

    private static String toJson(Map<String, Object> map) {
        try {
            return JSON.writeValueAsString(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Object v) {
        if (v instanceof List<?> list) {
            StringBuilder sb = new StringBuilder();
            for (Object o : list) {
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                sb.append(o);
            }
            return sb.toString();
        }
        return String.valueOf(v);
    }
}
