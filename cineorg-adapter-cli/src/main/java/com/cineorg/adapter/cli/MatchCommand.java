package com.cineorg.adapter.cli;

import com.cineorg.adapter.cli.option.OutputOptions;
import com.cineorg.adapter.cli.render.IdentificationJson;
import com.cineorg.adapter.cli.render.Json;
import com.cineorg.domain.model.identify.Identification;
import com.cineorg.domain.port.in.MatchMediaCommand;
import com.cineorg.domain.port.in.MatchMediaUseCase;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "match", description = "Set a file's identity by hand: cineorg match 12 tmdb:603")
public final class MatchCommand implements Callable<Integer> {
    private final MatchMediaUseCase match;

    @Parameters(index = "0", paramLabel = "FILE-ID", description = "The media id (see cineorg list).")
    long fileId;

    @Parameters(index = "1", paramLabel = "PROVIDER:ID", description = "tmdb:ID or tvdb:ID")
    String reference;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Spec
    CommandSpec spec;

    public MatchCommand(MatchMediaUseCase match) {
        this.match = match;
    }

    @Override
    public Integer call() {
        Identification id = match.match(MatchMediaCommand.parse(fileId, reference));
        PrintWriter out = spec.commandLine().getOut();
        out.println(output.json() ? Json.line(IdentificationJson.toMap(id))
                : "file " + fileId + " -> " + id.reference() + " " + id.title()
                        + (id.year() == null ? "" : " (" + id.year() + ")"));
        out.flush();
        return 0;
    }
}
