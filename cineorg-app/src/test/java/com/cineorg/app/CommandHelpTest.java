package com.cineorg.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.cineorg.adapter.cli.CineOrgCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every command, nested ones too, prints its usage on --help and -h before it checks its arguments. */
class CommandHelpTest {
    @TempDir
    Path dir;

    private Map<String, String> env() {
        return Map.of("HOME", dir.toString(), "XDG_DATA_HOME", dir.resolve("data").toString(),
                "XDG_CONFIG_HOME", dir.resolve("config").toString(), "CINEORG_LOG_DIR", dir.resolve("logs").toString());
    }

    private static MainAccess.Result run(Map<String, String> env, List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true), env);
        return new MainAccess.Result(code, out.toString(), err.toString());
    }

    @Test
    void everyCommandAnswersHelpWithItsUsageAndExitZero() {
        Map<String, String> env = env();
        CommandLine cli;
        try (Wiring wiring = new Wiring(new CineOrgCommand().global(), env)) {
            cli = Main.commandLine(new CineOrgCommand(), wiring);
        }
        int checked = 0;
        for (List<String> path : commands(cli, List.of())) {
            for (String flag : List.of("--help", "-h")) {
                List<String> args = new java.util.ArrayList<>(path);
                args.add(flag);
                MainAccess.Result r = run(env, args);
                assertThat(r.code()).as("%s: %s", args, r.err()).isZero();
                assertThat(r.out()).as("%s", args).startsWith("Usage: cineorg " + String.join(" ", path));
                assertThat(r.err()).as("%s", args).isEmpty();
                checked++;
            }
        }
        assertThat(checked).as("commands with help").isGreaterThanOrEqualTo(2 * 20);
        assertThat(Files.exists(dir.resolve("data/cineorg/cineorg.db"))).as("help opens no database").isFalse();
    }

    @Test
    void theSubcommandIsFoundPastRootOptionsAndTheirValues() {
        CommandLine root = new CommandLine(new CineOrgCommand());
        CommandLine.Model.CommandSpec spec = root.getCommandSpec();
        assertThat(Main.subcommandName(spec, new String[] {"scan", "/media"})).isEqualTo("scan");
        assertThat(Main.subcommandName(spec, new String[] {"--db", "scan", "list", "-q"})).isEqualTo("list");
        assertThat(Main.subcommandName(spec, new String[] {"--db=x.db", "-qv", "organize"})).isEqualTo("organize");
        assertThat(Main.subcommandName(spec, new String[] {"--help"})).isNull();
        assertThat(Main.subcommandName(spec, new String[] {"--", "scan"})).isNull();
        assertThat(Main.subcommandName(spec, new String[0])).isNull();
    }

    @Test
    void aCommandBuiltAloneBehavesAsInTheFullLineAndATypoStillGetsSuggestions() {
        Map<String, String> env = env();
        MainAccess.Result typo = run(env, List.of("--db", dir.resolve("x.db").toString(), "scann"));
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("Did you mean: cineorg scan");
        MainAccess.Result missing = run(env, List.of("--db", dir.resolve("x.db").toString(), "undo", "--bogus"));
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("Unknown option: '--bogus'").contains("Try 'cineorg undo --help'.");
        MainAccess.Result top = run(env, List.of("--help"));
        assertThat(top.code()).isZero();
        assertThat(top.out()).contains("scan").contains("organize").contains("doctor").contains("completion");
        MainAccess.Result completion = run(env, List.of("completion", "bash"));
        assertThat(completion.code()).isZero();
        assertThat(completion.out()).contains("organize").contains("history");
    }

    private static List<List<String>> commands(CommandLine cli, List<String> prefix) {
        List<List<String>> out = new java.util.ArrayList<>();
        for (Map.Entry<String, CommandLine> sub : cli.getSubcommands().entrySet()) {
            if (!sub.getKey().equals(sub.getValue().getCommandName())) {
                continue; // an alias
            }
            List<String> path = new java.util.ArrayList<>(prefix);
            path.add(sub.getKey());
            out.add(path);
            out.addAll(commands(sub.getValue(), path));
        }
        return out;
    }
}
