package com.cineorg.application.scan;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The text the parser reads for a path whose bytes are not all UTF-8: a name copied from Windows or an old Latin-1
 * system ({@code Caf\xE9.2001.mkv}) reads as {@code Caf\uFFFD} in Java, which no provider search matches and which
 * would give the library a folder named with a replacement character. Each such name is read again from its bytes
 * as Windows-1252 (the superset of Latin-1 those systems write); names that are valid UTF-8 stay as they are, so a
 * folder {@code Amélie} in UTF-8 above a Latin-1 file keeps its accent. The file itself is still reached through its
 * exact bytes (the catalog keeps them); only the parsed title changes.
 */
final class ReadableName {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private ReadableName() {}

    /**
     * {@code text} as given when it has no replacement character; else its last path elements read again from
     * {@code file}'s bytes, as many as {@code text} has.
     */
    static String of(Path file, String text) {
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        String[] raw;
        try {
            raw = file.toAbsolutePath().toUri().getRawPath().split("/");
        } catch (RuntimeException e) { // no URI for this path (an unusual file system): the text as Java read it
            return text;
        }
        int wanted = text.split("/", -1).length;
        int end = raw.length;
        while (end > 0 && raw[end - 1].isEmpty()) { // the trailing slash toUri gives a folder
            end--;
        }
        int start = Math.max(0, end - wanted);
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = start; i < end; i++) {
            if (i > start) {
                sb.append('/');
            }
            sb.append(decode(raw[i]));
        }
        return sb.toString();
    }

    /** One element of a raw URI path: its percent-escaped bytes, as UTF-8 when they are, else as Windows-1252. */
    private static String decode(String escaped) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '%' && i + 2 < escaped.length()) {
                bytes.write(Integer.parseInt(escaped, i + 1, i + 3, 16));
                i += 2;
            } else {
                bytes.write(c); // toUri escapes every byte outside printable ASCII
            }
        }
        byte[] b = bytes.toByteArray();
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(b, WINDOWS_1252);
        }
    }
}
