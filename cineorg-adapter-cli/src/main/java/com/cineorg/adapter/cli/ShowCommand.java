package com.cineorg.adapter.cli;

import com.cineorg.domain.model.media.ParsedReleaseFields;
import com.cineorg.adapter.cli.option.OutputOptions;
import com.cineorg.adapter.cli.render.Json;
import com.cineorg.adapter.cli.render.MediaInfoJson;
import com.cineorg.adapter.cli.render.MediaJson;
import com.cineorg.domain.match.ScoredCandidate;
import com.cineorg.domain.model.library.JournalEntry;
import com.cineorg.domain.model.identify.Identification;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaInfo;
import com.cineorg.domain.model.metadata.EpisodeInfo;
import com.cineorg.domain.model.media.Sidecar;
import com.cineorg.domain.port.in.MediaDetails;
import com.cineorg.domain.port.in.MediaDetailsUseCase;
import com.cineorg.domain.port.in.ShowMediaUseCase;
import java.io.PrintWriter;
import java.util.List;
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
    private final MediaDetailsUseCase details;

    @Parameters(paramLabel = "ID|PATH", description = "A catalog id or the file's path.")
    String idOrPath;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Spec
    CommandSpec spec;

    /**
     * @param show finds the file by id or path
     * @param details the file with its identification, media info and history, read at one moment (as the API's
     *     {@code GET /media/{id}})
     */
    public ShowCommand(ShowMediaUseCase show, MediaDetailsUseCase details) {
        this.show = show;
        this.details = details;
    }

    static Map<String, Object> historyJson(JournalEntry e) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("run_id", e.runId());
        m.put("operation", e.kind().name().toLowerCase(java.util.Locale.ROOT));
        m.put("state", e.state().name().toLowerCase(java.util.Locale.ROOT));
        m.put("source", e.source().toString());
        m.put("target", e.target().toString());
        if (e.note() != null) {
            m.put("note", e.note());
        }
        return m;
    }

    @Override
    public Integer call() {
        MediaDetails d = details.details(show.show(idOrPath).requireId());
        MediaFile f = d.file();
        PrintWriter out = spec.commandLine().getOut();
        Identification id = d.identification();
        MediaInfo info = d.mediaInfo();
        List<JournalEntry> operations = d.history();
        if (output.json()) {
            Map<String, Object> json = MediaJson.toMap(f, id, info);
            json.put("history", operations.stream().map(ShowCommand::historyJson).toList());
            out.println(Json.line(json));
        } else {
            out.println("id:       " + f.id().orElse(0L));
            out.println("path:     " + f.path());
            out.println("status:   " + f.status().word() + f.statusReason().map(r -> " (" + r + ")").orElse(""));
            out.println("size:     " + f.size() + " bytes, modified " + f.mtime());
            f.extraKind().ifPresent(k -> out.println("extra:    " + k));
            for (Map.Entry<String, Object> e : ParsedReleaseFields.toMap(f.parsed()).entrySet()) {
                out.printf("%-9s %s%n", e.getKey() + ":", e.getValue());
            }
            if (id != null) {
                out.println("identity: " + (id.reference() == null ? id.method().name().toLowerCase() : id.reference())
                        + " " + id.title() + (id.year() == null ? "" : " (" + id.year() + ")")
                        + String.format(java.util.Locale.ROOT, " score %.2f", id.score()) + " " + id.reasons());
                for (EpisodeInfo e : id.episodes()) {
                    out.printf(java.util.Locale.ROOT, "episode:  S%02dE%02d %s%s%n", e.season(), e.episode(),
                            e.title() == null ? "" : e.title(), e.airDate() == null ? "" : " (" + e.airDate() + ")");
                }
                if (!id.identified()) {
                    for (ScoredCandidate c : id.candidates()) {
                        out.printf(java.util.Locale.ROOT, "candidate: %-12s %.2f %s%s%n", c.candidate().reference(),
                                c.score(), c.candidate().title(),
                                c.candidate().year() == null ? "" : " (" + c.candidate().year() + ")");
                    }
                }
            }
            if (info != null) {
                out.println("media:    " + MediaInfoJson.line(info));
            }
            for (JournalEntry e : operations) {
                out.println("history:  run " + e.runId() + " " + e.kind().name().toLowerCase(java.util.Locale.ROOT)
                        + " " + e.state().name().toLowerCase(java.util.Locale.ROOT) + " " + e.source() + " -> "
                        + e.target());
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
