package com.cineorg.adapter.cli;

import com.cineorg.adapter.cli.error.ExitCodes;
import com.cineorg.adapter.cli.option.OutputOptions;
import com.cineorg.adapter.cli.render.IdentificationJson;
import com.cineorg.adapter.cli.render.Json;
import com.cineorg.adapter.cli.render.MediaInfoJson;
import com.cineorg.adapter.cli.render.ScanReportJson;
import com.cineorg.domain.model.library.CollisionPolicy;
import com.cineorg.domain.model.library.NamingScheme;
import com.cineorg.domain.model.library.OrganizeMode;
import com.cineorg.domain.port.in.IdentifyReport;
import com.cineorg.domain.port.in.ItemOutcome;
import com.cineorg.domain.port.in.OrganizeLibraryCommand;
import com.cineorg.domain.port.in.OrganizeReport;
import com.cineorg.domain.port.in.ProbeReport;
import com.cineorg.domain.port.in.ProgressListener;
import com.cineorg.domain.port.in.RunPipelineCommand;
import com.cineorg.domain.port.in.RunPipelineUseCase;
import com.cineorg.domain.port.in.RunReport;
import com.cineorg.domain.port.in.ScanReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

@Command(name = "run", description = {
    "One unattended pass: scan -> identify -> organize, for cron. Never prompts.",
    "Folders, library, mode and scheme default to the config file ([sources] roots, [library]).",
    "Exit: 0 all done, 9 some need review, 8 some failed, 6 provider unavailable, 10 another run holds the lock."})
public final class RunCommand implements Callable<Integer> {
    /** What the configuration says when a flag is not given. */
    public record Defaults(List<Path> roots, Path library, String mode, String scheme, String onConflict) {}

    private final RunPipelineUseCase pipeline;
    private final Supplier<Defaults> defaults;

    @Parameters(arity = "0..*", paramLabel = "DIR", description = "Folders to scan (default: config [sources] roots).")
    List<Path> roots;

    @Option(names = "--target", paramLabel = "LIBRARY", description = "Library folder (default: config [library] target).")
    Path target;

    @Option(names = "--mode", paramLabel = "MODE", description = "move, copy, hardlink or symlink.")
    String mode;

    @Option(names = "--scheme", paramLabel = "SCHEME", description = "plex or jellyfin.")
    String scheme;

    @Option(names = "--on-conflict", paramLabel = "POLICY", description = "skip, keep-both or replace-if-better.")
    String onConflict;

    @Option(names = "--offline", description = "Identify from file names only (no network).")
    boolean offline;

    @Option(names = "--provider", paramLabel = "tmdb|tvdb", description = "Provider for series.")
    String provider;

    @Option(names = "--wait", description = "Wait for another run to finish instead of exiting with code 10.")
    boolean waitForLock;

    @Option(names = "--follow-links", description = "Follow symbolic links while scanning.")
    boolean followLinks;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Spec
    CommandSpec spec;

    public RunCommand(RunPipelineUseCase pipeline, Supplier<Defaults> defaults) {
        this.pipeline = pipeline;
        this.defaults = defaults;
    }

    @Override
    public Integer call() {
        Defaults d = defaults.get();
        List<Path> folders = roots == null || roots.isEmpty() ? d.roots() : roots;
        Path library = target != null ? target : d.library();
        OrganizeLibraryCommand organize = library == null ? null : new OrganizeLibraryCommand(library,
                OrganizeMode.fromWord(first(mode, d.mode(), "move")),
                NamingScheme.named(first(scheme, d.scheme(), "plex")), null,
                CollisionPolicy.fromWord(first(onConflict, d.onConflict(), "skip")), false, false, false, false,
                false, ProgressListener.NONE);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProbeReport[] probed = new ProbeReport[1];
        RunReport report = pipeline.run(new RunPipelineCommand(folders, followLinks,
                new com.cineorg.domain.port.in.IdentifyCommand(List.of(),
                        provider == null ? null : IdentifyCommand.parseProvider(provider), null, null, offline, false,
                        null),
                organize, waitForLock, event -> {
                    if (event instanceof ProbeReport p) {
                        probed[0] = p;
                    }
                    if (output.json()) {
                        out.println(Json.line(eventJson(event)));
                        out.flush();
                    }
                }));
        if (output.json()) {
            out.println(Json.line(summary(report)));
        } else {
            if (report.locked()) {
                err.println("cineorg: another cineorg run holds the lock; try later or use --wait");
            } else {
                out.println(ScanCommand.summary(report.scan()));
                if (probed[0] != null && (!probed[0].toolAvailable() || probed[0].examined() > 0)) {
                    out.println(MediaInfoJson.summary(probed[0]));
                }
                out.println(IdentifyCommand.summary(report.identify()));
                if (report.identify().providerUnavailable() != null) {
                    err.println("cineorg: " + report.identify().providerUnavailable() + "; organize skipped");
                }
                if (report.organize() != null) {
                    out.println(organizeSummary(report.organize()));
                } else if (library == null) {
                    out.println("No library configured: set --target or [library] target to organize.");
                }
            }
        }
        out.flush();
        err.flush();
        return switch (report.outcome()) {
            case DONE -> ExitCodes.OK;
            case NEEDS_REVIEW -> ExitCodes.NEEDS_REVIEW;
            case SOME_FAILED -> ExitCodes.SOME_FAILED;
            case PROVIDER_UNAVAILABLE -> ExitCodes.PROVIDER_UNAVAILABLE;
            case LOCKED -> ExitCodes.LOCKED;
        };
    }

    private static String first(String flag, String config, String fallback) {
        return flag != null ? flag : config != null ? config : fallback;
    }

    static Map<String, Object> eventJson(Object event) {
        if (event instanceof ScanReport s) {
            return ScanReportJson.toMap(s);
        }
        if (event instanceof IdentifyReport i) {
            return IdentificationJson.report(i);
        }
        if (event instanceof OrganizeReport o) {
            return organizeJson(o);
        }
        if (event instanceof ProbeReport p) {
            return MediaInfoJson.report(p);
        }
        return Map.of("event", "unknown");
    }

    static Map<String, Object> organizeJson(OrganizeReport o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event", "organize_report");
        m.put("run_id", o.runId());
        for (ItemOutcome.Status s : ItemOutcome.Status.values()) {
            m.put(s.name().toLowerCase(Locale.ROOT), o.count(s));
        }
        List<Map<String, String>> failures = new ArrayList<>();
        o.failures().forEach(f -> failures.add(Map.of("path", f.path().toString(), "reason", f.reason())));
        m.put("failures", failures);
        m.put("elapsed_ms", o.elapsed().toMillis());
        return m;
    }

    static String organizeSummary(OrganizeReport o) {
        return String.format(Locale.ROOT, "Organized %d files (%d already in place, %d skipped, %d failed) in %.1f s",
                o.count(ItemOutcome.Status.ORGANIZED), o.count(ItemOutcome.Status.IN_PLACE),
                o.count(ItemOutcome.Status.SKIPPED), o.count(ItemOutcome.Status.FAILED) + o.failures().size(),
                o.elapsed().toMillis() / 1000.0);
    }

    static Map<String, Object> summary(RunReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event", "summary");
        m.put("outcome", r.outcome().name().toLowerCase(Locale.ROOT));
        if (r.scan() != null) {
            m.put("videos", r.scan().videos());
            m.put("added", r.scan().added());
        }
        if (r.identify() != null) {
            m.put("identified", r.identify().identified());
            m.put("needs_review", r.identify().needsReview());
            if (r.identify().providerUnavailable() != null) {
                m.put("provider_unavailable", r.identify().providerUnavailable());
            }
        }
        if (r.organize() != null) {
            m.put("organized", r.organize().count(ItemOutcome.Status.ORGANIZED));
            m.put("failed", r.organize().count(ItemOutcome.Status.FAILED) + r.organize().failures().size());
        }
        m.put("elapsed_ms", r.elapsed().toMillis());
        return m;
    }
}
