package com.cineorg.domain.model.library;

import com.cineorg.domain.model.media.MediaType;

/** A Kodi/Jellyfin .nfo document ({@code <movie>} or {@code <episodedetails>}) with titles and provider ids. */
public final class NfoDocument {
    private NfoDocument() {}

    public static String render(NamingData d) {
        boolean episode = d.type() == MediaType.EPISODE;
        String root = episode ? "episodedetails" : "movie";
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        sb.append('<').append(root).append(">\n");
        if (episode) {
            element(sb, "title", d.episodeTitle() != null ? d.episodeTitle() : d.show());
            element(sb, "showtitle", d.show());
            element(sb, "season", d.season() == null ? null : d.season().toString());
            element(sb, "episode", d.episodes().isEmpty() ? null : d.episodes().get(0).toString());
            element(sb, "aired", d.date() == null ? null : d.date().toString());
        } else {
            element(sb, "title", d.title());
            element(sb, "year", d.year() == null ? null : d.year().toString());
            element(sb, "edition", d.edition());
        }
        uniqueId(sb, "tmdb", d.tmdbId(), true);
        uniqueId(sb, "tvdb", d.tvdbId(), d.tmdbId() == null);
        uniqueId(sb, "imdb", d.imdbId(), d.tmdbId() == null && d.tvdbId() == null);
        return sb.append("</").append(root).append(">\n").toString();
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
