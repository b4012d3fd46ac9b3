package com.cineorg.adapter.cli;

import com.cineorg.adapter.cli.option.OutputOptions;
import com.cineorg.adapter.cli.render.IdentificationJson;
import com.cineorg.adapter.cli.render.Json;
import com.cineorg.adapter.cli.render.MediaJson;
import com.cineorg.domain.error.InvalidInputException;
import com.cineorg.domain.error.NotFoundException;
import com.cineorg.domain.match.ScoredCandidate;
import com.cineorg.domain.model.identify.Identification;
import com.cineorg.domain.port.in.MatchMediaCommand;
import com.cineorg.domain.port.in.MatchMediaUseCase;
import com.cineorg.domain.port.in.ReviewItem;
import com.cineorg.domain.port.in.ReviewQueueUseCase;
import com.cineorg.domain.port.in.SearchCandidatesUseCase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "review", description = {"List the files waiting for review, or resolve them.",
    "  cineorg review                 list the queue with ranked candidates",
    "  cineorg review 12 --pick 2     accept candidate 2 for file 12",
    "  cineorg review --interactive   ask about each file"})
public final class ReviewCommand implements Callable<Integer> {
    private final ReviewQueueUseCase reviews;
    private final MatchMediaUseCase match;
    private final SearchCandidatesUseCase search;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "The file to resolve.")
    Long id;

    @Option(names = "--pick", paramLabel = "N", description = "Accept the file's N-th candidate.")
    Integer pick;

    @Option(names = {"-i", "--interactive"}, description = "Ask about each file (terminal only).")
    boolean interactive;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Spec
    CommandSpec spec;

    public ReviewCommand(ReviewQueueUseCase reviews, MatchMediaUseCase match, SearchCandidatesUseCase search) {
        this.reviews = reviews;
        this.match = match;
        this.search = search;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<ReviewItem> queue = reviews.reviews(0, 10_000);
        if (pick != null) {
            if (id == null) {
                throw new InvalidInputException("--pick needs the file id: cineorg review ID --pick N");
            }
            ReviewItem item = queue.stream().filter(r -> r.file().requireId() == id).findFirst()
                    .orElseThrow(() -> new NotFoundException("file " + id + " is not waiting for review"));
            List<ScoredCandidate> candidates = item.identification().candidates();
            if (pick < 1 || pick > candidates.size()) {
                throw new InvalidInputException("file " + id + " has " + candidates.size() + " candidates");
            }
            Identification done = match.match(MatchMediaCommand.parse(id, candidates.get(pick - 1).candidate().reference()));
            out.println(output.json() ? Json.line(IdentificationJson.toMap(done))
                    : "file " + id + " -> " + done.reference() + " " + done.title());
            out.flush();
            return 0;
        }
        if (interactive) {
            if (System.console() == null) {
                throw new InvalidInputException("--interactive needs a terminal");
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            int resolved = new InteractiveReview(match, search, in, out).resolve(queue);
            out.println("resolved " + resolved + " of " + queue.size());
            out.flush();
            return 0;
        }
        for (ReviewItem item : queue) {
            if (output.json()) {
                out.println(Json.line(MediaJson.toMap(item.file(), item.identification())));
                continue;
            }
            Identification i = item.identification();
            out.printf(Locale.ROOT, "%d  %s%n    looking for %s%s: %s%n", item.file().requireId(), item.file().path(),
                    i.title() == null ? "?" : i.title(), i.year() == null ? "" : " (" + i.year() + ")",
                    String.join("; ", i.reasons()));
            int n = 0;
            for (ScoredCandidate c : i.candidates()) {
                out.printf(Locale.ROOT, "    %d) %-14s %.2f  %s%s%n", ++n, c.candidate().reference(), c.score(),
                        c.candidate().title(), c.candidate().year() == null ? "" : " (" + c.candidate().year() + ")");
            }
        }
        if (!output.json()) {
            out.println(queue.size() + " files waiting for review");
        }
        out.flush();
        return 0;
    }
}
