package com.cineorg.adapter.cli;

import com.cineorg.adapter.cli.error.ExitCodes;
import com.cineorg.adapter.cli.option.OutputOptions;
import com.cineorg.adapter.cli.render.Json;
import com.cineorg.adapter.cli.render.OrganizeJson;
import com.cineorg.adapter.cli.render.TerminalProgress;
import com.cineorg.domain.error.InvalidInputException;
import com.cineorg.domain.error.StorageFailureException;
import com.cineorg.domain.model.library.CollisionPolicy;
import com.cineorg.domain.model.library.FileMove;
import com.cineorg.domain.model.library.NameSanitizer;
import com.cineorg.domain.model.library.NamingScheme;
import com.cineorg.domain.model.library.OrganizeMode;
import com.cineorg.domain.model.library.OrganizePlan;
import com.cineorg.domain.model.library.SidecarMove;
import com.cineorg.domain.port.in.ApplyPlanUseCase;
import com.cineorg.domain.port.in.ItemFailure;
import com.cineorg.domain.port.in.ItemOutcome;
import com.cineorg.domain.port.in.OrganizeLibraryCommand;
import com.cineorg.domain.port.in.OrganizeLibraryUseCase;
import com.cineorg.domain.port.in.OrganizeReport;
import com.cineorg.domain.port.in.ProgressListener;
import com.cineorg.domain.port.in.RecoverJournalUseCase;
import com.cineorg.domain.port.in.RecoveryReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "organize", description = {
    "Move, copy or link the scanned (and identified) videos into a Plex/Jellyfin library, with their sidecars.",
    "The whole plan is built first; every step is journaled, so `undo` can put files back and an interrupted run "
        + "is finished or rolled back by the next one (or by --resume)."})
public final class OrganizeCommand implements Callable<Integer> {
    private final OrganizeLibraryUseCase organize;
    private final ApplyPlanUseCase applyPlan;
    private final RecoverJournalUseCase recover;
    private final Function<String, ProgressListener> progress;

    @Option(names = "--target", required = true, paramLabel = "LIBRARY", description = "The library folder.")
    Path target;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "move",
            description = "move (default), copy, hardlink or symlink (relative links).")
    String mode;

    @Option(names = "--scheme", paramLabel = "SCHEME", defaultValue = "plex", description = "plex (default) or jellyfin.")
    String scheme;

    @Option(names = "--template", paramLabel = "TEMPLATE", description = {
        "One template for every video instead of a scheme, e.g. 'Movies/{title} ({year})/{title} ({year})[ - {resolution}].{ext}'.",
        "Tokens: {title} {year} {show} {season:00} {episode:00} {episode_title} {date} {part} {resolution} {edition}",
        "{source} {video_codec} {release_group} {tmdb_id} {tvdb_id} {imdb_id} {ext}; [ ... ] vanishes when a value is missing."})
    String template;

    @Option(names = "--on-conflict", paramLabel = "POLICY", defaultValue = "skip",
            description = "skip (default), keep-both (numbered name) or replace-if-better (old file to the library's trash).")
    String onConflict;

    @Option(names = "--name-rule", paramLabel = "RULE", defaultValue = "smart",
            description = "How reserved characters (< > : \" / \\ | ? *) are replaced: smart (default), underscore, dash, remove.")
    String nameRule;

    @Option(names = "--dry-run", description = "Print the plan; touch nothing.")
    boolean dryRun;

    @Option(names = "--plan-out", paramLabel = "FILE", description = "Write the plan as JSON (for `cineorg apply`); without --dry-run the plan is also applied now.")
    Path planOut;

    @Option(names = "--resume", description = "Settle what an interrupted run left, report it, then carry on.")
    boolean resume;

    @Option(names = "--fallback", paramLabel = "copy", description = "With --mode hardlink: copy when a link cannot be made (other device).")
    String fallback;

    @Option(names = "--verify", description = "Compare checksums after each cross-device copy.")
    boolean verify;

    @Option(names = "--nfo", description = "Write Kodi/Jellyfin .nfo files with the provider ids.")
    boolean nfo;

    @Option(names = "--clean-empty", description = "Remove source folders the run emptied (junk files do not count).")
    boolean cleanEmpty;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Spec
    CommandSpec spec;

    public OrganizeCommand(OrganizeLibraryUseCase organize, ApplyPlanUseCase applyPlan, RecoverJournalUseCase recover,
            Function<String, ProgressListener> progress) {
        this.organize = organize;
        this.applyPlan = applyPlan;
        this.recover = recover;
        this.progress = progress;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        command(ProgressListener.NONE); // checks every option (a bad template fails here) before any output
        ProgressListener listener = output.json() || dryRun ? ProgressListener.NONE : progress.apply("Organizing");
        OrganizeLibraryCommand command = command(listener);
        RecoveryReport recovered = null;
        if (resume) {
            recovered = recover.recover();
            if (!output.json()) {
                out.println(recoveryLine(recovered));
            }
        }
        OrganizeReport report = TerminalProgress.closing(listener, () -> {
            if (planOut == null) {
                return organize.organize(command);
            }
            OrganizeReport planned = organize.organize(withDryRun(command));
            writePlan(planned.plan());
            return dryRun ? planned : applyPlan.apply(planned.plan(), command.applyOptions());
        });
        if (output.json()) {
            out.println(Json.line(OrganizeJson.report(report)));
        } else {
            print(report, out, err);
        }
        out.flush();
        err.flush();
        boolean failed = report.hasFailures() || (recovered != null && !recovered.unresolved().isEmpty());
        return failed ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    private OrganizeLibraryCommand command(ProgressListener listener) {
        if (fallback != null && !fallback.equalsIgnoreCase("copy")) {
            throw new InvalidInputException("--fallback takes only 'copy'");
        }
        NamingScheme naming = template != null ? NamingScheme.custom(template) : NamingScheme.named(scheme);
        return new OrganizeLibraryCommand(target, OrganizeMode.fromWord(mode), naming,
                NameSanitizer.Rule.fromWord(nameRule), CollisionPolicy.fromWord(onConflict), dryRun, fallback != null,
                verify, nfo, cleanEmpty, listener);
    }

    private static OrganizeLibraryCommand withDryRun(OrganizeLibraryCommand c) {
        return new OrganizeLibraryCommand(c.library(), c.mode(), c.scheme(), c.nameRule(), c.policy(), true,
                c.fallbackCopy(), c.verify(), c.nfo(), c.cleanEmpty(), c.progress());
    }

    private void writePlan(OrganizePlan plan) {
        try {
            Files.writeString(planOut, OrganizeJson.planFile(plan), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StorageFailureException("cannot write the plan to " + planOut + ": " + e.getMessage(), e);
        }
    }

    static String recoveryLine(RecoveryReport r) {
        return "recovery: " + r.completed() + " step(s) finished, " + r.rolledBack() + " rolled back, "
                + r.unresolved().size() + " left for you";
    }

    static void print(OrganizeReport report, PrintWriter out, PrintWriter err) {
        if (report.recovery().didSomething()) {
            out.println(recoveryLine(report.recovery()));
        }
        OrganizePlan plan = report.plan();
        if (report.dryRun()) {
            String verb = plan.mode().word();
            for (FileMove m : plan.moves()) {
                switch (m.action()) {
                    case ORGANIZE -> {
                        out.println(verb + "  " + m.source());
                        out.println("   -> " + m.target() + (m.reason() == null ? "" : "  (" + m.reason() + ")"));
                        for (SidecarMove s : m.sidecars()) {
                            out.println("      " + s.kind().word() + " " + s.source().getFileName() + " -> "
                                    + (s.moves() ? s.target() : "stays: " + s.reason()));
                        }
                    }
                    case IN_PLACE -> out.println("in place  " + m.source());
                    case SKIP -> out.println("skip  " + m.source() + ": " + m.reason());
                }
            }
            out.println("plan: " + plan.toOrganize().size() + " to " + verb + ", " + plan.skipped().size()
                    + " skipped, " + plan.collisions() + " collision(s), " + plan.sidecarCount() + " sidecar(s)"
                    + " (dry run: nothing changed)");
            return;
        }
        for (ItemFailure f : report.failures()) {
            err.println("failed: " + f.describe());
        }
        for (ItemFailure f : report.recovery().unresolved()) {
            err.println("recovery: " + f.path() + ": " + f.reason());
        }
        if (report.runId() == null) {
            out.println("nothing to organize" + (report.outcomes().isEmpty() ? ""
                    : " (" + report.count(ItemOutcome.Status.SKIPPED) + " skipped)") + "; no run recorded");
            return;
        }
        out.println("run " + report.runId() + ": " + report.count(ItemOutcome.Status.ORGANIZED) + " organized, "
                + report.count(ItemOutcome.Status.IN_PLACE) + " already in place, "
                + report.count(ItemOutcome.Status.SKIPPED) + " skipped, " + report.count(ItemOutcome.Status.FAILED)
                + " failed in " + report.elapsed().toMillis() + " ms (undo with: cineorg undo " + report.runId() + ")");
    }
}
