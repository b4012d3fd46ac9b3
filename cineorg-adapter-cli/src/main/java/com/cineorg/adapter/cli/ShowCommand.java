package com.cineorg.adapter.cli;

import com.cineorg.adapter.cli.option.OutputOptions;
import com.cineorg.adapter.cli.render.Json;
import com.cineorg.adapter.cli.render.MediaJson;
import com.cineorg.adapter.cli.render.ParsedReleaseJson;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.Sidecar;
import com.cineorg.domain.port.in.ShowMediaUseCase;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", description = "Show everything CineOrg knows about one file.")
public final class ShowCommand implements Callable<Integer> {
    private final ShowMediaUseCase show;

    @Parameters(paramLabel = "ID|PATH", description = "A catalog id or the file's path.")
    String idOrPath;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Spec
    CommandSpec spec;

    public ShowCommand(ShowMediaUseCase show) {
        this.show = show;
    }

    @Override
    public Integer call() {
        MediaFile f = show.show(idOrPath);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            out.println(Json.line(MediaJson.toMap(f)));
        } else {
            out.println("id:       " + f.id().orElse(0L));
            out.println("path:     " + f.path());
            out.println("status:   " + f.status().word() + f.statusReason().map(r -> " (" + r + ")").orElse(""));
            out.println("size:     " + f.size() + " bytes, modified " + f.mtime());
            f.extraKind().ifPresent(k -> out.println("extra:    " + k));
            for (Map.Entry<String, Object> e : ParsedReleaseJson.toMap(f.parsed()).entrySet()) {
                out.printf("%-9s %s%n", e.getKey() + ":", e.getValue());
            }
            for (Sidecar s : f.sidecars()) {
                out.println("sidecar:  " + s.kind().word() + (s.language() == null ? "" : " [" + s.language() + "]")
                        + (s.flags().isEmpty() ? "" : " " + s.flags()) + " " + s.path());
            }
        }
        out.flush();
        return 0;
    }
}
