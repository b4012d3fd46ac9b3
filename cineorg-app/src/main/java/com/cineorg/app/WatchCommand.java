package com.cineorg.app;

import com.cineorg.adapter.cli.RunCommand;
import com.cineorg.app.watch.FolderWatcher;
import com.cineorg.domain.error.InvalidInputException;
import com.cineorg.domain.error.StorageFailureException;
import com.cineorg.domain.model.library.CollisionPolicy;
import com.cineorg.domain.model.library.NamingScheme;
import com.cineorg.domain.model.library.OrganizeMode;
import com.cineorg.domain.port.in.IdentifyCommand;
import com.cineorg.domain.port.in.OrganizeLibraryCommand;
import com.cineorg.domain.port.in.RunPipelineCommand;
import com.cineorg.domain.port.in.RunPipelineUseCase;
import com.cineorg.domain.port.in.RunReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "watch", description = {
    "Watch folders and run scan -> identify -> organize on each new video once it has stopped growing.",
    "Stops cleanly on Ctrl-C or SIGTERM (the file being processed is finished first)."})
final class WatchCommand implements Callable<Integer> {
    private final RunPipelineUseCase pipeline;
    private final Supplier<RunCommand.Defaults> defaults;
    private final ServeCommand.ShutdownSignal shutdown;

    @Parameters(arity = "0..*", paramLabel = "DIR", description = "Folders to watch (default: config [sources] roots).")
    List<Path> roots;

    @Option(names = "--settle", paramLabel = "SECONDS", defaultValue = "10",
            description = "A file is ready once unchanged this long (default ${DEFAULT-VALUE} s).")
    double settleSeconds;

    @Option(names = "--target", paramLabel = "LIBRARY", description = "Library folder (default: config).")
    Path target;

    @Option(names = "--mode", paramLabel = "MODE", description = "move, copy, hardlink or symlink.")
    String mode;

    @Option(names = "--offline", description = "Identify from file names only.")
    boolean offline;

    @Spec
    CommandSpec spec;

    WatchCommand(RunPipelineUseCase pipeline, Supplier<RunCommand.Defaults> defaults,
            ServeCommand.ShutdownSignal shutdown) {
        this.pipeline = pipeline;
        this.defaults = defaults;
        this.shutdown = shutdown;
    }

    @Override
    public Integer call() throws InterruptedException {
        RunCommand.Defaults d = defaults.get();
        List<Path> folders = roots == null || roots.isEmpty() ? d.roots() : roots;
        if (folders == null || folders.isEmpty()) {
            throw new InvalidInputException("watch needs folders: give them, or set [sources] roots in the config file");
        }
        for (Path f : folders) {
            if (!Files.isDirectory(f)) {
                throw new InvalidInputException("no such folder: " + f);
            }
        }
        if (settleSeconds <= 0) {
            throw new InvalidInputException("--settle must be positive");
        }
        Path library = target != null ? target : d.library();
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stop = new CountDownLatch(1);
        FolderWatcher watcher;
        try {
            watcher = new FolderWatcher(folders, Duration.ofMillis(Math.round(settleSeconds * 1000)),
                    ready -> process(ready, library, d, out), Clock.systemUTC());
        } catch (IOException e) {
            throw new StorageFailureException("cannot watch folders: " + e.getMessage(), e);
        }
        shutdown.onShutdown(() -> {
            watcher.close();
            stop.countDown();
        });
        watcher.start();
        out.println("Watching " + folders + " (Ctrl-C to stop)");
        out.flush();
        stop.await();
        out.println("Stopped watching.");
        out.flush();
        return 0;
    }

    private void process(Set<Path> ready, Path library, RunCommand.Defaults d, PrintWriter out) {
        Set<Path> folders = new LinkedHashSet<>();
        for (Path file : ready) {
            folders.add(file.getParent());
        }
        OrganizeLibraryCommand organize = library == null ? null : new OrganizeLibraryCommand(library,
                OrganizeMode.fromWord(mode != null ? mode : d.mode() != null ? d.mode() : "move"),
                NamingScheme.named(d.scheme() != null ? d.scheme() : "plex"), null,
                CollisionPolicy.fromWord(d.onConflict() != null ? d.onConflict() : "skip"), false, false, false,
                false, false, null);
        RunReport report = pipeline.run(new RunPipelineCommand(List.copyOf(folders), false,
                new IdentifyCommand(List.of(), null, null, null, offline, false, null), organize, true, null));
        out.printf("%s %d new file(s): %s%n", LocalTime.now().truncatedTo(ChronoUnit.SECONDS), ready.size(),
                report.outcome().name().toLowerCase(java.util.Locale.ROOT));
        out.flush();
    }
}
