package com.cineorg.adapter.metadata.http;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Lenient reading of provider dates: {@code ""}, null and garbage are "unknown". */
public final class Dates {

    private Dates() {}

    public static LocalDate parse(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static Integer year(String value) {
        LocalDate d = parse(value);
        if (d != null) {
            return d.getYear();
        }
        if (value != null && value.matches("\\d{4}")) {
            return Integer.valueOf(value);
        }
        return null;
    }
}
