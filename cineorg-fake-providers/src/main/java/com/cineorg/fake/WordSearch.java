package com.cineorg.fake;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Word-based matching like the providers' search: every word of the query must start a word of one of the work's
 * titles (case, diacritics and punctuation ignored; "Alien3" and "Alien³" read as "alien 3").
 */
final class WordSearch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");

    private WordSearch() {}

    static List<String> words(String text) {
        return words(text, "");
    }

    /** A title's words read two ways: "d'Amélie" as "damelie" and as "d amelie". */
    static List<List<String>> variants(String title) {
        List<String> joined = words(title, "");
        List<String> split = words(title, " ");
        return joined.equals(split) ? List.of(joined) : List.of(joined, split);
    }

    private static List<String> words(String text, String apostrophe) {
        if (text == null) {
            return List.of();
        }
        String s = Normalizer.normalize(text.replace("'", apostrophe).replace("\u2019", apostrophe),
                Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>(Arrays.asList(SPLIT.split(s)));
        words.removeIf(String::isEmpty);
        return words;
    }

    /** True when every query word is a prefix of a word of at least one of the titles. */
    static boolean matches(List<String> queryWords, Collection<List<String>> titlesWords) {
        if (queryWords.isEmpty()) {
            return false;
        }
        for (List<String> titleWords : titlesWords) {
            if (queryWords.stream().allMatch(q -> titleWords.stream().anyMatch(w -> w.startsWith(q)))) {
                return true;
            }
        }
        return false;
    }
}
