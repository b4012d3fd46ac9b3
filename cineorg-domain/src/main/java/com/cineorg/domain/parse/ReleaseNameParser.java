package com.cineorg.domain.parse;

import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.media.ParsedRelease;
import com.cineorg.domain.port.out.FileNameParser;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Interim parser: title, year and SxxEyy from the file name only. The parser issue replaces it. */
public final class ReleaseNameParser implements FileNameParser {
    private static final Pattern EPISODE = Pattern.compile("(?i)\\bS(\\d{1,2})E(\\d{1,3})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(19\\d\\d|20\\d\\d)\\b");

    @Override
    public ParsedRelease parse(String path) {
        ParsedRelease.Builder b = ParsedRelease.builder();
        if (path == null) {
            return b.build();
        }
        String name = path;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0 && name.length() - dot <= 5) {
            b.container(name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
            name = name.substring(0, dot);
        }
        String spaced = name.replaceAll("[._]+", " ");
        int titleEnd = spaced.length();
        Matcher e = EPISODE.matcher(spaced);
        if (e.find()) {
            b.type(MediaType.EPISODE).season(Integer.parseInt(e.group(1))).episode(Integer.parseInt(e.group(2)));
            titleEnd = e.start();
        } else {
            b.type(MediaType.MOVIE);
        }
        Matcher y = YEAR.matcher(spaced);
        while (y.find()) {
            if (y.start() > 0 && y.start() <= titleEnd) {
                b.year(Integer.parseInt(y.group(1)));
                titleEnd = Math.min(titleEnd, y.start());
                break;
            }
        }
        String title = spaced.substring(0, titleEnd).replaceAll("[\\[\\](){}]", " ").trim().replaceAll("\\s+", " ");
        b.title(title.isEmpty() ? null : title);
        return b.build();
    }
}
