package com.cineorg.domain.parse;

import java.util.ArrayList;
import java.util.List;

/** Splits a name into words at separators and brackets, remembering both. Linear time, no regular expressions. */
final class Tokenizer {
    private Tokenizer() {}

    static boolean isSeparator(char c) {
        switch (c) {
            case ' ': case '.': case '_': case '-': case '+': case ',': case ';': case ':': case '~': case '*':
            case '=': case '|': case '/': case '\\': case '&': case '#': case '"': case '<': case '>': case '\t':
            case '\u00a0': case '\u3000':
                return true;
            default:
                return Character.isWhitespace(c) || Character.isISOControl(c);
        }
    }

    static boolean isOpen(char c) {
        return c == '(' || c == '[' || c == '{' || c == '\u3010' || c == '\uff08';
    }

    static boolean isClose(char c) {
        return c == ')' || c == ']' || c == '}' || c == '\u3011' || c == '\uff09';
    }

    private static final String[] ASCII = new String[128];
    private static final byte WORD = 0;
    private static final byte SEPARATOR = 1;
    private static final byte OPEN = 2;
    private static final byte CLOSE = 3;
    /** Character classes of ASCII characters, so the hot loop does one array load per character. */
    private static final byte[] CLASS = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = String.valueOf(c).intern();
            CLASS[c] = isOpen(c) ? OPEN : isClose(c) ? CLOSE : isSeparator(c) ? SEPARATOR : WORD;
        }
    }

    private static byte classOf(char c) {
        if (c < 128) {
            return CLASS[c];
        }
        return isOpen(c) ? OPEN : isClose(c) ? CLOSE : isSeparator(c) ? SEPARATOR : WORD;
    }

    /** The separators between two words; the usual one-character gaps are shared constants. */
    private static String gap(String s, int from, int to) {
        if (to == from) {
            return "";
        }
        if (to == from + 1 && s.charAt(from) < 128) {
            return ASCII[s.charAt(from)];
        }
        return s.substring(from, to);
    }

    static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int[] stack = new int[8];
        int depth = 0;
        int nextBracket = 0;
        int gapStart = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            byte type = classOf(c);
            if (type == OPEN) {
                if (depth < stack.length) {
                    stack[depth] = nextBracket;
                }
                depth++;
                nextBracket++;
                i++;
            } else if (type == CLOSE) {
                if (depth > 0) {
                    depth--;
                }
                i++;
            } else if (type == SEPARATOR) {
                i++;
            } else {
                int start = i;
                while (i < n) {
                    if (classOf(s.charAt(i)) != WORD) {
                        break;
                    }
                    i++;
                }
                int bracket = depth == 0 ? -1 : stack[Math.min(depth, stack.length) - 1];
                out.add(new Token(s.substring(start, i), start, i, out.size(), gap(s, gapStart, start), bracket));
                gapStart = i;
            }
        }
        return out;
    }
}
