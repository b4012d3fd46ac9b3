package com.cineorg.app;

import com.cineorg.adapter.cli.CineOrgCommand;
import com.cineorg.adapter.cli.IdentifyCommand;
import com.cineorg.adapter.cli.ListCommand;
import com.cineorg.adapter.cli.ApplyCommand;
import com.cineorg.adapter.cli.HistoryCommand;
import com.cineorg.adapter.cli.MatchCommand;
import com.cineorg.adapter.cli.OrganizeCommand;
import com.cineorg.adapter.cli.ParseCommand;
import com.cineorg.adapter.cli.ProbeCommand;
import com.cineorg.adapter.cli.RunCommand;
import com.cineorg.adapter.cli.UndoCommand;
import com.cineorg.adapter.cli.ReviewCommand;
import com.cineorg.adapter.cli.ScanCommand;
import com.cineorg.adapter.cli.ShowCommand;
import com.cineorg.adapter.cli.error.CliErrorHandler;
import com.cineorg.adapter.cli.render.TerminalProgress;
import com.cineorg.domain.port.in.ApplyPlanUseCase;
import com.cineorg.domain.port.in.LookupIdentificationsUseCase;
import com.cineorg.domain.port.in.LookupMediaInfoUseCase;
import com.cineorg.domain.port.in.ProgressListener;
import com.cineorg.domain.port.in.RunPipelineUseCase;
import com.cineorg.domain.port.in.MatchMediaUseCase;
import com.cineorg.domain.port.in.ReviewQueueUseCase;
import com.cineorg.domain.port.in.SearchCandidatesUseCase;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.Function;
import picocli.CommandLine;

/** The `cineorg` launcher. The only class that calls System.exit. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, false);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = run(args, out, err, System.getenv());
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command line; returns the exit code. */
    static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        CineOrgCommand root = new CineOrgCommand();
        try (Wiring wiring = new Wiring(root.global(), env)) {
            CommandLine cli = commandLine(root, wiring, args);
            cli.setOut(out);
            cli.setErr(err);
            return cli.execute(args);
        } catch (RuntimeException | Error e) {
            // an error outside a command (closing the database, a broken installation): one line, as in a command
            return new CliErrorHandler(root.global()::stacktrace).report(e, err);
        }
    }

    static CommandLine commandLine(CineOrgCommand root, Wiring wiring) {
        return commandLine(root, wiring, new String[0]);
    }

    /**
     * The command line for {@code args}. Building picocli's model of every subcommand takes about a fifth of a second
     * of reflection at each start, so when the arguments name one subcommand only that one is built. Anything else
     * (no subcommand, {@code --help}, a typo that wants suggestions, {@code completion}) gets all of them.
     */
    static CommandLine commandLine(CineOrgCommand root, Wiring wiring, String[] args) {
        CommandLine cli = new CommandLine(root);
        Map<String, Supplier<Object>> commands = subcommands(root, wiring);
        String named = subcommandName(cli.getCommandSpec(), args);
        Supplier<Object> only = named == null || named.equals("completion") ? null : commands.get(named);
        if (only != null) {
            cli.addSubcommand(only.get());
        } else {
            new LinkedHashSet<>(commands.values()).forEach(command -> cli.addSubcommand(command.get()));
        }
        standardHelp(cli);
        // --verbose: the log file records DEBUG detail (logback reads the level when it starts, after parsing)
        cli.setExecutionStrategy(parseResult -> {
            if (root.global().verbose() && System.getProperty("CINEORG_LOG_LEVEL") == null) {
                System.setProperty("CINEORG_LOG_LEVEL", "DEBUG");
                cli.getErr().println("cineorg: detailed log in "
                        + DatabaseLocation.logDir(wiring.env()).resolve("cineorg.log"));
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        CliErrorHandler errors = new CliErrorHandler(() -> root.global().stacktrace());
        cli.setExecutionExceptionHandler(errors);
        cli.setExitCodeExceptionMapper(errors);
        cli.setParameterExceptionHandler((ex, argv) -> {
            CommandLine failed = ex.getCommandLine();
            failed.getErr().println("cineorg: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, failed.getErr());
            failed.getErr().println("Try 'cineorg " + (failed == cli ? "" : failed.getCommandName() + " ") + "--help'.");
            return 2;
        });
        return cli;
    }

    /** Each subcommand's factory under its name and aliases, in the order `cineorg --help` lists them. */
    private static Map<String, Supplier<Object>> subcommands(CineOrgCommand root, Wiring wiring) {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        Function<String, ProgressListener> progress = task -> TerminalProgress.forTerminal(task, root.global().quiet());
        LookupIdentificationsUseCase identifications = ids -> wiring.reviews().identifications(ids);
        LookupMediaInfoUseCase mediaInfo = ids -> wiring.probe().mediaInfo(ids);
        ReviewQueueUseCase reviews = (offset, limit) -> wiring.reviews().reviews(offset, limit);
        MatchMediaUseCase match = c -> wiring.match().match(c);
        SearchCandidatesUseCase search = q -> wiring.search().search(q);
        ApplyPlanUseCase applyPlan = (plan, options) ->
                wiring.locked().holding("apply the plan", () -> wiring.organize().apply(plan, options));
        RunPipelineUseCase pipeline = c -> wiring.pipeline().run(c);
        add(commands, ScanCommand.class, () -> new ScanCommand(c -> wiring.scan().scan(c), progress));
        add(commands, ListCommand.class,
                () -> new ListCommand(q -> wiring.list().list(q), identifications, root::global, mediaInfo));
        add(commands, ShowCommand.class,
                () -> new ShowCommand(id -> wiring.show().show(id), id -> wiring.mediaDetails().details(id)));
        add(commands, IdentifyCommand.class,
                () -> new IdentifyCommand(c -> wiring.identify().identify(c), reviews, match, search, progress));
        add(commands, ProbeCommand.class, () -> new ProbeCommand(c -> wiring.probe().probe(c), progress));
        add(commands, ReviewCommand.class, () -> new ReviewCommand(reviews, match, search));
        add(commands, MatchCommand.class, () -> new MatchCommand(match));
        add(commands, OrganizeCommand.class, () -> new OrganizeCommand(wiring.lockedOrganize(), applyPlan,
                () -> wiring.locked().holding("resume", () -> wiring.organize().recover()), progress));
        add(commands, ApplyCommand.class, () -> new ApplyCommand(applyPlan, progress));
        add(commands, HistoryCommand.class, () -> new HistoryCommand(() -> wiring.undo().listRuns()));
        add(commands, UndoCommand.class, () -> new UndoCommand(wiring.lockedUndo(), progress));
        add(commands, RunCommand.class, () -> new RunCommand(pipeline, wiring::runDefaults));
        add(commands, WatchCommand.class, () -> new WatchCommand(pipeline, wiring::runDefaults,
                action -> Runtime.getRuntime().addShutdownHook(new Thread(action, "cineorg-shutdown"))));
        add(commands, ServeCommand.class, () -> new ServeCommand(wiring::apiServer));
        add(commands, ParseCommand.class, () -> new ParseCommand(name -> wiring.parseNames().parse(name)));
        add(commands, ConfigCommand.class, () -> new ConfigCommand(wiring.env()));
        add(commands, CompletionCommand.class, CompletionCommand::new);
        add(commands, DoctorCommand.class, () -> new DoctorCommand(wiring));
        return commands;
    }

    private static void add(Map<String, Supplier<Object>> commands, Class<?> type, Supplier<Object> factory) {
        CommandLine.Command command = type.getAnnotation(CommandLine.Command.class);
        commands.put(command.name(), factory);
        for (String alias : command.aliases()) {
            commands.put(alias, factory);
        }
    }

    /** The first argument that is not a root option or an option's value: the subcommand asked for, or null. */
    static String subcommandName(CommandLine.Model.CommandSpec rootSpec, String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                return null;
            }
            if (!arg.startsWith("-") || arg.equals("-")) {
                return arg;
            }
            if (asksRootHelp(rootSpec, arg)) {
                return null; // the root's usage lists every subcommand
            }
            CommandLine.Model.OptionSpec option = arg.contains("=") ? null : rootSpec.findOption(arg);
            if (option != null && option.arity().min() > 0) {
                i += option.arity().min(); // its value
            }
        }
        return null;
    }

    /** Whether {@code arg} is the root's -h/--help, alone or in a cluster of short options such as -qh. */
    private static boolean asksRootHelp(CommandLine.Model.CommandSpec rootSpec, String arg) {
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        CommandLine.Model.OptionSpec option = rootSpec.findOption(name);
        if (option != null) {
            return option.usageHelp();
        }
        if (!arg.startsWith("--") && arg.length() > 2) {
            for (int c = 1; c < arg.length(); c++) {
                CommandLine.Model.OptionSpec one = rootSpec.findOption("-" + arg.charAt(c));
                if (one == null || one.arity().min() > 0) {
                    return false; // the rest of the cluster is a value
                }
                if (one.usageHelp()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Every command answers {@code -h/--help} (and {@code -V/--version}) before it checks its arguments, as the
     * "Try 'cineorg scan --help'" line of a usage error promises.
     */
    private static void standardHelp(CommandLine command) {
        for (CommandLine sub : command.getSubcommands().values()) {
            sub.getCommandSpec().mixinStandardHelpOptions(true); // no-op where the command has them already
            standardHelp(sub);
        }
    }
}
