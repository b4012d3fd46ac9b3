package com.cineorg.adapter.cli;

import com.cineorg.adapter.cli.error.ExitCodes;
import com.cineorg.adapter.cli.option.OutputOptions;
import com.cineorg.adapter.cli.render.Json;
import com.cineorg.adapter.cli.render.TerminalProgress;
import com.cineorg.adapter.cli.render.OrganizeJson;
import com.cineorg.domain.port.in.ItemFailure;
import com.cineorg.domain.port.in.ProgressListener;
import com.cineorg.domain.port.in.UndoReport;
import com.cineorg.domain.port.in.UndoRunUseCase;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "undo", description = {
    "Put every file of an organize run back where it was; remove the copies, links and folders it made.",
    "A file whose old place is taken again stays where it is and is reported."})
public final class UndoCommand implements Callable<Integer> {
    private final UndoRunUseCase undo;
    private final Function<String, ProgressListener> progress;

    @Parameters(index = "0", arity = "0..1", paramLabel = "RUN", description = "The run (see `cineorg history`); default: the latest that moved, copied or linked something.")
    Long run;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Spec
    CommandSpec spec;

    public UndoCommand(UndoRunUseCase undo, Function<String, ProgressListener> progress) {
        this.undo = undo;
        this.progress = progress;
    }

    @Override
    public Integer call() {
        ProgressListener listener = output.json() ? ProgressListener.NONE : progress.apply("Undoing");
        UndoReport report = TerminalProgress.closing(listener, () -> undo.undo(run, listener));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (output.json()) {
            out.println(Json.line(OrganizeJson.undo(report)));
        } else {
            for (ItemFailure f : report.failures()) {
                err.println("not undone: " + f.path() + ": " + f.reason());
            }
            out.println("run " + report.runId() + " undone: " + report.restored() + " file(s) restored, "
                    + report.foldersRemoved() + " folder(s) removed, " + report.failures().size() + " not undone");
        }
        out.flush();
        err.flush();
        return report.failures().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }
}
