package com.cineorg.adapter.persistence;

import java.net.URI;
import java.nio.file.Path;

/**
 * Paths as stored: {@code location} is the file URI of the exact path bytes (it survives names that are not valid
 * UTF-8, NFD names and {@code LANG=C}), {@code display_path} the readable string used for text search.
 */
final class PathCodec {
    private PathCodec() {}

    /** The unique, byte-exact key of a path; never ends with a slash (except the file system root). */
    static String location(Path path) {
        String uri = path.toUri().toString(); // absolute; a directory that exists gets a trailing slash
        return uri.endsWith("/") && !uri.equals("file:///") ? uri.substring(0, uri.length() - 1) : uri;
    }

    static String display(Path path) {
        return path.toString();
    }

    /** Reads a stored path back; the display string is used when it is plain ASCII (same bytes, cheaper). */
    static Path restore(String location, String display) {
        if (isAscii(display)) {
            return Path.of(display);
        }
        return Path.of(URI.create(location));
    }

    /** The location range {@code [lo, hi)} that holds everything strictly below {@code root}, and the root itself. */
    static String[] subtree(Path root) {
        String loc = location(root);
        String base = loc.endsWith("/") ? loc.substring(0, loc.length() - 1) : loc;
        return new String[] {loc, base + "/", base + "0"}; // '0' is the character after '/'
    }

    private static boolean isAscii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
