package com.cineorg.domain.model.library;

import com.cineorg.domain.error.InvalidInputException;
import java.util.Locale;

/** How a file reaches the library: moved, copied, hard-linked or symbolically linked (relative links by default). */
public enum OrganizeMode {
    MOVE,
    COPY,
    HARDLINK,
    SYMLINK;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when the source stays where it is. */
    public boolean keepsSource() {
        return this != MOVE;
    }

    public static OrganizeMode fromWord(String word) {
        try {
            return valueOf(word.trim().toUpperCase(Locale.ROOT).replace("-", ""));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("unknown mode '" + word + "' (move, copy, hardlink, symlink)");
        }
    }
}
