package com.cineorg.adapter.cli;

import com.cineorg.adapter.cli.error.ExitCodes;
import com.cineorg.adapter.cli.option.OutputOptions;
import com.cineorg.adapter.cli.render.IdentificationJson;
import com.cineorg.adapter.cli.render.Json;
import com.cineorg.adapter.cli.render.TerminalProgress;
import com.cineorg.domain.error.InvalidInputException;
import com.cineorg.domain.model.metadata.Provider;
import com.cineorg.domain.port.in.IdentifyMediaUseCase;
import com.cineorg.domain.port.in.IdentifyReport;
import com.cineorg.domain.port.in.ItemFailure;
import com.cineorg.domain.port.in.MatchMediaUseCase;
import com.cineorg.domain.port.in.ProgressListener;
import com.cineorg.domain.port.in.ReviewQueueUseCase;
import com.cineorg.domain.port.in.SearchCandidatesUseCase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "identify", description = {
    "Identify parsed files on TMDB (movies) and TVDB or TMDB (series).",
    "Needs CINEORG_TMDB_API_KEY (and CINEORG_TVDB_API_KEY for --provider tvdb), or --offline."})
public final class IdentifyCommand implements Callable<Integer> {
    private final IdentifyMediaUseCase identify;
    private final ReviewQueueUseCase reviews;
    private final MatchMediaUseCase match;
    private final SearchCandidatesUseCase search;
    private final Function<String, ProgressListener> progress;

    @Parameters(arity = "0..*", paramLabel = "ID", description = "Only these media ids (default: every parsed file).")
    List<Long> ids;

    @Option(names = "--provider", paramLabel = "tmdb|tvdb", description = "Provider for series (default: config).")
    String provider;

    @Option(names = "--threshold", paramLabel = "X", description = "Auto-accept score, 0..1 (default 0.85).")
    Double threshold;

    @Option(names = "--margin", paramLabel = "X", description = "Lead over the runner-up needed to auto-accept.")
    Double margin;

    @Option(names = "--offline", description = "No network: take title and year from the file name.")
    boolean offline;

    @Option(names = "--refresh", description = "Ignore cached provider answers.")
    boolean refresh;

    @Option(names = {"-i", "--interactive"}, description = "Then ask about each file that needs review (terminal only).")
    boolean interactive;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Spec
    CommandSpec spec;

    public IdentifyCommand(IdentifyMediaUseCase identify, ReviewQueueUseCase reviews, MatchMediaUseCase match,
            SearchCandidatesUseCase search, Function<String, ProgressListener> progress) {
        this.identify = identify;
        this.reviews = reviews;
        this.match = match;
        this.search = search;
        this.progress = progress;
    }

    @Override
    public Integer call() throws Exception {
        Provider series = provider == null ? null : parseProvider(provider);
        ProgressListener listener = output.json() ? ProgressListener.NONE : progress.apply("Identifying");
        IdentifyReport report = TerminalProgress.closing(listener, () -> identify.identify(
                new com.cineorg.domain.port.in.IdentifyCommand(ids, series, threshold, margin, offline, refresh,
                        listener)));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long review = report.needsReview();
        if (output.json()) {
            out.println(Json.line(IdentificationJson.report(report)));
        } else {
            for (ItemFailure f : report.failures()) {
                err.println("failed: " + f.describe());
            }
            if (report.providerUnavailable() != null) {
                err.println("cineorg: " + report.providerUnavailable() + "; " + report.notAttempted()
                        + " files left for a later run");
            }
            out.println(summary(report));
            if (interactive && review > 0) {
                if (System.console() == null) {
                    err.println("cineorg: --interactive needs a terminal; use `cineorg review` to resolve later");
                } else {
                    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                    review -= new InteractiveReview(match, search, in, out).resolve(reviews.reviews(0, 10_000));
                }
            }
        }
        out.flush();
        err.flush();
        if (report.providerUnavailable() != null) {
            return ExitCodes.PROVIDER_UNAVAILABLE;
        }
        if (!report.failures().isEmpty()) {
            return ExitCodes.SOME_FAILED;
        }
        return review > 0 ? ExitCodes.NEEDS_REVIEW : ExitCodes.OK;
    }

    static Provider parseProvider(String word) {
        try {
            return Provider.fromWord(word);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("unknown provider '" + word + "': use tmdb or tvdb");
        }
    }

    static String summary(IdentifyReport r) {
        return String.format(Locale.ROOT,
                "Identified %d of %d files (%d need review, %d failed, %d not attempted) with %d searches in %.1f s",
                r.identified(), r.files(), r.needsReview(), r.failures().size(), r.notAttempted(), r.searches(),
                r.elapsed().toMillis() / 1000.0);
    }
}
