package com.cineorg.domain.model.library;

import com.cineorg.domain.model.media.MediaType;
import java.util.Collections;
import java.util.List;

/**
 * Kodi/Jellyfin .nfo documents: {@code <movie>} and {@code <episodedetails>} beside a video, {@code <tvshow>} in a
 * show's folder. The provider ids of an episode's identification are the show's, so they go to {@code tvshow.nfo}:
 * in {@code <episodedetails>} a {@code <uniqueid>} is read as the episode's own id.
 */
public final class NfoDocument {
    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private NfoDocument() {}

    /**
     * The document beside a video. A file of several episodes gets one {@code <episodedetails>} per episode, one
     * after the other, as Kodi reads multi-episode files; each has its own title when the joined title splits into
     * one per episode, and an episode without a title is "Episode N" (Kodi would otherwise show the show's name).
     */
    public static String render(NamingData d) {
        StringBuilder sb = new StringBuilder(HEADER);
        if (d.type() != MediaType.EPISODE) {
            sb.append("<movie>\n");
            element(sb, "title", d.title());
            element(sb, "year", d.year() == null ? null : d.year().toString());
            element(sb, "edition", d.edition());
            ids(sb, d);
            return sb.append("</movie>\n").toString();
        }
        List<Integer> numbers = d.episodes().isEmpty() ? Collections.singletonList(null) : d.episodes();
        String[] titles = d.episodeTitle() == null ? new String[0] : d.episodeTitle().split(" & ");
        boolean onePerEpisode = titles.length == numbers.size();
        for (int i = 0; i < numbers.size(); i++) {
            Integer number = numbers.get(i);
            String title = onePerEpisode ? titles[i] : d.episodeTitle();
            if (title == null) {
                title = number != null ? "Episode " + number : d.date() != null ? d.date().toString() : d.show();
            }
            sb.append("<episodedetails>\n");
            element(sb, "title", title);
            element(sb, "showtitle", d.show());
            element(sb, "season", d.season() == null ? null : d.season().toString());
            element(sb, "episode", number == null ? null : number.toString());
            element(sb, "aired", d.date() == null ? null : d.date().toString());
            sb.append("</episodedetails>\n");
        }
        return sb.toString();
    }

    /** {@code tvshow.nfo}: the show's title, year and provider ids; null when no provider id is known. */
    public static String renderShow(NamingData d) {
        if (d.type() != MediaType.EPISODE || (d.tmdbId() == null && d.tvdbId() == null && d.imdbId() == null)) {
            return null;
        }
        StringBuilder sb = new StringBuilder(HEADER).append("<tvshow>\n");
        element(sb, "title", d.show());
        element(sb, "year", d.year() == null ? null : d.year().toString());
        ids(sb, d);
        return sb.append("</tvshow>\n").toString();
    }

    private static void ids(StringBuilder sb, NamingData d) {
        uniqueId(sb, "tmdb", d.tmdbId(), true);
        uniqueId(sb, "tvdb", d.tvdbId(), d.tmdbId() == null);
        uniqueId(sb, "imdb", d.imdbId(), d.tmdbId() == null && d.tvdbId() == null);
    }

    private static void element(StringBuilder sb, String name, String value) {
        if (value != null) {
            sb.append("  <").append(name).append('>').append(escape(value)).append("</").append(name).append(">\n");
        }
    }

    private static void uniqueId(StringBuilder sb, String type, String value, boolean isDefault) {
        if (value != null) {
            sb.append("  <uniqueid type=\"").append(type).append('"').append(isDefault ? " default=\"true\"" : "")
                    .append('>').append(escape(value)).append("</uniqueid>\n");
        }
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
