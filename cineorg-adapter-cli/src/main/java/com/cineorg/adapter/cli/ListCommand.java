package com.cineorg.adapter.cli;

import com.cineorg.adapter.cli.option.GlobalOptions;
import com.cineorg.adapter.cli.option.OutputOptions;
import com.cineorg.adapter.cli.render.Json;
import com.cineorg.adapter.cli.render.MediaJson;
import com.cineorg.adapter.cli.render.Table;
import com.cineorg.domain.error.InvalidInputException;
import com.cineorg.domain.model.identify.Identification;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaInfo;
import com.cineorg.domain.model.media.MediaStatus;
import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.media.ParsedRelease;
import com.cineorg.domain.port.in.ListMediaUseCase;
import com.cineorg.domain.port.in.LookupIdentificationsUseCase;
import com.cineorg.domain.port.in.LookupMediaInfoUseCase;
import com.cineorg.domain.port.in.MediaPage;
import com.cineorg.domain.port.in.MediaQuery;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "list", description = "List the files in the catalog.")
public final class ListCommand implements Callable<Integer> {
    private final ListMediaUseCase list;
    private final LookupIdentificationsUseCase identifications;
    private final Supplier<GlobalOptions> global;
    private final LookupMediaInfoUseCase mediaInfo;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "Only files with this status: new, parsed, identified, needs_review, organized, failed, missing.")
    String status;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only movie or episode.")
    String type;

    @Parameters(arity = "0..1", paramLabel = "TEXT", description = "Only files whose path or title contains TEXT.")
    String text;

    @Option(names = "--limit", defaultValue = "1000", description = "At most this many rows (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "Skip this many rows.")
    int offset;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Spec
    CommandSpec spec;

    public ListCommand(ListMediaUseCase list, LookupIdentificationsUseCase identifications,
            Supplier<GlobalOptions> global) {
        this(list, identifications, global, LookupMediaInfoUseCase.NONE);
    }

    public ListCommand(ListMediaUseCase list, LookupIdentificationsUseCase identifications,
            Supplier<GlobalOptions> global, LookupMediaInfoUseCase mediaInfo) {
        this.mediaInfo = mediaInfo;
        this.list = list;
        this.identifications = identifications;
        this.global = global;
    }

    @Override
    public Integer call() {
        MediaPage page = list.list(new MediaQuery(parseStatus(status), parseType(type), text, offset, limit));
        PrintWriter out = spec.commandLine().getOut();
        Map<Long, Identification> ids = identifications.identifications(
                page.items().stream().map(MediaFile::requireId).toList());
        if (output.json()) {
            Map<Long, MediaInfo> infos = mediaInfo.mediaInfo(page.items().stream().map(MediaFile::requireId).toList());
            for (MediaFile f : page.items()) {
                out.println(Json.line(MediaJson.toMap(f, ids.get(f.requireId()), infos.get(f.requireId()))));
            }
        } else {
            Table table = new Table("ID", "STATUS", "TYPE", "TITLE", "YEAR", "EPISODE", "PATH");
            for (MediaFile f : page.items()) {
                ParsedRelease p = f.parsed();
                Identification id = ids.get(f.requireId());
                boolean known = id != null && id.identified();
                String title = known ? id.title() : p.title();
                Integer year = known ? id.year() : p.year();
                table.row(String.valueOf(f.id().orElse(0L)), f.status().word(),
                        f.isExtra() ? "extra" : p.type().word(), title == null ? "-" : title,
                        year == null ? "" : year.toString(), episodeTag(p), f.path().toString());
            }
            table.print(out, Table.terminalWidth(), global.get().colour());
            if (!global.get().quiet()) {
                out.println(page.items().size() + " of " + page.total() + " files");
            }
        }
        out.flush();
        return 0;
    }

    static String episodeTag(ParsedRelease p) {
        if (p.date() != null) {
            return p.date().toString();
        }
        if (p.episodes().isEmpty()) {
            return p.season() == null ? "" : String.format(Locale.ROOT, "S%02d", p.season());
        }
        StringBuilder sb = new StringBuilder();
        if (p.season() != null) {
            sb.append(String.format(Locale.ROOT, "S%02d", p.season()));
        }
        for (Integer e : p.episodes()) {
            sb.append(String.format(Locale.ROOT, "E%02d", e));
        }
        return sb.toString();
    }

    static MediaStatus parseStatus(String s) {
        if (s == null) {
            return null;
        }
        try {
            return MediaStatus.fromWord(s);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("unknown status '" + s + "': use one of "
                    + Arrays.stream(MediaStatus.values()).map(MediaStatus::word).toList());
        }
    }

    static MediaType parseType(String s) {
        if (s == null) {
            return null;
        }
        try {
            return MediaType.fromWord(s);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("unknown type '" + s + "': use movie or episode");
        }
    }
}
