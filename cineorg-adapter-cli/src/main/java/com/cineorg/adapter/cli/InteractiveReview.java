package com.cineorg.adapter.cli;

import com.cineorg.domain.error.CineOrgException;
import com.cineorg.domain.match.ScoredCandidate;
import com.cineorg.domain.model.identify.Identification;
import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.port.in.MatchMediaCommand;
import com.cineorg.domain.port.in.MatchMediaUseCase;
import com.cineorg.domain.port.in.ReviewItem;
import com.cineorg.domain.port.in.SearchCandidatesQuery;
import com.cineorg.domain.port.in.SearchCandidatesUseCase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The beets-style prompt for files waiting for review: pick a candidate, skip, search with another title or year,
 * or enter an id. Only ever used on a terminal.
 */
final class InteractiveReview {
    private final MatchMediaUseCase match;
    private final SearchCandidatesUseCase search;
    private final BufferedReader in;
    private final PrintWriter out;

    InteractiveReview(MatchMediaUseCase match, SearchCandidatesUseCase search, BufferedReader in, PrintWriter out) {
        this.match = match;
        this.search = search;
        this.in = in;
        this.out = out;
    }

    /** @return how many files were resolved; stops early on `q` or end of input */
    int resolve(List<ReviewItem> items) throws IOException {
        int resolved = 0;
        int n = 0;
        for (ReviewItem item : items) {
            n++;
            Identification id = item.identification();
            List<ScoredCandidate> candidates = id.candidates();
            String title = id.title();
            Integer year = id.year();
            while (true) {
                out.printf(Locale.ROOT, "%n[%d/%d] %s%n", n, items.size(), item.file().path());
                out.printf(Locale.ROOT, "  looking for: %s%s (%s)%n", title == null ? "?" : title,
                        year == null ? "" : " " + year, id.type().word());
                if (!id.reasons().isEmpty()) {
                    out.println("  why: " + String.join("; ", id.reasons()));
                }
                for (int i = 0; i < candidates.size(); i++) {
                    ScoredCandidate c = candidates.get(i);
                    out.printf(Locale.ROOT, "  %d) %-14s %.2f  %s%s%n", i + 1, c.candidate().reference(), c.score(),
                            c.candidate().title(), c.candidate().year() == null ? "" : " (" + c.candidate().year() + ")");
                }
                out.print("  [number] pick, s skip, t new title, y new year, i enter id, q quit > ");
                out.flush();
                String answer = in.readLine();
                if (answer == null || answer.trim().equalsIgnoreCase("q")) {
                    return resolved;
                }
                answer = answer.trim();
                try {
                    if (answer.equalsIgnoreCase("s") || answer.isEmpty()) {
                        break;
                    } else if (answer.chars().allMatch(Character::isDigit)) {
                        int pick = Integer.parseInt(answer);
                        if (pick < 1 || pick > candidates.size()) {
                            out.println("  no candidate " + pick);
                            continue;
                        }
                        apply(item, candidates.get(pick - 1).candidate().reference());
                        resolved++;
                        break;
                    } else if (answer.equalsIgnoreCase("t")) {
                        out.print("  title > ");
                        out.flush();
                        String t = in.readLine();
                        if (t != null && !t.isBlank()) {
                            title = t.trim();
                            candidates = search.search(new SearchCandidatesQuery(id.type(), title, year, null));
                        }
                    } else if (answer.equalsIgnoreCase("y")) {
                        out.print("  year (empty for any) > ");
                        out.flush();
                        String y = in.readLine();
                        year = y == null || y.isBlank() ? null : Integer.valueOf(y.trim());
                        candidates = search.search(new SearchCandidatesQuery(
                                id.type() == MediaType.UNKNOWN ? MediaType.MOVIE : id.type(), title, year, null));
                    } else if (answer.equalsIgnoreCase("i")) {
                        out.print("  id as PROVIDER:ID (e.g. tmdb:603) > ");
                        out.flush();
                        String ref = in.readLine();
                        if (ref != null && !ref.isBlank()) {
                            apply(item, ref.trim());
                            resolved++;
                            break;
                        }
                    } else {
                        out.println("  ?");
                    }
                } catch (CineOrgException | NumberFormatException e) {
                    out.println("  " + e.getMessage());
                }
            }
        }
        return resolved;
    }

    private void apply(ReviewItem item, String reference) {
        Identification done = match.match(MatchMediaCommand.parse(item.file().requireId(), reference));
        out.println("  -> " + done.reference() + " " + done.title() + (done.year() == null ? "" : " (" + done.year() + ")"));
    }
}
