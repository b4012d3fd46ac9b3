package com.cineorg.domain.model.library;

import com.cineorg.domain.error.InvalidInputException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Makes names safe on every target file system (ext4, NTFS, SMB, exFAT): reserved characters
 * {@code < > : " / \ | ? *} and control characters are replaced by a rule, text is NFC-normalised, a component
 * never ends with a dot or a space, and each component is at most {@link #MAX_COMPONENT_BYTES} bytes in UTF-8. When
 * a component is too long only the title-like pieces are shortened (the episode title first, then the title),
 * never the extension or the episode tag.
 */
public final class NameSanitizer {
    public static final int MAX_COMPONENT_BYTES = 255;

    /** How reserved characters are replaced. */
    public enum Rule {
        /** {@code ": "} becomes {@code " - "}, {@code "} becomes {@code '}, {@code / \ |} become {@code -}, {@code < > ? *} vanish. */
        SMART,
        /** Every reserved character becomes {@code _}. */
        UNDERSCORE,
        /** Every reserved character becomes {@code -}. */
        DASH,
        /** Reserved characters are removed. */
        REMOVE;

        public static Rule fromWord(String word) {
            try {
                return valueOf(word.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("unknown name rule '" + word + "' (smart, underscore, dash, remove)");
            }
        }
    }

    private final Rule rule;

    public NameSanitizer(Rule rule) {
        this.rule = rule == null ? Rule.SMART : rule;
    }

    public static NameSanitizer standard() {
        return new NameSanitizer(Rule.SMART);
    }

    public Rule rule() {
        return rule;
    }

    /** Cleans one value that goes inside a name (a title, an episode title...). */
    public String value(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                out.append(' ');
            } else if (isReserved(c)) {
                out.append(replacement(c, i + 1 < s.length() ? s.charAt(i + 1) : 0, out));
            } else {
                out.append(c);
            }
        }
        return collapseSpaces(out).strip();
    }

    /**
     * Each run of ASCII white space ({@code \\s} of a regular expression: space, tab, line breaks, vertical tab,
     * form feed) becomes one space, as {@code replaceAll("\\s+", " ")} does, without a regular expression per name.
     */
    static String collapseSpaces(CharSequence s) {
        StringBuilder out = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isSpace(c) && (c != ' ' || (i + 1 < n && isSpace(s.charAt(i + 1))))) {
                if (out == null) {
                    out = new StringBuilder(n).append(s, 0, i);
                }
                out.append(' ');
                while (i + 1 < n && isSpace(s.charAt(i + 1))) {
                    i++;
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s.toString() : out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isReserved(char c) {
        return "<>:\"/\\|?*".indexOf(c) >= 0;
    }

    private String replacement(char c, char next, StringBuilder before) {
        return switch (rule) {
            case UNDERSCORE -> "_";
            case DASH -> "-";
            case REMOVE -> "";
            case SMART -> switch (c) {
                case ':' -> next == ' ' ? (before.length() > 0 && before.charAt(before.length() - 1) != ' ' ? " -" : "-")
                        : "-";
                case '"' -> "'";
                case '/', '\\', '|' -> "-";
                default -> "";
            };
        };
    }

    /**
     * Joins the pieces of one rendered component into a safe name of at most {@code budgetBytes} bytes.
     *
     * @return the name, or null when nothing is left (the caller reports the file as skipped)
     */
    public String component(List<NamingTemplate.Piece> pieces, int budgetBytes) {
        List<String> texts = new ArrayList<>(pieces.size());
        for (NamingTemplate.Piece p : pieces) {
            texts.add(p.shrinkRank() > 0 ? value(p.text()) : Normalizer.normalize(p.text(), Normalizer.Form.NFC));
        }
        String joined = tidy(String.join("", texts));
        int excess = bytes(joined) - budgetBytes;
        for (int rank = 2; rank >= 1 && excess > 0; rank--) {
            for (int i = 0; i < pieces.size() && excess > 0; i++) {
                if (pieces.get(i).shrinkRank() == rank) {
                    String shortened = shrink(texts.get(i), excess);
                    texts.set(i, shortened);
                    joined = tidy(String.join("", texts));
                    excess = bytes(joined) - budgetBytes;
                }
            }
        }
        if (excess > 0) {
            throw new InvalidInputException("name cannot be made short enough: " + joined);
        }
        return joined.isEmpty() || joined.equals(".") || joined.equals("..") ? null : joined;
    }

    /** Cuts whole code points from the end of {@code text} until it is {@code excess} bytes shorter (keeps one). */
    static String shrink(String text, int excess) {
        int target = Math.max(bytes(text) - excess, 1);
        int end = text.length();
        while (end > 0 && bytes(text.substring(0, end)) > target) {
            end = text.offsetByCodePoints(end, -1);
        }
        if (end == 0) {
            end = text.offsetByCodePoints(0, 1);
        }
        return text.substring(0, end).stripTrailing();
    }

    private static String tidy(String s) {
        String t = collapseSpaces(s).strip();
        int end = t.length();
        while (end > 0 && (t.charAt(end - 1) == '.' || t.charAt(end - 1) == ' ')) {
            end--;
        }
        return t.substring(0, end);
    }

    /** The length of {@code s} in UTF-8 (a lone surrogate counts as the one byte '?' it is encoded as). */
    public static int bytes(String s) {
        int n = s.length();
        int bytes = n;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                if (c < 0x800) {
                    bytes += 1;
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    bytes += 2; // 4 bytes for the pair
                    i++;
                } else if (Character.isSurrogate(c)) {
                    bytes += 0; // encoded as '?'
                } else {
                    bytes += 2;
                }
            }
        }
        return bytes;
    }
}
