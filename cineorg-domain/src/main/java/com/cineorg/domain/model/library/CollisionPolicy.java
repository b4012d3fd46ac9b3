package com.cineorg.domain.model.library;

import com.cineorg.domain.error.InvalidInputException;
import java.util.Locale;

/**
 * What happens when a target is taken, on disk or by another entry of the same plan.
 *
 * <ul>
 *   <li>{@link #SKIP}: the file stays where it is and is reported as skipped (default).
 *   <li>{@link #KEEP_BOTH}: the new file gets a numbered suffix, {@code Title (2010) (2).mkv}.
 *   <li>{@link #REPLACE_IF_BETTER}: the new file takes the place only when its {@link Quality} is strictly better; the
 *       old one goes to the library's trash folder, never deleted.
 * </ul>
 */
public enum CollisionPolicy {
    SKIP,
    KEEP_BOTH,
    REPLACE_IF_BETTER;

    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static CollisionPolicy fromWord(String word) {
        try {
            return valueOf(word.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("unknown conflict policy '" + word + "' (skip, keep-both, replace-if-better)");
        }
    }
}
