package com.cineorg.adapter.cli;

import com.cineorg.adapter.cli.error.ExitCodes;
import com.cineorg.adapter.cli.option.OutputOptions;
import com.cineorg.adapter.cli.render.Json;
import com.cineorg.adapter.cli.render.OrganizeJson;
import com.cineorg.domain.model.library.OrganizeRun;
import com.cineorg.domain.port.in.ListRunsUseCase;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "history", description = "List organize runs, newest first (undo one with `cineorg undo RUN`).")
public final class HistoryCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final ListRunsUseCase runs;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Spec
    CommandSpec spec;

    public HistoryCommand(ListRunsUseCase runs) {
        this.runs = runs;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<OrganizeRun> list = runs.listRuns();
        if (output.json()) {
            for (OrganizeRun r : list) {
                out.println(Json.line(OrganizeJson.run(r)));
            }
        } else if (list.isEmpty()) {
            out.println("no organize runs yet");
        } else {
            for (OrganizeRun r : list) {
                out.println(String.format("%5d  %s UTC  %-22s  %-8s  %s%s", r.id(), TIME.format(r.started()),
                        r.state().word(), r.mode().word(), r.library(), r.summary() == null ? "" : "  (" + r.summary() + ")"));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
