package com.cineorg.adapter.api.library;

import com.cineorg.adapter.api.problem.ApiProblemException;
import com.cineorg.adapter.api.problem.ProblemType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps request paths inside the allowed folders. A path is resolved to its real location (symbolic links
 * followed; for a target that does not exist yet, the nearest existing ancestor is resolved and the rest appended)
 * and compared with the real allowed folders component by component, so {@code /lib-evil} is not inside
 * {@code /lib}. Malformed paths ({@code ..}, NUL, percent-encoded separators or dots, relative paths) are 400;
 * paths that resolve outside every allowed folder are 403.
 */
public final class PathGuard {
    private static final Pattern ENCODED = Pattern.compile("%(2e|2f|5c|00|25)", Pattern.CASE_INSENSITIVE);

    private final List<Path> roots;

    public PathGuard(List<Path> allowedRoots) {
        this.roots = List.copyOf(allowedRoots);
    }

    /** The real path of {@code raw} when it lies inside an allowed folder. */
    public Path confine(String raw) {
        if (raw == null || raw.isBlank()) {
            throw invalid("a path must not be empty");
        }
        if (raw.indexOf('\0') >= 0) {
            throw invalid("a path must not contain a NUL character");
        }
        if (ENCODED.matcher(raw).find()) {
            throw invalid("a path must not contain percent-encoded dots, separators or NUL: " + raw);
        }
        Path path;
        try {
            path = Path.of(raw);
        } catch (InvalidPathException e) {
            throw invalid("not a valid path: " + e.getReason());
        }
        if (!path.isAbsolute()) {
            throw invalid("a path must be absolute: " + raw);
        }
        for (Path part : path) {
            if (part.toString().equals("..")) {
                throw invalid("a path must not contain '..': " + raw);
            }
        }
        Path real = realPath(path.normalize(), raw);
        for (Path root : realRoots()) {
            if (real.startsWith(root)) {
                return real;
            }
        }
        throw new ApiProblemException(ProblemType.PATH_OUTSIDE_ROOTS,
                raw + " is not inside one of the allowed source or library folders");
    }

    private List<Path> realRoots() {
        List<Path> result = new ArrayList<>(roots.size());
        for (Path root : roots) {
            try {
                result.add(root.toRealPath());
            } catch (IOException e) {
                // a configured folder that does not exist (yet) allows nothing
            }
        }
        return result;
    }

    /** Resolves the nearest existing ancestor (without following a final dangling link) and appends the rest. */
    private static Path realPath(Path path, String raw) {
        Deque<Path> missing = new ArrayDeque<>();
        Path existing = path;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            missing.push(existing.getFileName());
            existing = existing.getParent();
        }
        if (existing == null) {
            throw invalid("no part of the path exists: " + raw);
        }
        Path real;
        try {
            real = existing.toRealPath();
        } catch (IOException e) {
            throw new ApiProblemException(ProblemType.PATH_OUTSIDE_ROOTS,
                    raw + " goes through a broken or unreadable symbolic link");
        }
        while (!missing.isEmpty()) {
            real = real.resolve(missing.pop());
        }
        return real;
    }

    private static ApiProblemException invalid(String detail) {
        return new ApiProblemException(ProblemType.INVALID_INPUT, detail);
    }
}
