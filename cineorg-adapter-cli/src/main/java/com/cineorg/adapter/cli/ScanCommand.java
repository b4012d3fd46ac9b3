package com.cineorg.adapter.cli;

import com.cineorg.adapter.cli.error.ExitCodes;
import com.cineorg.adapter.cli.option.OutputOptions;
import com.cineorg.adapter.cli.render.Json;
import com.cineorg.adapter.cli.render.TerminalProgress;
import com.cineorg.adapter.cli.render.ScanReportJson;
import com.cineorg.domain.port.in.ItemFailure;
import com.cineorg.domain.port.in.ProgressListener;
import com.cineorg.domain.port.in.ScanMediaUseCase;
import com.cineorg.domain.port.in.ScanReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "scan", description = "Find video files (with their subtitles and sidecars) and record them.")
public final class ScanCommand implements Callable<Integer> {
    private final ScanMediaUseCase scan;
    private final Function<String, ProgressListener> progress;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders to scan, recursively.")
    List<Path> roots;

    @Option(names = "--follow-links", description = "Follow symbolic links (loops and dangling links are skipped).")
    boolean followLinks;

    @Option(names = "--reparse", description = "Read the names of known files again, unchanged ones too (after an"
            + " upgrade of CineOrg's parser). Statuses, identifications and places are kept.")
    boolean reparse;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Spec
    CommandSpec spec;

    /**
     * @param progress gives the progress display for a phase name; it returns {@link ProgressListener#NONE} when
     *     output is not a terminal
     */
    public ScanCommand(ScanMediaUseCase scan, Function<String, ProgressListener> progress) {
        this.scan = scan;
        this.progress = progress;
    }

    @Override
    public Integer call() {
        ProgressListener listener = output.json() ? ProgressListener.NONE : progress.apply("Scanning");
        ScanReport report = TerminalProgress.closing(listener,
                () -> scan.scan(new com.cineorg.domain.port.in.ScanCommand(roots, followLinks, reparse, listener)));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (output.json()) {
            out.println(Json.line(ScanReportJson.toMap(report)));
        } else {
            for (String warning : report.warnings()) {
                err.println("warning: " + warning);
            }
            for (ItemFailure failure : report.failures()) {
                err.println("failed: " + failure.describe());
            }
            out.println(summary(report));
        }
        out.flush();
        err.flush();
        return report.hasFailures() ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    static String summary(ScanReport r) {
        double seconds = r.elapsed().toMillis() / 1000.0;
        return String.format(Locale.ROOT,
                "Scanned %d %s: %d videos (%d new, %d updated, %d moved, %d unchanged), %d missing, %d extras, "
                        + "%d samples skipped, %d sidecars, %d failed, %d warnings in %.1f s",
                r.roots().size(), r.roots().size() == 1 ? "folder" : "folders", r.videos(), r.added(), r.updated(),
                r.moved(), r.unchanged(), r.missing(), r.extras(), r.samples(), r.sidecars(), r.failures().size(),
                r.warnings().size(), seconds);
    }
}
