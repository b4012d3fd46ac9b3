package com.cineorg.domain.model.library;

import com.cineorg.domain.error.InvalidInputException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A naming template, parsed once when it is loaded. Syntax:
 *
 * <ul>
 *   <li>{@code {token}} inserts a value; numeric tokens take a zero-padding width, {@code {season:00}}. With several
 *       episodes, {@code {episode:00}} renders as a range, {@code 01-E02} (so {@code S{season:00}E{episode:00}}
 *       gives {@code S01E01-E02}).
 *   <li>{@code [ ... ]} is an optional segment: it vanishes when a token inside it has no value.
 *   <li>{@code /} separates folders; {@code \} escapes the next character ({@code \{}, {@code \[}).
 * </ul>
 *
 * Tokens: {@value #TOKEN_LIST}. An unknown token, a bad format, or an unbalanced bracket is an
 * {@link InvalidInputException} naming the token and its column, thrown by {@link #parse(String)}.
 */
public final class NamingTemplate {
    static final String TOKEN_LIST = "title, year, show, season, episode, episode_title, date, date_year, part, "
            + "resolution, edition, source, video_codec, release_group, tmdb_id, tvdb_id, imdb_id, ext";

    private static final Set<String> NUMERIC = Set.of("year", "season", "episode", "part", "date_year");
    private static final Set<String> KNOWN = Set.of(TOKEN_LIST.split(", "));
    /** Shrink order when a name is too long: the episode title goes first, then the title or show; 0 never shrinks. */
    private static final Map<String, Integer> SHRINK = Map.of("episode_title", 2, "title", 1, "show", 1);

    private final String text;
    private final List<Node> nodes;

    private NamingTemplate(String text, List<Node> nodes) {
        this.text = text;
        this.nodes = nodes;
    }

    private sealed interface Node permits Literal, Separator, Token, Optional {}

    private record Literal(String text) implements Node {}

    private record Separator() implements Node {}

    private record Token(String name, int width, int column) implements Node {}

    private record Optional(List<Node> children) implements Node {}

    /** One piece of a rendered path component; {@code shrinkRank} 0 is never shortened. */
    public record Piece(String text, int shrinkRank) {
        public Piece {
            Objects.requireNonNull(text);
        }
    }

    /**
     * A rendered path: components (each a list of pieces, token values not yet sanitized), or the required tokens
     * that had no value.
     */
    public record Rendered(List<List<Piece>> components, List<String> missing) {
        public Rendered {
            components = components.stream().map(List::copyOf).toList();
            missing = List.copyOf(missing);
        }

        public boolean complete() {
            return missing.isEmpty();
        }
    }

    public static NamingTemplate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("naming template is empty");
        }
        List<Node> top = new ArrayList<>();
        List<Node> current = top;
        int optionalStart = -1;
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                if (i + 1 >= text.length()) {
                    throw invalid(text, "dangling '\\' at column " + (i + 1));
                }
                literal.append(text.charAt(++i));
            } else if (c == '{') {
                flush(literal, current);
                int close = text.indexOf('}', i);
                if (close < 0) {
                    throw invalid(text, "unclosed '{' at column " + (i + 1));
                }
                current.add(token(text, text.substring(i + 1, close), i + 1));
                i = close;
            } else if (c == '}') {
                throw invalid(text, "unexpected '}' at column " + (i + 1) + " (write \\} for a literal brace)");
            } else if (c == '[') {
                if (optionalStart >= 0) {
                    throw invalid(text, "nested '[' at column " + (i + 1));
                }
                flush(literal, current);
                optionalStart = i;
                current = new ArrayList<>();
            } else if (c == ']') {
                if (optionalStart < 0) {
                    throw invalid(text, "unexpected ']' at column " + (i + 1) + " (write \\] for a literal bracket)");
                }
                flush(literal, current);
                top.add(new Optional(List.copyOf(current)));
                current = top;
                optionalStart = -1;
            } else if (c == '/') {
                flush(literal, current);
                current.add(new Separator());
            } else {
                literal.append(c);
            }
        }
        if (optionalStart >= 0) {
            throw invalid(text, "unclosed '[' at column " + (optionalStart + 1));
        }
        flush(literal, current);
        if (top.stream().noneMatch(n -> n instanceof Token)) {
            throw invalid(text, "it has no required token; a file name needs at least one, e.g. {title}");
        }
        if (top.get(0) instanceof Separator) {
            throw invalid(text, "it must be relative to the library (no leading '/')");
        }
        return new NamingTemplate(text, List.copyOf(top));
    }

    private static InvalidInputException invalid(String text, String why) {
        return new InvalidInputException("naming template '" + text + "': " + why);
    }

    private static void flush(StringBuilder literal, List<Node> into) {
        if (literal.length() > 0) {
            for (char c : literal.toString().toCharArray()) {
                if ("<>:\"\\|?*".indexOf(c) >= 0 || c < 0x20) {
                    throw new InvalidInputException("naming template text '" + literal
                            + "' holds a character that is reserved on some file systems: '" + c + "'");
                }
            }
            into.add(new Literal(literal.toString()));
            literal.setLength(0);
        }
    }

    private static Token token(String text, String body, int column) {
        String name = body;
        int width = 0;
        int colon = body.indexOf(':');
        if (colon >= 0) {
            name = body.substring(0, colon);
            String format = body.substring(colon + 1);
            if (!format.matches("0+")) {
                throw invalid(text, "bad format '" + format + "' in {" + body + "} at column " + column
                        + " (only zero padding such as :00)");
            }
            width = format.length();
        }
        name = name.strip();
        if (!KNOWN.contains(name)) {
            throw invalid(text, "unknown token {" + body + "} at column " + column + " (known: " + TOKEN_LIST + ")");
        }
        if (width > 0 && !NUMERIC.contains(name)) {
            throw invalid(text, "token {" + name + "} at column " + column + " is not a number and takes no padding");
        }
        return new Token(name, width, column);
    }

    public String text() {
        return text;
    }

    /** True when the template places the extension itself; otherwise it is appended to the last component. */
    public boolean usesExtension() {
        return uses(nodes, "ext");
    }

    private static boolean uses(List<Node> nodes, String name) {
        for (Node n : nodes) {
            if (n instanceof Token t && t.name().equals(name)) {
                return true;
            }
            if (n instanceof Optional o && uses(o.children(), name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Renders the template. The extension (without dot) is appended as {@code .ext} when the template has no
     * {@code {ext}} token.
     */
    public Rendered render(NamingData data, String extension) {
        List<List<Piece>> components = new ArrayList<>();
        List<Piece> component = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Node node : nodes) {
            if (node instanceof Optional o) {
                List<Piece> pieces = new ArrayList<>();
                boolean complete = true;
                for (Node child : o.children()) {
                    if (child instanceof Token t) {
                        String value = value(t, data, extension);
                        if (value == null) {
                            complete = false;
                            break;
                        }
                        pieces.add(new Piece(value, SHRINK.getOrDefault(t.name(), 0)));
                    } else if (child instanceof Literal l) {
                        pieces.add(new Piece(l.text(), 0));
                    } else {
                        pieces.add(null);
                    }
                }
                if (complete) {
                    for (Piece p : pieces) {
                        if (p == null) {
                            components.add(component);
                            component = new ArrayList<>();
                        } else {
                            component.add(p);
                        }
                    }
                }
            } else if (node instanceof Token t) {
                String value = value(t, data, extension);
                if (value == null) {
                    missing.add(t.name());
                } else {
                    component.add(new Piece(value, SHRINK.getOrDefault(t.name(), 0)));
                }
            } else if (node instanceof Literal l) {
                component.add(new Piece(l.text(), 0));
            } else {
                components.add(component);
                component = new ArrayList<>();
            }
        }
        if (!usesExtension() && extension != null && !extension.isEmpty()) {
            component.add(new Piece("." + extension, 0));
        }
        components.add(component);
        return new Rendered(components, missing);
    }

    private static String value(Token t, NamingData d, String extension) {
        return switch (t.name()) {
            case "title" -> d.title();
            case "show" -> d.show() != null ? d.show() : d.title();
            case "year" -> pad(d.year(), t.width());
            case "season" -> pad(d.season(), t.width());
            case "episode" -> episodes(d.episodes(), t.width());
            case "episode_title" -> d.episodeTitle();
            case "date" -> d.date() == null ? null : d.date().format(DateTimeFormatter.ISO_LOCAL_DATE);
            case "date_year" -> d.date() == null ? null : pad(d.date().getYear(), t.width());
            case "part" -> pad(d.part(), t.width());
            case "resolution" -> d.resolution();
            case "edition" -> d.edition();
            case "source" -> d.source();
            case "video_codec" -> d.videoCodec();
            case "release_group" -> d.releaseGroup();
            case "tmdb_id" -> d.tmdbId();
            case "tvdb_id" -> d.tvdbId();
            case "imdb_id" -> d.imdbId();
            case "ext" -> extension == null || extension.isEmpty() ? null : extension;
            default -> throw new IllegalStateException("token checked at parse time: " + t.name());
        };
    }

    private static String pad(Integer n, int width) {
        if (n == null) {
            return null;
        }
        String s = Integer.toString(n);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    private static String episodes(List<Integer> episodes, int width) {
        if (episodes.isEmpty()) {
            return null;
        }
        String first = pad(episodes.get(0), width);
        if (episodes.size() == 1) {
            return first;
        }
        return first + "-E" + pad(episodes.get(episodes.size() - 1), width);
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NamingTemplate other && other.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
