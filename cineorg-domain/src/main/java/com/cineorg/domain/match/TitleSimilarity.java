package com.cineorg.domain.match;

import info.debatty.java.stringsimilarity.JaroWinkler;
import info.debatty.java.stringsimilarity.NormalizedLevenshtein;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Similarity of two titles in [0, 1] after {@link TitleNormalizer}: 1 for equal normalised titles, 0.98 for the
 * same words in another order, else a blend of Levenshtein and Jaro-Winkler on the sorted words and a Dice
 * coefficient on whole words. Titles whose numbers differ ("Alien" / "Alien 3", "Rocky II" / "Rocky IV") are
 * penalised, so a sequel never looks like its original. Thread-safe.
 */
public final class TitleSimilarity {

    static final double SAME_WORDS_OTHER_ORDER = 0.98;
    private static final double MAX_INEXACT = 0.95;
    private static final double NUMBER_MISMATCH_FACTOR = 0.7;

    private final JaroWinkler jaroWinkler = new JaroWinkler();
    private final NormalizedLevenshtein levenshtein = new NormalizedLevenshtein();

    public double similarity(String a, String b) {
        List<String> wa = TitleNormalizer.words(a);
        List<String> wb = TitleNormalizer.words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        if (wa.equals(wb)) {
            return 1;
        }
        Set<String> sa = new HashSet<>(wa);
        Set<String> sb = new HashSet<>(wb);
        String ta = TitleNormalizer.tokens(a);
        String tb = TitleNormalizer.tokens(b);
        if (ta.equals(tb)) {
            return SAME_WORDS_OTHER_ORDER;
        }
        double lev = levenshtein.similarity(ta, tb);
        double jw = Math.max(jaroWinkler.similarity(String.join(" ", wa), String.join(" ", wb)),
                jaroWinkler.similarity(ta, tb));
        Set<String> common = new HashSet<>(sa);
        common.retainAll(sb);
        double dice = 2.0 * common.size() / (sa.size() + sb.size());
        double sim = Math.min(MAX_INEXACT, 0.4 * lev + 0.3 * jw + 0.3 * dice);
        if (!numbers(sa).equals(numbers(sb))) {
            sim *= NUMBER_MISMATCH_FACTOR;
        }
        return sim;
    }

    private static Set<String> numbers(Set<String> words) {
        Set<String> digits = new HashSet<>();
        for (String w : words) {
            if (w.chars().allMatch(Character::isDigit)) {
                digits.add(w.replaceFirst("^0+(?=\\d)", ""));
            }
        }
        return digits;
    }
}
