package com.cineorg.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One in-process `cineorg` command of an end-to-end test: its exit code and what it printed. */
record CliResult(int code, String out, String err) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Runs {@code args} through {@link Main#run} with {@code env} as the whole environment. */
    static CliResult of(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
        return new CliResult(code, out.toString(), err.toString());
    }

    /** Each non-blank line of the output as JSON (for `--json`). */
    List<JsonNode> jsonLines() throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }
}
