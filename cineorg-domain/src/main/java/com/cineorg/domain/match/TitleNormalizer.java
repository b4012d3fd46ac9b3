package com.cineorg.domain.match;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reduces a title to a comparable form: lower case, no diacritics (NFKD, so {@code ³} becomes {@code 3}), no
 * punctuation, {@code &} read as {@code and}, no leading article (English, French, German, Spanish, Italian,
 * Portuguese, Dutch), small roman numerals as digits. {@link #tokens} also sorts the words, for
 * word-order-insensitive comparison.
 */
public final class TitleNormalizer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** "Alien³" is "Alien 3", not "Alien3". */
    private static final Pattern SUPERSCRIPT = Pattern.compile("[\u00b2\u00b3\u00b9\u2070-\u2079]+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** "Alien3" reads as "Alien 3". */
    private static final Pattern LETTER_DIGIT = Pattern.compile("(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");
    private static final Set<String> ARTICLES = Set.of(
            "the", "a", "an", "le", "la", "les", "l", "der", "die", "das", "el", "los", "las", "il", "lo", "gli",
            "un", "une", "het", "een");
    /** Small roman numerals, read as sequel numbers. */
    private static final Map<String, String> ROMAN = Map.ofEntries(
            Map.entry("ii", "2"), Map.entry("iii", "3"), Map.entry("iv", "4"), Map.entry("v", "5"),
            Map.entry("vi", "6"), Map.entry("vii", "7"), Map.entry("viii", "8"), Map.entry("ix", "9"),
            Map.entry("x", "10"), Map.entry("xi", "11"), Map.entry("xii", "12"));
    private static final Map<Character, String> FOLD = Map.of(
            'ß', "ss", 'æ', "ae", 'œ', "oe", 'ø', "o", 'ð', "d", 'þ', "th", 'ł', "l", 'đ', "d");

    private TitleNormalizer() {}

    /** Normalised words in title order; empty for a null or wordless title. */
    public static List<String> words(String title) {
        if (title == null) {
            return List.of();
        }
        String s = Normalizer.normalize(SUPERSCRIPT.matcher(title).replaceAll(" $0"), Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String f = FOLD.get(c);
            if (f != null) {
                folded.append(f);
            } else if (c == '&' || c == '+') {
                folded.append(" and ");
            } else if (c == '\'' || c == '\u2019') {
                // "d'Amélie" -> "d amelie", "Schindler's" -> "schindlers"
                folded.append(i >= 1 && Character.isLetter(s.charAt(i - 1)) && isElision(s, i - 1) ? " " : "");
            } else {
                folded.append(c);
            }
        }
        String spaced = LETTER_DIGIT.matcher(folded).replaceAll(" ");
        List<String> words = new ArrayList<>(Arrays.asList(NON_WORD.split(spaced.trim())));
        words.removeIf(String::isEmpty);
        for (int i = 0; i < words.size(); i++) {
            String roman = ROMAN.get(words.get(i));
            // a lone "i"/"v"/"x" at the start is a word ("I, Robot", "V for Vendetta"), not a number
            if (roman != null && (i > 0 || words.get(i).length() > 1)) {
                words.set(i, roman);
            }
        }
        if (words.size() > 1 && ARTICLES.contains(words.get(0))) {
            words.remove(0);
        }
        return List.copyOf(words);
    }

    /** Apostrophe after a one-letter elision ("l'", "d'", "qu'") splits; after longer words it is a possessive. */
    private static boolean isElision(String s, int letterIndex) {
        int start = letterIndex;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        int length = letterIndex - start + 1;
        return length <= 2;
    }

    /** The normalised words joined by single spaces, in title order. */
    public static String normalize(String title) {
        return String.join(" ", words(title));
    }

    /** The normalised words sorted, joined by single spaces: insensitive to word order. */
    public static String tokens(String title) {
        List<String> sorted = new ArrayList<>(words(title));
        sorted.sort(null);
        return String.join(" ", sorted);
    }
}
