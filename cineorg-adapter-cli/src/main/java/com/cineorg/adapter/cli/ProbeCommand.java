package com.cineorg.adapter.cli;

import com.cineorg.adapter.cli.error.ExitCodes;
import com.cineorg.adapter.cli.option.OutputOptions;
import com.cineorg.adapter.cli.render.Json;
import com.cineorg.adapter.cli.render.TerminalProgress;
import com.cineorg.adapter.cli.render.MediaInfoJson;
import com.cineorg.domain.port.in.ItemFailure;
import com.cineorg.domain.port.in.ProbeMediaCommand;
import com.cineorg.domain.port.in.ProbeMediaUseCase;
import com.cineorg.domain.port.in.ProbeReport;
import com.cineorg.domain.port.in.ProgressListener;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "probe", description = {
    "Record duration, resolution and codecs of catalog files with ffprobe (Debian package ffmpeg) or mediainfo.",
    "Identification then uses the running time, and replace-if-better the real resolution.",
    "Without either tool it says so and does nothing (exit 0)."})
public final class ProbeCommand implements Callable<Integer> {
    private final ProbeMediaUseCase probe;
    private final Function<String, ProgressListener> progress;

    @Parameters(arity = "0..*", paramLabel = "ID",
            description = "Only these media ids (default: every file without media info, or changed since).")
    List<Long> ids;

    @Option(names = "--force", description = "Probe again even when media info is already recorded.")
    boolean force;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Spec
    CommandSpec spec;

    public ProbeCommand(ProbeMediaUseCase probe, Function<String, ProgressListener> progress) {
        this.probe = probe;
        this.progress = progress;
    }

    @Override
    public Integer call() {
        ProgressListener listener = output.json() ? ProgressListener.NONE : progress.apply("Probing");
        ProbeReport report = TerminalProgress.closing(listener, () -> probe.probe(new ProbeMediaCommand(ids, null, force, listener)));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (output.json()) {
            out.println(Json.line(MediaInfoJson.report(report)));
        } else {
            for (ItemFailure f : report.failures()) {
                err.println("failed: " + f.describe());
            }
            out.println(MediaInfoJson.summary(report));
        }
        out.flush();
        err.flush();
        return report.hasFailures() ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }
}
