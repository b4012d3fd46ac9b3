package com.cineorg.adapter.cli;

import com.cineorg.adapter.cli.error.ExitCodes;
import com.cineorg.adapter.cli.option.OutputOptions;
import com.cineorg.adapter.cli.render.Json;
import com.cineorg.adapter.cli.render.TerminalProgress;
import com.cineorg.adapter.cli.render.OrganizeJson;
import com.cineorg.domain.error.InvalidInputException;
import com.cineorg.domain.model.library.OrganizePlan;
import com.cineorg.domain.port.in.ApplyOptions;
import com.cineorg.domain.port.in.ApplyPlanUseCase;
import com.cineorg.domain.port.in.OrganizeReport;
import com.cineorg.domain.port.in.ProgressListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "apply", description = {
    "Apply a plan saved with `organize --plan-out FILE`.",
    "Entries whose source changed since (size or modification time) or whose target is now taken are refused and "
        + "reported; the others go on."})
public final class ApplyCommand implements Callable<Integer> {
    private final ApplyPlanUseCase applyPlan;
    private final Function<String, ProgressListener> progress;

    @Parameters(index = "0", paramLabel = "FILE", description = "The plan file (JSON).")
    Path file;

    @Option(names = "--fallback", paramLabel = "copy", description = "Copy when a hard link cannot be made.")
    String fallback;

    @Option(names = "--verify", description = "Compare checksums after each cross-device copy.")
    boolean verify;

    @Option(names = "--nfo", description = "Write Kodi/Jellyfin .nfo files.")
    boolean nfo;

    @Option(names = "--clean-empty", description = "Remove source folders the run emptied.")
    boolean cleanEmpty;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Spec
    CommandSpec spec;

    public ApplyCommand(ApplyPlanUseCase applyPlan, Function<String, ProgressListener> progress) {
        this.applyPlan = applyPlan;
        this.progress = progress;
    }

    @Override
    public Integer call() {
        if (fallback != null && !fallback.equalsIgnoreCase("copy")) {
            throw new InvalidInputException("--fallback takes only 'copy'");
        }
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file + ": no such plan file");
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read the plan: " + e.getMessage());
        }
        OrganizePlan plan = OrganizeJson.readPlan(json, file.toString());
        ProgressListener listener = output.json() ? ProgressListener.NONE : progress.apply("Applying");
        OrganizeReport report = TerminalProgress.closing(listener, () -> applyPlan.apply(plan, new ApplyOptions(fallback != null, verify, nfo, cleanEmpty, listener)));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (output.json()) {
            out.println(Json.line(OrganizeJson.report(report)));
        } else {
            OrganizeCommand.print(report, out, err);
        }
        out.flush();
        err.flush();
        return report.hasFailures() ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }
}
