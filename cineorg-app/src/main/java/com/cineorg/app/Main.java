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
import java.util.Map;
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
            CommandLine cli = commandLine(root, wiring);
            cli.setOut(out);
            cli.setErr(err);
            return cli.execute(args);
        } catch (RuntimeException | Error e) {
            // an error outside a command (closing the database, a broken installation): one line, as in a command
            return new CliErrorHandler(root.global()::stacktrace).report(e, err);
        }
    }

    static CommandLine commandLine(CineOrgCommand root, Wiring wiring) {
        CommandLine cli = new CommandLine(root);
        cli.addSubcommand(new ScanCommand(
                c -> wiring.scan().scan(c), task -> TerminalProgress.forTerminal(task, root.global().quiet())));
        LookupIdentificationsUseCase identifications = ids -> wiring.reviews().identifications(ids);
        LookupMediaInfoUseCase mediaInfo = ids -> wiring.probe().mediaInfo(ids);
        cli.addSubcommand(new ListCommand(q -> wiring.list().list(q), identifications, root::global, mediaInfo));
        cli.addSubcommand(new ShowCommand(id -> wiring.show().show(id), id -> wiring.mediaDetails().details(id)));
        ReviewQueueUseCase reviews = (offset, limit) -> wiring.reviews().reviews(offset, limit);
        MatchMediaUseCase match = c -> wiring.match().match(c);
        SearchCandidatesUseCase search = q -> wiring.search().search(q);
        cli.addSubcommand(new IdentifyCommand(c -> wiring.identify().identify(c), reviews, match, search,
                task -> TerminalProgress.forTerminal(task, root.global().quiet())));
        cli.addSubcommand(new ProbeCommand(c -> wiring.probe().probe(c),
                task -> TerminalProgress.forTerminal(task, root.global().quiet())));
        cli.addSubcommand(new ReviewCommand(reviews, match, search));
        cli.addSubcommand(new MatchCommand(match));
        Function<String, ProgressListener> progress = task -> TerminalProgress.forTerminal(task, root.global().quiet());
        ApplyPlanUseCase applyPlan = (plan, options) -> wiring.organize().apply(plan, options);
        cli.addSubcommand(new OrganizeCommand(c -> wiring.organize().organize(c), applyPlan,
                () -> wiring.organize().recover(), progress));
        cli.addSubcommand(new ApplyCommand(applyPlan, progress));
        cli.addSubcommand(new HistoryCommand(() -> wiring.undo().listRuns()));
        cli.addSubcommand(new UndoCommand((run, p) -> wiring.undo().undo(run, p), progress));
        RunPipelineUseCase pipeline = c -> wiring.pipeline().run(c);
        cli.addSubcommand(new RunCommand(pipeline, wiring::runDefaults));
        cli.addSubcommand(new WatchCommand(pipeline, wiring::runDefaults,
                action -> Runtime.getRuntime().addShutdownHook(new Thread(action, "cineorg-shutdown"))));
        cli.addSubcommand(new ServeCommand(wiring::apiServer));
        cli.addSubcommand(new ParseCommand(name -> wiring.parseNames().parse(name)));
        cli.addSubcommand(new ConfigCommand(wiring.env()));
        cli.addSubcommand(new CompletionCommand());
        cli.addSubcommand(new DoctorCommand(wiring));
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
