package com.cineorg.adapter.cli.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain text table with fixed column widths; the last column takes what is left of the terminal width. */
public final class Table {
    private final List<String> headers;
    private final List<String[]> rows = new ArrayList<>();

    public Table(String... headers) {
        this.headers = List.of(headers);
    }

    public void row(String... cells) {
        rows.add(cells);
    }

    public void print(PrintWriter out, int width, boolean colour) {
        int n = headers.size();
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            w[i] = headers.get(i).length();
        }
        for (String[] r : rows) {
            for (int i = 0; i < n; i++) {
                w[i] = Math.max(w[i], display(r[i]).length());
            }
        }
        int used = 0;
        for (int i = 0; i < n - 1; i++) {
            w[i] = Math.min(w[i], 40);
            used += w[i] + 2;
        }
        w[n - 1] = Math.max(10, Math.min(w[n - 1], width - used));
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < n; i++) {
            head.append(cell(headers.get(i), w[i], i == n - 1));
        }
        out.println(colour ? "\u001B[1m" + head.toString().stripTrailing() + "\u001B[0m" : head.toString().stripTrailing());
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < n; i++) {
                line.append(cell(display(r[i]), w[i], i == n - 1));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static String display(String s) {
        return s == null ? "" : s.replace('\n', ' ').replace('\t', ' ');
    }

    private static String cell(String s, int width, boolean last) {
        String text = s.length() > width ? (width > 1 ? s.substring(0, width - 1) + "…" : s.substring(0, width)) : s;
        if (last) {
            return text;
        }
        return text + " ".repeat(width - text.length() + 2);
    }

    /** The terminal width from $COLUMNS, else 120. */
    public static int terminalWidth() {
        String columns = System.getenv("COLUMNS");
        if (columns != null) {
            try {
                return Math.max(40, Integer.parseInt(columns.trim()));
            } catch (NumberFormatException ignored) {
                // fall through
            }
        }
        return 120;
    }
}
