package com.cineorg.domain.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.cineorg.domain.model.media.ParsedRelease;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Scores the parser on guessit's own test names (src/test/resources/corpus, LGPL-3.0, see the README there) with the
 * rules of shared/bench/score.py for the key fields, and fails below the accuracy bar.
 */
class CorpusAccuracyTest {
    private static final double BAR = 97.0;
    private static final String[] FILES = {"guessit-movies.jsonl", "guessit-episodes.jsonl", "guessit-various.jsonl"};
    private static final String[] KEYS = {"title", "year", "season", "episode", "absolute_episode", "date"};
    private static final Pattern NON_WORD = Pattern.compile("[\\W_]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReleaseNameParser parser = new ReleaseNameParser();

    @Test
    void titleAndAllKeyFieldsAreRightOnTheCorpus() throws IOException {
        int titleCases = 0;
        int titleRight = 0;
        int keyCases = 0;
        int keyRight = 0;
        List<String> failures = new ArrayList<>();
        for (String file : FILES) {
            int fileTitleCases = 0;
            int fileTitleRight = 0;
            int fileKeyCases = 0;
            int fileKeyRight = 0;
            for (JsonNode c : read(file)) {
                String input = c.get("input").asText();
                if (input.indexOf('\n') >= 0 || input.indexOf('\r') >= 0) {
                    continue;
                }
                ParsedRelease p = parser.parse(input);
                boolean stated = false;
                boolean allRight = true;
                for (String key : KEYS) {
                    if (!c.has(key)) {
                        continue;
                    }
                    stated = true;
                    boolean ok = check(key, c, p);
                    allRight &= ok;
                    if (key.equals("title")) {
                        fileTitleCases++;
                        fileTitleRight += ok ? 1 : 0;
                    }
                    if (!ok) {
                        failures.add(input + " | " + key);
                    }
                }
                if (stated) {
                    fileKeyCases++;
                    fileKeyRight += allRight ? 1 : 0;
                }
            }
            System.out.printf(Locale.ROOT, "%-24s title %5.1f%% (%d)  all_key %5.1f%% (%d)%n", file,
                    pct(fileTitleRight, fileTitleCases), fileTitleCases, pct(fileKeyRight, fileKeyCases), fileKeyCases);
            titleCases += fileTitleCases;
            titleRight += fileTitleRight;
            keyCases += fileKeyCases;
            keyRight += fileKeyRight;
        }
        double title = pct(titleRight, titleCases);
        double allKey = pct(keyRight, keyCases);
        System.out.printf(Locale.ROOT, "%-24s title %5.1f%% (%d)  all_key %5.1f%% (%d)%n", "ALL", title, titleCases,
                allKey, keyCases);
        assertThat(titleCases).isGreaterThan(700);
        assertThat(title).as("title accuracy; failures: %s", failures).isGreaterThanOrEqualTo(BAR);
        assertThat(allKey).as("all-key accuracy; failures: %s", failures).isGreaterThanOrEqualTo(BAR);
    }

    private static double pct(int right, int cases) {
        return cases == 0 ? 0 : 100.0 * right / cases;
    }

    private static List<JsonNode> read(String file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (InputStream in = CorpusAccuracyTest.class.getResourceAsStream("/corpus/" + file)) {
            assertThat(in).as("corpus file %s on the test class path", file).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
        }
        return out;
    }

    /** The comparison rules of score.py for the key fields. */
    private static boolean check(String key, JsonNode c, ParsedRelease p) {
        JsonNode exp = c.get(key);
        switch (key) {
            case "title":
                if (exp.isNull()) {
                    return !p.hasTitle();
                }
                return p.hasTitle() && norm(p.title()).equals(norm(exp.asText()));
            case "year":
                if (exp.isNull()) {
                    return p.year() == null;
                }
                return p.year() != null && ints(exp).equals(Set.of(p.year()));
            case "date":
                if (exp.isNull()) {
                    return p.date() == null;
                }
                return p.date() != null && p.date().toString().equals(exp.asText().substring(0, 10));
            case "season":
                return sameInts(exp, p.seasons());
            case "episode":
                if (c.path("episode_is_first").asBoolean(false) && !p.episodes().isEmpty() && !exp.isNull()) {
                    return ints(exp).equals(Set.of(p.episodes().stream().min(Integer::compare).orElseThrow()));
                }
                return sameInts(exp, p.episodes());
            case "absolute_episode":
                List<Integer> abs = p.absoluteEpisodes();
                if (!exp.isNull() && abs.isEmpty() && !c.has("episode")) {
                    abs = p.episodes();
                }
                return sameInts(exp, abs);
            default:
                throw new IllegalArgumentException(key);
        }
    }

    private static boolean sameInts(JsonNode exp, Collection<Integer> got) {
        if (exp.isNull()) {
            return got.isEmpty();
        }
        return !got.isEmpty() && ints(exp).equals(new HashSet<>(got));
    }

    private static Set<Integer> ints(JsonNode v) {
        Set<Integer> out = new HashSet<>();
        if (v.isArray()) {
            v.forEach(x -> out.add(x.asInt()));
        } else {
            out.add(v.asInt());
        }
        return out;
    }

    private static String norm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return NON_WORD.matcher(n).replaceAll(" ").trim();
    }
}
