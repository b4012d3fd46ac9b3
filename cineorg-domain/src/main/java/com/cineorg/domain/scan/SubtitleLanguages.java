package com.cineorg.domain.scan;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Language tags and flags as they appear in subtitle file names ({@code .en.forced.srt}, {@code 2_English.srt}). */
public final class SubtitleLanguages {
    public static final Set<String> FLAGS = Set.of("forced", "sdh", "cc", "hi", "default", "foreign");

    private static final Map<String, String> TO_ISO = new HashMap<>();

    static {
        String[][] table = {
            {"en", "eng", "english"}, {"fr", "fre", "fra", "french", "francais", "français"},
            {"de", "ger", "deu", "german", "deutsch"}, {"es", "spa", "spanish", "espanol", "español", "castellano"},
            {"it", "ita", "italian", "italiano"}, {"pt", "por", "portuguese", "portugues", "português"},
            {"nl", "dut", "nld", "dutch", "nederlands"}, {"sv", "swe", "swedish", "svenska"},
            {"no", "nor", "norwegian", "norsk", "nb", "nob"}, {"da", "dan", "danish", "dansk"},
            {"fi", "fin", "finnish", "suomi"}, {"pl", "pol", "polish", "polski"}, {"ru", "rus", "russian"},
            {"uk", "ukr", "ukrainian"}, {"cs", "cze", "ces", "czech"}, {"sk", "slo", "slk", "slovak"},
            {"hu", "hun", "hungarian"}, {"ro", "rum", "ron", "romanian"}, {"bg", "bul", "bulgarian"},
            {"el", "gre", "ell", "greek"}, {"tr", "tur", "turkish"}, {"he", "heb", "hebrew"},
            {"ar", "ara", "arabic"}, {"fa", "per", "fas", "persian", "farsi"}, {"hi", "hin", "hindi"},
            {"ja", "jpn", "japanese"}, {"ko", "kor", "korean"}, {"zh", "chi", "zho", "chinese"},
            {"th", "tha", "thai"}, {"vi", "vie", "vietnamese"}, {"id", "ind", "indonesian"},
            {"ms", "may", "msa", "malay"}, {"hr", "hrv", "croatian"}, {"sr", "srp", "serbian"},
            {"sl", "slv", "slovenian"}, {"et", "est", "estonian"}, {"lv", "lav", "latvian"},
            {"lt", "lit", "lithuanian"}, {"is", "ice", "isl", "icelandic"}, {"ca", "cat", "catalan"},
            {"eu", "baq", "eus", "basque"}, {"gl", "glg", "galician"},
        };
        for (String[] row : table) {
            for (String name : row) {
                TO_ISO.put(name, row[0]);
            }
        }
        TO_ISO.put("pt-br", "pt-BR");
        TO_ISO.put("ptbr", "pt-BR");
        TO_ISO.put("brazilian", "pt-BR");
        TO_ISO.put("zh-cn", "zh-CN");
        TO_ISO.put("zh-tw", "zh-TW");
        TO_ISO.put("es-419", "es-419");
        TO_ISO.put("latino", "es-419");
    }

    private SubtitleLanguages() {}

    /**
     * The ISO 639-1 code (or a region tag such as {@code pt-BR}) of a token, or null when it is not a language.
     * "hi" is read as the hearing-impaired flag, never as Hindi, as media servers do.
     */
    public static String toIso(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        int underscore = lower.lastIndexOf('_');
        if (underscore >= 0 && underscore < lower.length() - 1 && Character.isDigit(lower.charAt(0))) {
            lower = lower.substring(underscore + 1); // "2_English" in Subs folders
        }
        if (FLAGS.contains(lower)) {
            return null;
        }
        return TO_ISO.get(lower);
    }

    public static boolean isFlag(String token) {
        return FLAGS.contains(token.toLowerCase(Locale.ROOT));
    }
}
