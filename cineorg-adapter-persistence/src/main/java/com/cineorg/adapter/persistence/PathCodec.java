package com.cineorg.adapter.persistence;

import java.io.File;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Path;

/**
 * Paths as stored: {@code location} is the file URI of the exact path bytes (it survives names that are not valid
 * UTF-8, NFD names and {@code LANG=C}), {@code display_path} the readable string used for text search.
 */
final class PathCodec {
    private PathCodec() {}

    /** Characters {@code Path.toUri()} keeps as they are on Unix (RFC 2396 path characters); others become %XX. */
    private static final boolean[] KEPT = new boolean[128];

    static {
        String kept = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.!~*'():@&=+$,;/";
        for (int i = 0; i < kept.length(); i++) {
            KEPT[kept.charAt(i)] = true;
        }
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /**
     * The unique, byte-exact key of an absolute path: what {@code path.toUri().toString()} gives, without the
     * trailing slash it adds to existing directories. A plain ASCII path is encoded here, the same way but without
     * the {@code stat} call {@code toUri} makes; anything else goes through {@code toUri}, which sees the raw bytes.
     */
    static String location(Path path) {
        String s = path.toString();
        if (path.getFileSystem() == FileSystems.getDefault() && s.startsWith("/") && File.separatorChar == '/'
                && isAscii(s)) {
            StringBuilder sb = new StringBuilder(s.length() + 16).append("file://");
            for (int i = 0, n = s.length(); i < n; i++) {
                char c = s.charAt(i);
                if (KEPT[c]) {
                    sb.append(c);
                } else {
                    sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
                }
            }
            return withoutTrailingSlash(sb.toString());
        }
        return withoutTrailingSlash(path.toUri().toString());
    }

    private static String withoutTrailingSlash(String uri) {
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
