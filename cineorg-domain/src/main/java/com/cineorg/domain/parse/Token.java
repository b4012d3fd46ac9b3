package com.cineorg.domain.parse;

import java.util.Locale;

/** One word of a name, with where it sits: the separators before it and the bracket pair around it. */
final class Token {
    final String text;
    final String lower;
    /** Lower-case letters and digits only: the vocabulary key of this word. */
    final String key;
    /** The word has at least one digit: only such words (and a few keywords) can be numbers, sizes or markers. */
    final boolean hasDigit;
    private final boolean allDigits;
    private final int number;
    final int start;
    final int end;
    final int index;
    /** Raw characters between the previous token and this one (separators and brackets). */
    final String gap;
    /** Id of the innermost bracket pair around the token, or -1. */
    final int bracket;
    Claim claim;
    Strength strength;
    /** True when the claim covers several tokens as one unit (DTS-HD, WEB-DL...). */
    boolean multi;
    /** Index of the value this token produced in the scan's property list, or -1. */
    int propIndex = -1;

    Token(String text, int start, int end, int index, String gap, int bracket) {
        this.text = text;
        this.lower = text.toLowerCase(Locale.ROOT);
        this.key = Vocabulary.norm(lower);
        boolean digit = false;
        boolean all = !text.isEmpty() && text.length() <= 9;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean d = c >= '0' && c <= '9';
            digit |= d;
            all &= d;
        }
        this.hasDigit = digit;
        this.allDigits = all;
        int v = 0;
        if (all) {
            for (int i = 0; i < text.length(); i++) {
                v = v * 10 + (text.charAt(i) - '0');
            }
        }
        this.number = v;
        this.start = start;
        this.end = end;
        this.index = index;
        this.gap = gap;
        this.bracket = bracket;
    }

    boolean free() {
        return claim == null;
    }

    boolean isDigits() {
        return allDigits;
    }

    /** The value of an all-digit word (see {@link #isDigits()}), else 0. */
    int number() {
        return number;
    }

    boolean gapHasDash() {
        return gap.indexOf('-') >= 0;
    }

    /** A dash set apart by other separators (" - ", "_-_") or doubled: a field separator rather than a hyphen. */
    boolean gapIsFieldDash() {
        int dash = gap.indexOf('-');
        if (dash < 0) {
            return false;
        }
        return gap.length() > 1 && (gap.indexOf('-', dash + 1) >= 0 || gap.replace("-", "").length() > 0);
    }

    @Override
    public String toString() {
        return text + (claim == null ? "" : "{" + claim + "}");
    }
}
