package com.cineorg.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The root's help, asked before a subcommand's name, still lists every subcommand. */
class RootHelpTest {
    @TempDir
    Path dir;

    private MainAccess.Result run(String... args) {
        Map<String, String> env = Map.of("HOME", dir.toString(), "XDG_DATA_HOME", dir.resolve("data").toString(),
                "XDG_CONFIG_HOME", dir.resolve("config").toString(), "CINEORG_LOG_DIR", dir.resolve("logs").toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
        return new MainAccess.Result(code, out.toString(), err.toString());
    }

    @Test
    void rootHelpBeforeASubcommandNameStillListsEveryCommand() {
        for (List<String> args : List.of(List.of("--help", "scan"), List.of("-h", "list"), List.of("-qh", "undo"))) {
            MainAccess.Result r = run(args.toArray(String[]::new));
            assertThat(r.code()).as("%s", args).isZero();
            assertThat(r.out()).as("%s", args).startsWith("Usage: cineorg [")
                    .contains("  scan ", "  organize ", "  doctor ", "  completion ");
        }
    }
}
