package com.cineorg.domain.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads one path component (a file or folder name) with rules over its tokens: recognised words are claimed in passes
 * (dates, episode markers, technical words, year, group), then the title is the first run of unclaimed words.
 */
final class NameScanner {
    private static final int MIN_YEAR = 1920;
    private static final int MAX_YEAR = 2039;
    private static final String[] ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
        "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"};
    private static final String[][] NUMBER_WORDS = {{"one", "un", "une"}, {"two", "deux"}, {"three", "trois"},
        {"four", "quatre"}, {"five", "cinq"}, {"six"}, {"seven", "sept"}, {"eight", "huit"}, {"nine", "neuf"},
        {"ten", "dix"}};

    private static final String[] ARTICLES = {", the", ", a", ", an", ", les", ", le", ", la", ", l'"};

    final String name;
    final List<Token> t;
    final int n;
    final boolean mixedCase;

    final NameResult r = new NameResult();
    int markerStart = -1;
    int markerEnd = -1;
    int leadingBracketEnd = -1;
    int filmMarker = -1;
    boolean anime;
    boolean strongMarker;

    NameScanner(String name) {
        this.name = name;
        this.t = Tokenizer.tokenize(name);
        this.n = t.size();
        boolean lower = false;
        boolean upper = false;
        for (int i = 0; i < name.length() && !(lower && upper); i++) {
            char c = name.charAt(i);
            if (c < 128) {
                lower |= c >= 'a' && c <= 'z';
                upper |= c >= 'A' && c <= 'Z';
            } else {
                lower |= Character.isLowerCase(c);
                upper |= Character.isUpperCase(c);
            }
        }
        this.mixedCase = lower && upper;
    }

    NameResult scan() {
        if (n == 0) {
            return r;
        }
        websitesAndCrc();
        leadingBracket();
        dates();
        episodes();
        patterns();
        dictionary();
        wordLikeLanguageCodes();
        bareScreens();
        parts();
        year();
        if (r.episodes.isEmpty() && r.seasons.isEmpty()) {
            bareNumberEpisode();
        } else if (r.episodes.isEmpty() && markerEnd >= 0) {
            episodeAfterSeason();
        } else if (strongMarker) {
            absoluteNumbers();
        }
        yearAsSeason();
        releaseGroup();
        resolveWeak();
        titles();
        finish();
        return r;
    }

    // ---------------------------------------------------------------- helpers

    private void claim(int i, Claim c, Strength s) {
        Token k = t.get(i);
        k.claim = c;
        k.strength = s;
    }

    private Token tok(int i) {
        return i >= 0 && i < n ? t.get(i) : null;
    }

    private static boolean digits(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int readInt(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    private static int digitRun(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static boolean isYear(int v) {
        return v >= MIN_YEAR && v <= MAX_YEAR;
    }

    private boolean tightGap(Token k) {
        String g = k.gap;
        if (g.length() != 1) {
            return false;
        }
        char c = g.charAt(0);
        return !Tokenizer.isOpen(c) && !Tokenizer.isClose(c);
    }

    private static boolean hasBracketChar(String gap) {
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (Tokenizer.isOpen(c) || Tokenizer.isClose(c)) {
                return true;
            }
        }
        return false;
    }

    private static int roman(String s) {
        for (int i = 0; i < ROMAN.length; i++) {
            if (ROMAN[i].equals(s)) {
                return i + 1;
            }
        }
        return -1;
    }

    private static int numberWord(String s) {
        for (int i = 0; i < NUMBER_WORDS.length; i++) {
            for (String w : NUMBER_WORDS[i]) {
                if (w.equals(s)) {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    private static boolean isEpisodeWord(String s) {
        switch (s) {
            case "episode": case "ep": case "episodes": case "épisode": case "eps": case "episodio": case "folge":
                return true;
            default:
                return false;
        }
    }

    private static boolean hex8(String s) {
        if (s.length() != 8) {
            return false;
        }
        boolean digit = false;
        boolean letter = false;
        for (int i = 0; i < 8; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) {
                letter = true;
            } else {
                return false;
            }
        }
        return digit && letter;
    }

    // ---------------------------------------------------------------- passes

    private static final Set<String> TLDS = Set.of("com", "org", "net", "ru", "info", "biz",
            "fr", "de", "nl", "it", "es", "pl", "cc", "tv", "me", "to", "lt", "se", "eu", "io", "co", "uk", "ws");
    private static final Set<String> STRONG_TLDS = Set.of("com", "org", "net", "ru", "info",
            "biz");

    private void websitesAndCrc() {
        // "www.Site.cafe - Title", "[ www.Site.xyz ] - Title": a leading site, whatever its domain
        if (n >= 4 && t.get(0).lower.equals("www") && t.get(1).gap.equals(".") && t.get(2).gap.equals(".")
                && t.get(2).text.length() >= 2 && t.get(2).text.length() <= 8 && !t.get(2).hasDigit
                && (t.get(3).gapIsFieldDash() || hasBracketChar(t.get(3).gap))) {
            for (int j = 0; j <= 2; j++) {
                claim(j, Claim.WEBSITE, Strength.STRONG);
            }
            r.website = name.substring(t.get(0).start, t.get(2).end);
        }
        for (int i = 1; i < n; i++) {
            Token k = t.get(i);
            if (k.lower.length() > 4 || !".".equals(k.gap) || !TLDS.contains(k.lower)) {
                continue;
            }
            Token following = tok(i + 1);
            if (following != null && ".".equals(following.gap) && TLDS.contains(following.lower)) {
                continue;
            }
            int from = i - 1;
            if (from > 0 && ".".equals(t.get(from).gap) && TLDS.contains(t.get(from).lower)) {
                from--;
            }
            boolean www = from > 0 && t.get(from - 1).lower.equals("www") && ".".equals(t.get(from).gap);
            if (www) {
                from--;
            }
            // a hyphenated site name: www.divx-overnet.com
            if (!www && from > 1 && "-".equals(t.get(from).gap) && t.get(from - 2).lower.equals("www")
                    && ".".equals(t.get(from - 1).gap)) {
                from -= 2;
                www = true;
            }
            Token first = t.get(from);
            Token after = tok(i + 1);
            boolean boundedBefore = from == 0 || !first.gap.equals(".");
            boolean boundedAfter = after == null || !after.gap.equals(".");
            boolean inBracket = first.bracket >= 0 && first.bracket == k.bracket;
            if (www || (STRONG_TLDS.contains(k.lower) && (boundedBefore || boundedAfter || inBracket))
                    || (inBracket && boundedBefore)) {
                for (int j = from; j <= i; j++) {
                    claim(j, Claim.WEBSITE, Strength.STRONG);
                }
                if (r.website == null) {
                    r.website = name.substring(first.start, k.end);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            Token k = t.get(i);
            if (k.free() && k.text.length() == 8 && (hex8(k.text) || k.bracket >= 0 && i == n - 1 && k.isDigits() && k.text.length() == 8
                    && date(readInt(k.text, 0, 4), readInt(k.text, 4, 6), readInt(k.text, 6, 8)) == null)
                    && (k.bracket >= 0 || i == n - 1)) {
                claim(i, Claim.CRC, Strength.STRONG);
                r.crc32 = k.text;
                anime = true;
            }
        }
    }

    private void leadingBracket() {
        Token first = t.get(0);
        if (first.bracket < 0 || first.gap.trim().length() != 1 || first.gap.trim().charAt(0) != '[') {
            return;
        }
        int end = 0;
        while (end + 1 < n && t.get(end + 1).bracket == first.bracket && !hasBracketChar(t.get(end + 1).gap)) {
            end++;
        }
        if (end + 1 >= n) {
            return;
        }
        leadingBracketEnd = end;
        anime = true;
    }

    private void dates() {
        for (int i = 0; i < n; i++) {
            Token a = t.get(i);
            if (!a.free() || !a.isDigits()) {
                continue;
            }
            if (a.text.length() == 8) {
                LocalDate d = date(readInt(a.text, 0, 4), readInt(a.text, 4, 6), readInt(a.text, 6, 8));
                if (d != null) {
                    setDate(d, i, i);
                    continue;
                }
            }
            Token b = tok(i + 1);
            Token c = tok(i + 2);
            if (b == null || c == null || !b.free() || !c.free() || !b.isDigits() || !c.isDigits()
                    || !tightGap(b) || !b.gap.equals(c.gap)) {
                continue;
            }
            char sep = b.gap.charAt(0);
            if (sep != '.' && sep != '-' && sep != '_' && sep != ' ' && sep != '/') {
                continue;
            }
            int la = a.text.length();
            int lb = b.text.length();
            int lc = c.text.length();
            LocalDate d = null;
            if (la == 4 && lb <= 2 && lc <= 2) {
                d = date(a.number(), b.number(), c.number());
            } else if (la <= 2 && lb <= 2 && lc == 4) {
                d = date(c.number(), b.number(), a.number());
                if (d == null) {
                    d = date(c.number(), a.number(), b.number());
                }
            } else if (la == 2 && lb == 2 && lc == 2) {
                int yy = c.number();
                d = date(yy + (yy < 40 ? 2000 : 1900), b.number(), a.number());
            }
            if (d != null) {
                setDate(d, i, i + 2);
            }
        }
    }

    private static LocalDate date(int y, int m, int d) {
        if (!isYear(y) || m < 1 || m > 12 || d < 1 || d > 31) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private void setDate(LocalDate d, int from, int to) {
        for (int j = from; j <= to; j++) {
            claim(j, Claim.DATE, Strength.STRONG);
        }
        if (r.date == null) {
            r.date = d;
            r.dateIndex = from;
        }
    }

    // ------------------------------------------------------------ episodes

    private void marker(int from, int to) {
        strongMarker = true;
        for (int j = from; j <= to; j++) {
            claim(j, Claim.EPISODE, Strength.STRONG);
        }
        if (markerStart < 0 || from < markerStart) {
            markerStart = from;
        }
        markerEnd = Math.max(markerEnd, to);
    }

    private void addEpisode(int e) {
        if (!r.episodes.contains(e)) {
            r.episodes.add(e);
        }
    }

    private void addSeason(int s) {
        if (!r.seasons.contains(s)) {
            r.seasons.add(s);
        }
    }

    private static boolean markerKeyword(String s) {
        if (s.isEmpty() || s.length() > 10) {
            return false;
        }
        char c0 = s.charAt(0);
        if (c0 != 's' && c0 != 't' && c0 != 'e' && c0 != 'c' && c0 != 'x' && c0 != 'a' && c0 != 'f' && c0 != 'é') {
            return false;
        }
        switch (s) {
            case "season": case "saison": case "seasons": case "saisons": case "temporada": case "stagione":
            case "staffel": case "sezon": case "seizoen": case "temporadas": case "temp": case "tem":
            case "episode": case "ep": case "episodes": case "épisode": case "eps": case "episodio": case "folge":
            case "cap": case "capitulo": case "xall": case "all":
                return true;
            default:
                return false;
        }
    }

    private void episodes() {
        for (int i = 0; i < n; i++) {
            Token k = t.get(i);
            if (!k.free() || !k.hasDigit && !markerKeyword(k.lower)) {
                continue;
            }
            int used = sxe(i);
            if (used < 0) {
                used = nxn(i);
            }
            if (used < 0) {
                used = seasonWord(i);
            }
            if (used < 0) {
                used = episodeWord(i);
            }
            if (used < 0 && r.episodes.isEmpty()) {
                used = ofPattern(i);
            }
            if (used >= 0) {
                i = used;
            }
        }
        for (int i = 0; i < n; i++) {
            Token k = t.get(i);
            if (k.free() && (k.lower.equals("xall") || k.lower.equals("all")) && i > 0
                    && t.get(i - 1).claim == Claim.EPISODE) {
                claim(i, Claim.EPISODE, Strength.STRONG);
            }
        }
    }

    /** S01E02, S01E01E02, S01E01-E03, S01E01-02, s03-e01, S01, S01Extras, S2014E18. Returns the last index used. */
    private int sxe(int i) {
        Token k = t.get(i);
        String s = k.lower;
        if (s.length() < 2 || s.charAt(0) != 's') {
            return -1;
        }
        int p = digitRun(s, 1);
        if (p == 1 || p - 1 > 4) {
            return -1;
        }
        int season = readInt(s, 1, p);
        List<Integer> eps = new ArrayList<>();
        while (p < s.length()) {
            int q = p;
            if (s.charAt(q) == 'x' || s.charAt(q) == '-') {
                q++;
            }
            if (q < s.length() && s.charAt(q) == 'e') {
                q++;
                if (q < s.length() && s.charAt(q) == 'p') {
                    q++;
                }
                int e = digitRun(s, q);
                if (e == q || e - q > 4) {
                    break;
                }
                eps.add(readInt(s, q, e));
                p = e;
            } else {
                break;
            }
        }
        if (p < s.length()) {
            String rest = s.substring(p);
            boolean version = rest.length() == 2 && rest.charAt(0) == 'v' && Character.isDigit(rest.charAt(1))
                    || rest.length() >= 2 && rest.charAt(0) == 'd' && digitRun(rest, 1) == rest.length();
            if (!version && !(eps.isEmpty() && (rest.equals("extras") || rest.equals("extra")
                    || rest.equals("bonus") || rest.equals("complete")))) {
                return -1;
            }
        }
        if (p - 1 == 4 && !isYear(season) && eps.isEmpty()) {
            return -1;
        }
        addSeason(season);
        if (p - 1 >= 3 && isYear(season) && r.year == null) {
            r.year = season;
        }
        int last = i;
        if (eps.isEmpty()) {
            // season only: look for a separate episode token (s03-e01, S16 - E29, s03-x01) or a season range (S01-S03)
            Token nx = tok(i + 1);
            if (nx != null && nx.free() && nx.gap.trim().length() <= 1 && !hasBracketChar(nx.gap)) {
                int e = prefixedNumber(nx.lower, 'e');
                if (e < 0) {
                    e = prefixedNumber(nx.lower, 'x');
                }
                if (e >= 0) {
                    eps.add(e);
                    last = i + 1;
                } else if (nx.gapHasDash()) {
                    int s2 = prefixedNumber(nx.lower, 's');
                    if (s2 < 0 && nx.isDigits() && nx.text.length() <= 2 && nx.gap.equals("-")) {
                        s2 = nx.number();
                    }
                    if (s2 > season && s2 - season < 30) {
                        for (int x = season + 1; x <= s2; x++) {
                            addSeason(x);
                        }
                        last = i + 1;
                    }
                }
            }
        }
        for (int e : eps) {
            addEpisode(e);
        }
        if (!eps.isEmpty()) {
            last = continuation(last, eps.get(eps.size() - 1));
        }
        marker(i, last);
        return last;
    }

    /** "e12" -> 12 with prefix 'e'; -1 if the token is not that. Accepts a trailing version (e12v2). */
    private static int prefixedNumber(String s, char prefix) {
        if (s.length() < 2 || s.charAt(0) != prefix) {
            return -1;
        }
        int start = 1;
        if (prefix == 'e' && s.startsWith("ep")) {
            start = 2;
        }
        int p = digitRun(s, start);
        if (p == start || p - start > 4) {
            return -1;
        }
        if (p != s.length() && !(p + 2 == s.length() && s.charAt(p) == 'v' && Character.isDigit(s.charAt(p + 1)))) {
            return -1;
        }
        return readInt(s, start, p);
    }

    /** "s01e03" when the season is {@code season}: the episode, else -1 (S01E01-S01E03). */
    private static int sameSeasonEpisode(String s, int season) {
        if (s.length() < 4 || s.charAt(0) != 's') {
            return -1;
        }
        int p = digitRun(s, 1);
        if (p == 1 || p >= s.length() || s.charAt(p) != 'e' || readInt(s, 1, p) != season) {
            return -1;
        }
        int q = digitRun(s, p + 1);
        return q == s.length() && q > p + 1 && q - p - 1 <= 4 ? readInt(s, p + 1, q) : -1;
    }

    /** After an episode: -E03 / -03 (range), E04 (list). */
    private int continuation(int last, int lastEpisode) {
        int prev = lastEpisode;
        while (true) {
            Token nx = tok(last + 1);
            if (nx == null || !nx.free() || hasBracketChar(nx.gap) || nx.gap.length() > 1) {
                return last;
            }
            boolean dash = nx.gap.equals("-");
            boolean plus = nx.gap.equals("+");
            int e = prefixedNumber(nx.lower, 'e');
            if (e < 0 && dash && !r.seasons.isEmpty()) {
                e = sameSeasonEpisode(nx.lower, r.seasons.get(r.seasons.size() - 1));
            }
            boolean prefixed = e >= 0;
            if (e < 0 && (dash || plus) && nx.isDigits() && nx.text.length() <= 3) {
                e = nx.number();
            }
            if (e < 0 || e <= prev || e - prev > 60) {
                return last;
            }
            if (!dash && !prefixed && !plus) {
                return last;
            }
            if (dash) {
                for (int x = prev + 1; x <= e; x++) {
                    addEpisode(x);
                }
            } else {
                addEpisode(e);
            }
            prev = e;
            last++;
        }
    }

    /** 2x05, 5x44x45x46, 1x01-02, 1xAll, 2016x03, 2008x12.13 (a date). */
    private int nxn(int i) {
        String s = t.get(i).lower;
        int p = digitRun(s, 0);
        if (p == 0 || p > 4 || p >= s.length() || s.charAt(p) != 'x') {
            return -1;
        }
        int season = readInt(s, 0, p);
        if (s.substring(p + 1).equals("all")) {
            addSeason(season);
            marker(i, i);
            return i;
        }
        List<Integer> eps = new ArrayList<>();
        int q = p;
        while (q < s.length() && s.charAt(q) == 'x') {
            int e = digitRun(s, q + 1);
            if (e == q + 1 || e - q - 1 > 3) {
                return -1;
            }
            eps.add(readInt(s, q + 1, e));
            q = e;
        }
        if (q != s.length() || eps.isEmpty()) {
            if (!(q + 2 == s.length() && s.charAt(q) == 'v' && Character.isDigit(s.charAt(q + 1)))) {
                return -1;
            }
        }
        if (p == 4) {
            if (!isYear(season)) {
                return -1;
            }
            Token nx = tok(i + 1);
            if (eps.size() == 1 && nx != null && nx.free() && nx.isDigits() && nx.gap.equals(".")
                    && nx.text.length() <= 2) {
                LocalDate d = date(season, eps.get(0), nx.number());
                if (d != null) {
                    setDate(d, i, i + 1);
                    return i + 1;
                }
            }
            if (r.year == null) {
                r.year = season;
            }
        } else if (p == 3) {
            return -1;
        }
        addSeason(season);
        for (int e : eps) {
            addEpisode(e);
        }
        int last = continuation(i, eps.get(eps.size() - 1));
        marker(i, last);
        return last;
    }

    private static boolean isSeasonWord(String s) {
        switch (s) {
            case "season": case "saison": case "seasons": case "saisons": case "temporada": case "stagione":
            case "staffel": case "sezon": case "seizoen": case "temporadas": case "temp": case "tem":
                return true;
            default:
                return false;
        }
    }

    /** Season 2, Saison VII, Seasons 1 & 2, Season 1-3, Season 2of5, Season 2 1of4. */
    private int seasonWord(int i) {
        Token k = t.get(i);
        int joined = joinedSeason(k.lower);
        int season;
        int last;
        if (joined >= 0) {
            season = joined;
            last = i;
        } else {
            if (!isSeasonWord(k.lower)) {
                return -1;
            }
            Token nx = tok(i + 1);
            if (nx == null || !nx.free() || nx.gapIsFieldDash() || hasBracketChar(nx.gap)) {
                return -1;
            }
            season = seasonNumber(nx);
            if (season < 0) {
                return -1;
            }
            last = i + 1;
        }
        addSeason(season);
        int prev = season;
        while (true) {
            Token m = tok(last + 1);
            if (m == null || !m.free() || hasBracketChar(m.gap)) {
                break;
            }
            if (m.lower.equals("to") || m.lower.equals("a") || m.lower.equals("au")) {
                Token m2 = tok(last + 2);
                if (m2 != null && m2.free() && m2.isDigits() && m2.number() > prev && m2.number() < 100) {
                    for (int x = prev + 1; x <= m2.number(); x++) {
                        addSeason(x);
                    }
                    prev = m2.number();
                    last += 2;
                    continue;
                }
                break;
            }
            if (m.lower.equals("and") || m.lower.equals("et")) {
                Token m2 = tok(last + 2);
                if (m2 != null && m2.free() && m2.isDigits() && m2.number() > prev && m2.number() < 100) {
                    addSeason(m2.number());
                    prev = m2.number();
                    last += 2;
                    continue;
                }
                break;
            }
            if (!m.isDigits() || m.number() <= prev || m.number() >= 100) {
                break;
            }
            String g = m.gap.trim();
            if (g.equals("-")) {
                for (int x = prev + 1; x <= m.number(); x++) {
                    addSeason(x);
                }
            } else if (g.equals("&") || g.equals(",") || g.equals("+")) {
                addSeason(m.number());
            } else {
                break;
            }
            prev = m.number();
            last++;
        }
        marker(i, last);
        // Season 2 1of4 / Season.2.Ep.3
        Token m = tok(last + 1);
        if (m != null && m.free()) {
            int of = m.lower.indexOf("of");
            if (of > 0 && digits(m.lower.substring(0, of)) && digits(m.lower.substring(of + 2))) {
                addEpisode(readInt(m.lower, 0, of));
                marker(last + 1, last + 1);
                last++;
            }
        }
        return last;
    }

    /** "temporada1", "season2", "saison3" written as one word. */
    private static int joinedSeason(String s) {
        if (s.length() < 7 || !Character.isDigit(s.charAt(s.length() - 1))) {
            return -1;
        }
        for (String w : new String[] {"temporada", "season", "saison", "stagione", "staffel"}) {
            if (s.length() > w.length() && s.length() <= w.length() + 2 && s.startsWith(w)
                    && digitRun(s, w.length()) == s.length()) {
                return readInt(s, w.length(), s.length());
            }
        }
        return -1;
    }

    private int seasonNumber(Token nx) {
        String s = nx.lower;
        if (nx.isDigits() && s.length() <= 4) {
            return nx.number();
        }
        int of = s.indexOf("of");
        if (of > 0 && digits(s.substring(0, of)) && digits(s.substring(of + 2)) && of <= 3) {
            return readInt(s, 0, of);
        }
        int rn = roman(s);
        if (rn > 0) {
            return rn;
        }
        return numberWord(s);
    }

    /** Episode 4, Ep 23, Ep.23, Episode 366v2, E576, e01. */
    private int episodeWord(int i) {
        Token k = t.get(i);
        String s = k.lower;
        if ((s.equals("cap") || s.equals("capitulo")) && r.episodes.isEmpty()) {
            Token nx = tok(i + 1);
            if (nx != null && nx.free() && nx.isDigits() && nx.text.length() <= 4) {
                int v = nx.number();
                int last = i + 1;
                int season = r.seasons.isEmpty() ? -1 : r.seasons.get(0);
                int from = v;
                if (nx.text.length() >= 3) {
                    addSeason(v / 100);
                    season = v / 100;
                    from = v % 100;
                }
                addEpisode(from);
                Token m = tok(i + 2);
                if (m != null && m.free() && m.isDigits() && (m.gap.equals("_") || m.gap.equals("-"))) {
                    int to = m.text.length() >= 3 && m.number() / 100 == season ? m.number() % 100 : m.number();
                    if (to > from && to - from < 60) {
                        for (int x = from + 1; x <= to; x++) {
                            addEpisode(x);
                        }
                        last = i + 2;
                    }
                }
                marker(i, last);
                return last;
            }
            return -1;
        }
        if (isEpisodeWord(s)) {
            Token nx = tok(i + 1);
            if (nx != null && nx.free()) {
                int e = nx.isDigits() && nx.text.length() <= 4 ? nx.number() : versioned(nx.lower);
                if (e >= 0 && !r.episodes.isEmpty() && i == markerEnd + 1 && nx.isDigits()) {
                    // Show.S02E06.Episode.6, Show - S02E31 - Episode 55: the words after the marker name the episode
                    return -1;
                }
                if (e >= 0 && !r.episodes.isEmpty()) {
                    claim(i, Claim.EPISODE, Strength.STRONG);
                    claim(i + 1, Claim.EPISODE, Strength.STRONG);
                    r.absoluteEpisodes.add(e);
                    return i + 1;
                }
                if (e >= 0) {
                    addEpisode(e);
                    int last = continuation(i + 1, e);
                    marker(i, last);
                    return last;
                }
                if (nx.lower.indexOf('x') > 0 && nxn(i + 1) >= 0) {
                    claim(i, Claim.EPISODE, Strength.STRONG);
                    markerStart = Math.min(markerStart, i);
                    return markerEnd;
                }
            }
            return -1;
        }
        int e = prefixedNumber(s, 'e');
        if (e >= 0 && (i > 0 || n == 1 || t.get(1).gapIsFieldDash() || t.get(1).gap.equals(" ")
                || techWord(t.get(1)))) {
            addEpisode(e);
            int last = continuation(i, e);
            marker(i, last);
            return last;
        }
        return -1;
    }

    /** 1080p, HDTV, x264: a word that can only be a technical tag (e01.1080p.bluray is episode 1, not a title). */
    private static boolean techWord(Token k) {
        String s = k.lower;
        if (s.length() >= 4 && s.charAt(s.length() - 1) == 'p' && digitRun(s, 0) == s.length() - 1) {
            return true;
        }
        Prop p = Vocabulary.lookup(k.key);
        return p != null && p.strength == Strength.STRONG
                && (p.claim == Claim.SCREEN || p.claim == Claim.SOURCE || p.claim == Claim.VCODEC);
    }

    /** "14 of 21", "1of4": episode 14 of a count. */
    private int ofPattern(int i) {
        Token k = t.get(i);
        Token prev = tok(i - 1);
        if (prev != null && (prev.lower.equals("cd") || prev.lower.equals("disc") || prev.lower.equals("part"))) {
            return -1;
        }
        int of = k.lower.indexOf("of");
        if (of > 0 && of <= 3 && digits(k.lower.substring(0, of)) && digits(k.lower.substring(of + 2))
                && k.lower.length() - of - 2 <= 3) {
            addEpisode(readInt(k.lower, 0, of));
            marker(i, i);
            return i;
        }
        Token o = tok(i + 1);
        Token c = tok(i + 2);
        if (k.isDigits() && k.text.length() <= 3 && o != null && c != null && o.lower.equals("of") && c.isDigits()
                && c.text.length() <= 3 && o.free() && c.free() && c.number() >= k.number()) {
            addEpisode(k.number());
            marker(i, i + 2);
            return i + 2;
        }
        return -1;
    }

    /** "07v4" -> 7; -1 otherwise. */
    private static int versioned(String s) {
        int p = digitRun(s, 0);
        if (p == 0 || p > 4) {
            return -1;
        }
        if (p == s.length()) {
            return readInt(s, 0, p);
        }
        if (p + 2 == s.length() && s.charAt(p) == 'v' && Character.isDigit(s.charAt(p + 1))) {
            return readInt(s, 0, p);
        }
        return -1;
    }

    // ------------------------------------------------------------ technical patterns

    private static final int[] HEIGHTS = {360, 480, 540, 576, 720, 1080, 1440, 2160, 4320};

    private static boolean commonHeight(int h) {
        for (int x : HEIGHTS) {
            if (x == h) {
                return true;
            }
        }
        return false;
    }

    private void screen(int i, String value) {
        claim(i, Claim.SCREEN, Strength.STRONG);
        if (r.screenSize == null) {
            r.screenSize = value;
        }
    }

    private void patterns() {
        for (int i = 0; i < n; i++) {
            Token k = t.get(i);
            if (!k.free() || !k.hasDigit && !patternKeyword(k.lower)) {
                continue;
            }
            String s = k.lower;
            int p = digitRun(s, 0);
            int len = s.length();
            // 1080p, 720P, 1080i, 1080p24
            if (p >= 3 && p <= 4 && p < len && (s.charAt(p) == 'p' || s.charAt(p) == 'i')
                    && digitRun(s, p + 1) == len && (p + 1 == len || len - p - 1 <= 3)) {
                screen(i, s.substring(0, p + 1));
                continue;
            }
            // 1920x1080
            if (p >= 3 && p <= 4 && p < len && s.charAt(p) == 'x') {
                int q = digitRun(s, p + 1);
                if (q == len && q - p - 1 >= 3 && q - p - 1 <= 4) {
                    int w = readInt(s, 0, p);
                    int h = readInt(s, p + 1, q);
                    if (w > h) {
                        screen(i, commonHeight(h) && w >= h * 4 / 3 ? h + "p" : w + "x" + h);
                        continue;
                    }
                }
            }
            // 1280*720, 720 * 432
            if (p == len && p >= 3 && p <= 4) {
                Token nx = tok(i + 1);
                if (nx != null && nx.free() && nx.isDigits() && nx.text.length() >= 3 && nx.text.length() <= 4
                        && nx.gap.trim().equals("*")) {
                    int w = k.number();
                    int h = nx.number();
                    if (w > h) {
                        screen(i, commonHeight(h) && w >= h * 4 / 3 ? h + "p" : w + "x" + h);
                        claim(i + 1, Claim.SCREEN, Strength.STRONG);
                        i++;
                        continue;
                    }
                }
            }
            // channels: 5.1, DD5.1, AAC2.0, 6ch
            if (len >= 1 && Character.isDigit(s.charAt(len - 1)) && channels(i)) {
                continue;
            }
            if (len == 3 && s.endsWith("ch") && Character.isDigit(s.charAt(0))) {
                String v = s.charAt(0) == '6' ? "5.1" : s.charAt(0) == '8' ? "7.1" : s.charAt(0) == '2' ? "2.0" : null;
                if (v != null) {
                    claim(i, Claim.CHANNELS, Strength.STRONG);
                    if (r.audioChannels == null) {
                        r.audioChannels = v;
                    }
                    continue;
                }
            }
            // bit depth, frame rate, sizes, bit rates
            if (p >= 1 && p < len) {
                String unit = s.substring(p);
                if (unit.equals("bit") || unit.equals("fps") || unit.equals("mb") || unit.equals("gb")
                        || unit.equals("tb") || unit.equals("kbps") || unit.equals("mbps") || unit.equals("kbit")
                        || unit.equals("hz") || unit.equals("khz") || unit.equals("mib") || unit.equals("gib")) {
                    claim(i, Claim.MISC, Strength.STRONG);
                    Token prev = tok(i - 1);
                    if (prev != null && prev.free() && prev.isDigits() && k.gap.equals(".")) {
                        claim(i - 1, Claim.MISC, Strength.STRONG);
                    }
                    continue;
                }
            }
            if ((s.equals("kbps") || s.equals("mbps") || s.equals("fps") || s.equals("bit")) && i > 0
                    && t.get(i - 1).isDigits()) {
                claim(i, Claim.MISC, Strength.STRONG);
                claim(i - 1, Claim.MISC, Strength.STRONG);
                Token pp = tok(i - 2);
                if (pp != null && pp.free() && pp.isDigits() && t.get(i - 1).gap.equals(".")) {
                    claim(i - 2, Claim.MISC, Strength.STRONG);
                }
                continue;
            }
            // CD1, CD2of3, 2CD, D2, disc1
            if ((s.startsWith("cd") && p == 0 && len > 2 && Character.isDigit(s.charAt(2)))
                    || (s.endsWith("cd") && p == len - 2 && p > 0)
                    || (s.startsWith("disc") && len > 4 && Character.isDigit(s.charAt(4)))
                    || (s.startsWith("disk") && len > 4 && Character.isDigit(s.charAt(4)))) {
                claim(i, Claim.MISC, Strength.STRONG);
                continue;
            }
            if (s.equals("cd") && i > 0 && t.get(i - 1).isDigits() && t.get(i - 1).free()
                    && t.get(i - 1).text.length() <= 2) { // 2 CD, not Movie (2003) CD 2
                claim(i, Claim.MISC, Strength.STRONG);
                claim(i - 1, Claim.MISC, Strength.STRONG);
                continue;
            }
            // bonus x02 / film f21 between dashes
            if (len >= 2 && len <= 3 && (s.charAt(0) == 'x' || s.charAt(0) == 'f') && digitRun(s, 1) == len
                    && k.gapHasDash() && i > 0) {
                Token nx = tok(i + 1);
                if (nx == null || nx.gapHasDash()) {
                    claim(i, Claim.MISC, Strength.STRONG);
                    if (s.charAt(0) == 'f' && filmMarker < 0) {
                        filmMarker = i;
                    }
                    continue;
                }
            }
            // version v2
            if (len == 2 && s.charAt(0) == 'v' && Character.isDigit(s.charAt(1))) {
                claim(i, Claim.MISC, Strength.WEAK);
            }
        }
    }

    /**
     * Fire.and.Ice, Top.Cat, Shark.Fin, Steely.Dan: a language code that is also an English word is a language only
     * when written as a tag (ICE in a mixed-case name) or next to another language (Ita.Eng.Fin, ENG.ICE.Subs).
     */
    private void wordLikeLanguageCodes() {
        for (int i = 0; i < n; i++) {
            Token k = t.get(i);
            if (k.claim != Claim.LANGUAGE || k.multi || !wordLikeCode(k.key)) {
                continue;
            }
            if (mixedCase && shouting(k) || languageAt(i - 1, k) || languageAt(i + 1, k)) {
                continue;
            }
            k.claim = null;
            k.strength = null;
            k.propIndex = -1;
        }
    }

    /** A language (or subtitle) word written like the code: Ita.Eng.Fin, ENG.ICE, but not Black.Ice.ITA. */
    private boolean languageAt(int i, Token code) {
        Token k = tok(i);
        return k != null && (k.claim == Claim.LANGUAGE && !wordLikeCode(k.key) || k.claim == Claim.SUBTITLE
                || subtitleWord(k.key)) && (!mixedCase || shouting(k) == shouting(code));
    }

    private static boolean wordLikeCode(String key) {
        switch (key) {
            case "ice": case "cat": case "fin": case "dan": case "tam": case "tel": case "ara": case "hun": case "pol":
            case "nor": case "est": case "spa": case "rum": case "ron": case "vie": case "chi": case "slo":
                return true;
            default:
                return false;
        }
    }

    /** BRrip.720.AAC, 2016.05.18.720.HDTV, [720.Hi10p]: a usual height without its "p", next to a technical word. */
    private void bareScreens() {
        for (int i = 1; i < n; i++) {
            Token k = t.get(i);
            if (!k.free() || !k.isDigits() || k.text.length() < 3) {
                continue;
            }
            int h = k.number();
            if (h != 480 && h != 576 && h != 720 && h != 1080 && h != 2160) {
                continue;
            }
            if (technicalNeighbour(tok(i - 1)) || technicalNeighbour(tok(i + 1))) {
                screen(i, h + "p");
            }
        }
    }

    private static boolean technicalNeighbour(Token k) {
        if (k == null || k.claim == null) {
            return false;
        }
        // WEB is read as a source only in the company of tags; Hi10p and 10bit are video words
        return k.claim == Claim.SOURCE && (k.strength == Strength.STRONG || k.key.equals("web"))
                || k.strength == Strength.STRONG && (k.claim == Claim.VCODEC || k.claim == Claim.ACODEC
                || k.claim == Claim.SCREEN || k.claim == Claim.MISC && (k.key.startsWith("hi10")
                || k.key.endsWith("bit")));
    }

    private static boolean patternKeyword(String s) {
        switch (s) {
            case "kbps": case "mbps": case "fps": case "bit": case "cd":
                return true;
            default:
                return false;
        }
    }

    private boolean channels(int i) {
        Token k = t.get(i);
        Token nx = tok(i + 1);
        // 5.1, 2.0 and 5.1ch, 2.0CH
        if (nx == null || !nx.free() || !nx.gap.equals(".")
                || !(nx.text.length() == 1 || nx.text.length() == 3 && nx.lower.endsWith("ch"))
                || (nx.text.charAt(0) != '0' && nx.text.charAt(0) != '1')) {
            return false;
        }
        String s = k.lower;
        char d = s.charAt(s.length() - 1);
        if (d != '1' && d != '2' && d != '5' && d != '6' && d != '7' && d != '8') {
            return false;
        }
        if (s.length() > 1 && Character.isDigit(s.charAt(s.length() - 2))) {
            return false;
        }
        String prefix = s.substring(0, s.length() - 1);
        Strength strength = Strength.WEAK;
        if (!prefix.isEmpty()) {
            Prop p = Vocabulary.lookup(Vocabulary.norm(prefix));
            if (p == null || p.claim != Claim.ACODEC) {
                return false;
            }
            if (r.audioCodec == null) {
                r.audioCodec = k.gap.endsWith("+") ? "Dolby Digital Plus" : p.value;
            }
            strength = Strength.STRONG;
        } else {
            Token prev = tok(i - 1);
            if (prev != null && (prev.claim == Claim.ACODEC || Vocabulary.lookup(Vocabulary.norm(prev.lower)) != null)) {
                strength = Strength.STRONG;
            }
            if (k.gap.endsWith("+") && prev != null && prev.lower.equals("dd")) {
                strength = Strength.STRONG;
            }
        }
        claim(i, Claim.CHANNELS, strength);
        claim(i + 1, Claim.CHANNELS, strength);
        t.get(i).multi = true;
        t.get(i + 1).multi = true;
        if (r.audioChannels == null) {
            r.audioChannels = d + "." + nx.text.charAt(0);
        }
        return true;
    }

    // ------------------------------------------------------------ dictionary

    private void dictionary() {
        StringBuilder key = new StringBuilder(32);
        for (int i = 0; i < n; i++) {
            if (!t.get(i).free()) {
                continue;
            }
            int maxLen = 1;
            String joined = t.get(i).key;
            while (maxLen < Vocabulary.MAX_WORDS && i + maxLen < n && t.get(i + maxLen).free()
                    && tightGap(t.get(i + maxLen)) && t.get(i + maxLen).bracket == t.get(i).bracket
                    && Vocabulary.isPrefix(joined)) {
                joined = joined + t.get(i + maxLen).key;
                maxLen++;
            }
            int matched = 0;
            for (int len = maxLen; len >= 1 && matched == 0; len--) {
                String k;
                if (len == 1) {
                    k = t.get(i).key;
                } else {
                    key.setLength(0);
                    for (int j = i; j < i + len; j++) {
                        key.append(t.get(j).key);
                    }
                    k = key.toString();
                }
                Prop p = Vocabulary.lookup(k);
                if (p != null) {
                    apply(i, len, p);
                    matched = len;
                } else if (len <= 2 && k.length() >= 5 && hasDigit(k) && compound(i, len, k)) {
                    matched = len;
                } else if (len == 1 && languageSubs(i, k)) {
                    matched = 1;
                }
            }
            if (matched > 0) {
                i += matched - 1;
            }
        }
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** HebSubs, SWESUB, NLsubs: a language code glued to "subs". */
    private boolean languageSubs(int i, String k) {
        int cut = k.endsWith("subs") ? k.length() - 4 : k.endsWith("sub") ? k.length() - 3 : -1;
        if (cut < 2 || cut > 3) {
            return false;
        }
        Prop p = Vocabulary.lookup(k.substring(0, cut));
        if (p == null || p.claim != Claim.LANGUAGE) {
            return false;
        }
        claim(i, Claim.SUBTITLE, Strength.WEAK);
        record(new Prop(Claim.SUBTITLE, Strength.WEAK, p.value, null), i);
        return true;
    }

    /** hdtvx264, webdlx264: two known words written together. */
    private boolean compound(int i, int len, String k) {
        for (int cut = 2; cut <= k.length() - 2; cut++) {
            Prop a = Vocabulary.lookup(k.substring(0, cut));
            if (a == null || a.strength != Strength.STRONG) {
                continue;
            }
            Prop b = Vocabulary.lookup(k.substring(cut));
            if (b == null || b.strength != Strength.STRONG) {
                continue;
            }
            apply(i, len, a);
            record(b, i);
            return true;
        }
        return false;
    }

    private void apply(int i, int len, Prop p) {
        Strength s = p.strength;
        for (int j = i; j < i + len; j++) {
            claim(j, p.claim, s);
            t.get(j).multi = len > 1;
        }
        Token k = t.get(i);
        if (p.claim == Claim.ACODEC && k.lower.equals("dd") && len == 1) {
            Token nx = tok(i + 1);
            if (nx != null && nx.gap.startsWith("+")) {
                record(Vocabulary.lookup("ddp"), i);
                return;
            }
        }
        record(p, i);
        if (p.also != null && !p.also.value.isEmpty()) {
            record(p.also, i);
        }
    }

    private void record(Prop p, int i) {
        t.get(i).propIndex = r.props.size();
        r.props.add(new NameResult.Found(p.claim, p.value, i));
    }

    // ------------------------------------------------------------ part, year

    private void parts() {
        // Kill.Bill.2003.CD2.DVDRip, Love Actually (2003) - pt2, Movie.2001.Part1.1080p: one file of a split movie
        for (int i = 1; i < n; i++) {
            Token k = t.get(i);
            if ((k.free() || k.claim == Claim.MISC) && discMarker(k) && k.bracket < 0) {
                int v = Integer.parseInt(k.key.substring(k.key.length() - trailingDigits(k.key)));
                if (v > 0) {
                    claim(i, Claim.PART, Strength.STRONG);
                    if (r.part == null) {
                        r.part = v;
                    }
                }
            }
        }
        for (int i = 0; i + 1 < n; i++) {
            Token k = t.get(i);
            if (!(k.lower.equals("part") || k.lower.equals("pt") || k.lower.equals("partie")
                    || k.lower.equals("parte") || k.lower.equals("cd")) || k.claim == Claim.EPISODE) {
                continue;
            }
            Token nx = t.get(i + 1);
            int v = nx.isDigits() && nx.text.length() <= 2 ? nx.number() : roman(nx.lower);
            if (v < 0 && nx.lower.length() >= 3) {
                v = numberWord(nx.lower);
            }
            if (v < 0 || !nx.free() && nx.claim != Claim.MISC) {
                continue;
            }
            if (i == 0) {
                continue;
            }
            if (strongMarker && i > markerEnd + 1 && t.get(i - 1).free() && nx.free() && numberStartsWords(i + 1)
                    && k.bracket < 0 && !k.gapIsFieldDash()) {
                // S08E16.Elements.Part.1.Skyhooks, S06E17.The.End.Part.1.and.2: words go on, the part is in the title
                continue;
            }
            Token of = tok(i + 2);
            Token count = tok(i + 3);
            if (of != null && count != null && of.lower.equals("of") && count.isDigits() && r.episodes.isEmpty()
                    && (nx.isDigits() || roman(nx.lower) > 0)) {
                // a miniseries: Title.Part.2.of.3
                addEpisode(v);
                marker(i, i + 3);
                continue;
            }
            claim(i, Claim.PART, Strength.STRONG);
            claim(i + 1, Claim.PART, Strength.STRONG);
            if (r.part == null) {
                r.part = v;
            }
        }
    }

    private void year() {
        int first = -1;
        int chosen = -1;
        for (int i = 0; i < n; i++) {
            Token k = t.get(i);
            if (!k.free() || k.text.length() != 4 || !k.isDigits() || !isYear(k.number())) {
                continue;
            }
            if (strongMarker && i == markerEnd + 1 && numberStartsWords(i)) {
                // Show.S07E22.2000.Light.Years.from.Home: a number opening the words after the marker names the episode
                continue;
            }
            Token nx = tok(i + 1);
            if (nx != null && nx.lower.equals("p")) {
                continue;
            }
            if (first < 0) {
                first = i;
            }
            if (i > 0 && (i > leadingBracketEnd + 1 || leadingBracketEnd >= 0 && i + 1 >= n)) {
                chosen = i;
                // Wonder.Woman.1984.2020, Class.of.1999.1990, Cold River 1942 (2018): a year-like number right
                // before the year ends the title
                if (nx != null && nx.free() && isYearToken(nx) && nx.gap.indexOf('-') < 0 && k.bracket < 0
                        && (nx.bracket < 0 || hasBracketChar(nx.gap)) && !(tok(i + 2) != null
                        && tok(i + 2).lower.equals("p"))) {
                    chosen = i + 1;
                }
                break;
            }
        }
        if (chosen < 0 && first >= 0) {
            // a leading year is the year only when words follow it and nothing else could be
            if (first + 1 < n && t.get(first + 1).free()) {
                chosen = first;
            } else {
                return;
            }
        }
        if (chosen < 0) {
            return;
        }
        claim(chosen, Claim.YEAR, Strength.STRONG);
        if (r.year == null) {
            r.year = t.get(chosen).number();
        }
        r.yearIndex = chosen;
    }

    /** The number at i is followed by a free word of the same field: "2000 Light Years", "3 Days Later". */
    private boolean numberStartsWords(int i) {
        Token nx = tok(i + 1);
        return nx != null && nx.free() && !nx.isDigits() && nx.bracket == t.get(i).bracket
                && !nx.gapIsFieldDash() && !hasBracketChar(nx.gap);
    }

    /** Show.2013.E01 / FlexGet.Series.2013.14.of.21: a year right before a season-less episode is the season. */
    private void yearAsSeason() {
        if (r.yearIndex >= 0 && r.seasons.isEmpty() && !r.episodes.isEmpty() && markerStart == r.yearIndex + 1
                && !(t.get(markerStart).isDigits() && t.get(markerStart).gapIsFieldDash())) {
            r.seasons.add(r.year);
        }
    }

    // ------------------------------------------------------------ bare numbers

    private int titleStart() {
        for (int i = leadingBracketEnd + 1; i < n; i++) {
            if (t.get(i).free()) {
                return i;
            }
        }
        return -1;
    }

    private boolean strongContent(Token k) {
        return k.claim != null && k.strength == Strength.STRONG && k.claim != Claim.WEBSITE && k.claim != Claim.CRC
                && k.claim != Claim.GROUP && k.claim != Claim.CONTAINER;
    }

    private void bareNumberEpisode() {
        int f = titleStart();
        if (f < 0) {
            return;
        }
        int limit = r.dateIndex >= 0 ? r.dateIndex : n;
        // "03-Criminal.Minds", "003. Show Name - Ep Name", "[Group] 01 - Title", "Season 1/01.mkv"
        Token first = t.get(f);
        Token afterFirst = tok(f + 1);
        if (afterFirst == null && f == 0 && first.isDigits() && first.text.length() >= 2 && first.text.length() <= 4
                && !isYearToken(first)) {
            setBare(f, first.number());
            return;
        }
        if (versioned(first.lower) >= 0 && first.text.length() >= 2 && first.text.length() <= 4 && afterFirst != null
                && afterFirst.free() && !isYearToken(first) && f < limit && !lastNumberAfter(f + 1)
                && (afterFirst.gapHasDash() || anime || afterFirst.gap.equals(". ") || first.text.charAt(0) == '0')) {
            setBare(f, versioned(first.lower));
            return;
        }
        int stop = limit;
        for (int i = f + 1; i < limit; i++) {
            // The Final Season Part 2 - 01: a part names the season, the episode number comes after it
            if (strongContent(t.get(i)) && t.get(i).claim != Claim.PART) {
                stop = i;
                break;
            }
        }
        int plain = -1;
        int bracketed = -1;
        boolean rangeFound = false;
        for (int i = f + 1; i < stop; i++) {
            Token k = t.get(i);
            if (!k.free()) {
                continue;
            }
            int v = versioned(k.lower);
            int digitsLen = digitRun(k.lower, 0);
            if (v < 0 || digitsLen < 2 || digitsLen > 4 || isYearToken(k)) {
                continue;
            }
            Token nx = tok(i + 1);
            // 0512 may be S05E12; 1071 cannot, and set apart by a field dash (One Piece - 1071 [1080p]) it is an
            // absolute episode, as a long-running anime's numbers are
            if (digitsLen == 4 && !anime && (v / 100 > 40 || v % 100 > 30) && !(k.gapIsFieldDash() && k.bracket < 0
                    && (nx == null || hasBracketChar(nx.gap)))) {
                continue;
            }
            if (!k.gapIsFieldDash() && !anime && (nx != null && nx.claim == Claim.YEAR
                    || r.yearIndex > i && !isStrongAfter(i))) {
                // Apollo 13 (1995), The 40 Year Old Virgin (2005): a number before the year is part of the title
                continue;
            }
            if (k.bracket >= 0) {
                boolean opens = tok(i - 1) == null || tok(i - 1).bracket != k.bracket;
                boolean alone = opens && (nx == null || nx.bracket != k.bracket);
                // [01-12], (01-12): a batch range alone in its bracket
                Token after = tok(i + 2);
                boolean range = opens && nx != null && nx.bracket == k.bracket && nx.free() && nx.isDigits()
                        && rangeGap(nx) && nx.number() > k.number() && (after == null || after.bracket != k.bracket);
                if ((alone || range) && bracketed < 0) {
                    bracketed = i;
                }
            } else {
                // a range 16-20: the first number starts it, and the first range wins
                Token prev = tok(i - 1);
                if (prev != null && prev.isDigits() && rangeGap(k) && i - 1 > f && prev.free()
                        && prev.text.length() >= 2 && prev.number() < k.number()) {
                    if (!rangeFound) {
                        plain = i - 1;
                        rangeFound = true;
                    }
                } else if (!rangeFound) {
                    plain = i;
                }
            }
        }
        int pick = plain >= 0 ? plain : bracketed;
        if (pick < 0 && r.yearIndex >= f) {
            pick = numberAfterYear();
        }
        // [Group] Show (1920x1080 Blu-ray FLAC) - 05 [CRC]: the number set apart after a bracket of tags
        for (int i = stop + 1; pick < 0 && i < limit; i++) {
            Token k = t.get(i);
            int len = digitRun(k.lower, 0);
            Token nx = tok(i + 1);
            if (k.free() && k.bracket < 0 && hasBracketChar(k.gap) && k.gapIsFieldDash() && len >= 2 && len <= 4
                    && versioned(k.lower) >= 0 && !isYearToken(k) && t.get(i - 1).bracket >= 0
                    && strongContent(t.get(i - 1)) && (nx == null || hasBracketChar(nx.gap) || strongContent(nx))) {
                pick = i;
            }
        }
        if (pick >= 0) {
            setBare(pick, versioned(t.get(pick).lower));
        }
    }

    /** [Group] Show (2019) - 01 [1080p]: a number set apart by a field dash right after the year is the episode. */
    private int numberAfterYear() {
        int i = r.yearIndex + 1;
        Token k = tok(i);
        if (k == null || !k.free() || k.bracket >= 0 || isYearToken(k)) {
            return -1;
        }
        int v = versioned(k.lower);
        int len = digitRun(k.lower, 0);
        Token nx = tok(i + 1);
        if (k.gapIsFieldDash()) {
            boolean ends = nx == null || hasBracketChar(nx.gap) || nx.gapIsFieldDash() || strongContent(nx);
            return v >= 0 && len >= 2 && len <= 4 && ends ? i : -1;
        }
        // the.show.2014.208.hdtv-lol: season 2 episode 8 of the show started in 2014
        Token year = t.get(r.yearIndex);
        boolean plain = k.gap.equals(".") || k.gap.equals(" ") || k.gap.equals("_");
        return plain && year.bracket < 0 && r.yearIndex > 0 && k.isDigits() && k.text.length() == 3
                && k.number() % 100 > 0 && !commonHeight(k.number()) && (nx == null || strongContent(nx) || nx.free())
                ? i : -1;
    }

    /** 01-12, 01 ~ 12, 01~12: what joins the two ends of an episode range. */
    private static boolean rangeGap(Token k) {
        return k.gap.equals("-") || k.gap.trim().equals("~");
    }

    /** [Group] 86 Eighty Six - 05 [1080p]: some number from i on is set apart as the last word before the tags. */
    private boolean lastNumberAfter(int i) {
        for (int j = i; j < n; j++) {
            if (lastNumber(j) && t.get(j).free() && t.get(j).bracket < 0) {
                return true;
            }
            if (strongContent(t.get(j))) {
                return false;
            }
        }
        return false;
    }

    /** [Group] 86 - 07 [1080p]: the number at i, set apart by a field dash, is the last word before the tags. */
    private boolean lastNumber(int i) {
        Token k = tok(i);
        if (k == null || !k.isDigits() || !k.gapIsFieldDash() || k.text.length() < 2 || k.text.length() > 4
                || isYearToken(k)) {
            return false;
        }
        Token nx = tok(i + 1);
        return nx == null || hasBracketChar(nx.gap) || strongContent(nx);
    }

    /** Demon Slayer (Season 4) - 01: a number set apart after a season is its episode. */
    private void episodeAfterSeason() {
        for (int i = markerEnd + 1; i < n; i++) {
            Token k = t.get(i);
            if (!k.free()) {
                if (strongContent(k)) {
                    return;
                }
                continue;
            }
            int v = versioned(k.lower);
            if (v >= 0 && digitRun(k.lower, 0) <= 4 && !isYearToken(k) && (k.gapIsFieldDash() || anime)) {
                addEpisode(v);
                claim(i, Claim.EPISODE, Strength.STRONG);
                markerEnd = Math.max(markerEnd, i);
            }
            return;
        }
    }

    /** The token after i is a technical word (720p, HDTV...): "new.girl.117.hdtv". */
    private boolean isStrongAfter(int i) {
        Token nx = tok(i + 1);
        return nx != null && strongContent(nx) && nx.claim != Claim.YEAR;
    }

    /** Bleach - s16e03-04 - 313-314: a plain number (or range) next to an SxxEyy marker is the absolute episode. */
    private void absoluteNumbers() {
        for (int i = 0; i < n; i++) {
            Token k = t.get(i);
            if (!k.free() || !k.isDigits() || k.text.length() < 2 || k.text.length() > 4 || isYearToken(k)) {
                continue;
            }
            boolean after = i > 0 && t.get(i - 1).claim == Claim.EPISODE;
            boolean before = (i + 1 < n && t.get(i + 1).claim == Claim.EPISODE)
                    || (i + 2 < n && t.get(i + 1).isDigits() && t.get(i + 2).claim == Claim.EPISODE);
            if (!after && !before) {
                continue;
            }
            int v = k.number();
            Token nx = tok(i + 1);
            boolean range = nx != null && nx.free() && nx.isDigits() && nx.gap.equals("-") && nx.number() > v
                    && nx.number() - v < 60;
            if (!range && (k.text.length() < 3 || !after || numberStartsWords(i))) {
                // Show.S03E07.101.Dalmatians: a number opening the episode title is not an absolute episode
                continue;
            }
            r.absoluteEpisodes.add(v);
            claim(i, Claim.EPISODE, Strength.STRONG);
            if (range) {
                for (int x = v + 1; x <= nx.number(); x++) {
                    r.absoluteEpisodes.add(x);
                }
                claim(i + 1, Claim.EPISODE, Strength.STRONG);
                i++;
            }
        }
    }

    private boolean isYearToken(Token k) {
        return k.text.length() == 4 && k.isDigits() && isYear(k.number());
    }

    private void setBare(int i, int v) {
        Token k = t.get(i);
        int digitsLen = digitRun(k.lower, 0);
        Token nx = tok(i + 1);
        boolean range = nx != null && nx.free() && nx.isDigits() && (rangeGap(nx) || nx.gap.equals("-."))
                && nx.number() > v && nx.number() - v < 100 && nx.text.length() >= 2;
        Token after = tok(i + 1);
        boolean bracketAfter = after != null && hasBracketChar(after.gap) && !after.isDigits();
        boolean absolute = anime || range || k.gapIsFieldDash() && (bracketAfter || after == null && digitsLen >= 4);
        int last = i;
        if (!absolute && digitsLen >= 3) {
            int season = v / 100;
            int ep = v % 100;
            if (season == 0 && digitsLen == 3) {
                addEpisode(v);
            } else {
                addSeason(season);
                addEpisode(ep);
            }
        } else {
            addEpisode(v);
            if (range) {
                for (int x = v + 1; x <= nx.number(); x++) {
                    addEpisode(x);
                }
                last = i + 1;
                // 493-498 & 500-507
                Token amp = tok(i + 2);
                Token nx2 = tok(i + 3);
                if (amp != null && nx2 != null && amp.isDigits() && nx2.isDigits() && amp.gap.contains("&")
                        && nx2.gap.equals("-") && amp.number() > nx.number() && nx2.number() > amp.number()
                        && nx2.number() - amp.number() < 100) {
                    for (int x = amp.number(); x <= nx2.number(); x++) {
                        addEpisode(x);
                    }
                    last = i + 3;
                }
            }
        }
        last = absoluteInParens(last);
        marker(i, last);
        strongMarker = false;
        // "14 of 21"
        Token of = tok(last + 1);
        Token count = tok(last + 2);
        if (of != null && count != null && of.lower.equals("of") && count.isDigits()) {
            marker(last + 1, last + 2);
            strongMarker = false;
        }
    }

    /**
     * Fairy Tail 2 - 16-20 (191-195), Show - 13 (37): a number or range alone in parentheses right after the episode,
     * and above it, counts episodes from the first season on. Returns the last token of the episode marker.
     */
    private int absoluteInParens(int last) {
        Token k = tok(last + 1);
        if (k == null || !k.free() || !k.isDigits() || k.bracket < 0 || k.gap.isEmpty()
                || k.gap.charAt(k.gap.length() - 1) != '(' || k.text.length() < 2 || k.text.length() > 4
                || isYearToken(k) || r.episodes.isEmpty() || k.number() <= r.episodes.get(r.episodes.size() - 1)) {
            return last;
        }
        int end = last + 1;
        int to = k.number();
        Token nx = tok(last + 2);
        if (nx != null && nx.bracket == k.bracket && nx.free() && nx.isDigits() && nx.gap.equals("-")
                && nx.number() > to && nx.number() - to < 100) {
            end = last + 2;
            to = nx.number();
        }
        if (end + 1 < n && t.get(end + 1).bracket == k.bracket) {
            return last;
        }
        for (int x = k.number(); x <= to; x++) {
            r.absoluteEpisodes.add(x);
        }
        for (int x = last + 1; x <= end; x++) {
            claim(x, Claim.EPISODE, Strength.STRONG);
        }
        return end;
    }

    // ------------------------------------------------------------ release group

    private boolean groupable(Token k) {
        return k.free() || (!k.multi && k.strength != Strength.STRONG && k.claim != Claim.EPISODE
                && k.claim != Claim.YEAR);
    }

    private void releaseGroup() {
        int e = n - 1;
        // AAC5.1-[YTS.LT], x264-YTS.MX: the YTS mirrors sign with their domain
        if (n >= 3 && (t.get(n - 2).key.equals("yts") || t.get(n - 2).key.equals("yify"))
                && t.get(n - 1).text.length() == 2 && t.get(n - 1).gap.equals(".") && technical(t.get(n - 3))) {
            setGroup(n - 2, n - 1);
            return;
        }
        while (e >= 0 && (t.get(e).claim == Claim.WEBSITE || t.get(e).claim == Claim.CRC
                || t.get(e).claim == Claim.CONTAINER || trailingTag(t.get(e))
                || e > 0 && batchWord(t.get(e)) && t.get(e).free() && alone(e))) {
            if (trailingTag(t.get(e)) && e > 0 && t.get(e).gap.length() == 1) {
                claim(e, Claim.MISC, Strength.STRONG);
            }
            e--;
        }
        // x264-NOVA [TGx] [1.2GB]: a file size in its own bracket closes the name
        if (e > 0 && t.get(e).bracket >= 0 && t.get(e).claim == Claim.MISC && sizeWord(t.get(e).key)) {
            int b = t.get(e).bracket;
            int s = e - 1;
            while (s > 0 && t.get(s).bracket == b && t.get(s).isDigits() && t.get(s).claim == Claim.MISC) {
                s--;
            }
            if (t.get(s).bracket != b) {
                e = s;
            }
        }
        if (e <= 0) {
            leadingGroup();
            return;
        }
        // x264-NOVA.eng.forced, -NOVA.pt-BR, -FLEET.en.sdh, -NOVA.spa: the language and flags of a subtitle file
        int sub = e;
        while (sub > 2 && subtitleSuffix(t.get(sub)) && t.get(sub).bracket < 0
                && (t.get(sub).gap.equals(".") || t.get(sub).gap.equals("-") && t.get(sub).multi)) {
            sub--;
        }
        if (sub < e && !(t.get(sub + 1).multi && t.get(sub + 1).gap.equals("-")) && dashedAfterTag(sub)) {
            for (int j = sub + 1; j <= e; j++) {
                Token k = t.get(j);
                if (k.free()) {
                    Prop p = Vocabulary.lookup(k.key);
                    if (p != null && p.claim == Claim.LANGUAGE) {
                        apply(j, 1, p);
                    } else {
                        claim(j, Claim.MISC, Strength.STRONG);
                    }
                }
            }
            setGroup(sub, sub);
            return;
        }
        // XviD-NOVA.CD1, x264-GRP.Part2: the disc of a split release follows the group
        if (e >= 3 && discMarker(t.get(e)) && t.get(e).bracket < 0 && !t.get(e).gapHasDash() && dashedAfterTag(e - 1)) {
            setGroup(e - 1, e - 1);
            return;
        }
        // x264-Belex.-.Dual.Audio.-.Dublado: audio and subtitle notes after the group, set apart by a field dash
        int note = e;
        while (note > 2 && audioNote(t.get(note))) {
            note--;
        }
        if (note < e && note >= 2 && t.get(note + 1).gapIsFieldDash() && t.get(note).free()
                && t.get(note).gap.equals("-") && !t.get(note).isDigits() && technical(t.get(note - 1))) {
            setGroup(note, note);
            return;
        }
        // x264-LOL.eng.srt, x264-GRP-English: a language after the group tells the language of this file
        Token lang = t.get(e);
        // x264-GRP.REPACK, x264-GRP.Proper, -GRP.Extras, -GRP.Trailer, -GRP.V2: a marker written after the group
        if (e >= 2 && (lang.claim == Claim.LANGUAGE || lang.claim == Claim.SUBTITLE || lang.claim == Claim.PROPER
                || lang.claim == Claim.OTHER || !lang.free() && subtitleWord(lang.key)
                || lang.claim == Claim.MISC && lang.key.length() == 2
                && lang.key.charAt(0) == 'v' && Character.isDigit(lang.key.charAt(1)))
                && !lang.multi
                && lang.bracket < 0 && (lang.gap.equals(".") || lang.gap.equals("-"))) {
            if (dashedAfterTag(e - 1)) {
                setGroup(e - 1, e - 1);
                return;
            }
        }
        // "HDTVMux by Group", "DLMux by GiuseppeTnT Littlelinx"
        for (int b = Math.max(1, e - 2); b < e; b++) {
            if (t.get(b).lower.equals("by") && !t.get(b).gapHasDash()) {
                boolean free = true;
                for (int j = b + 1; j <= e; j++) {
                    free &= t.get(j).free() && t.get(j).bracket == t.get(b).bracket;
                }
                if (free) {
                    claim(b, Claim.MISC, Strength.STRONG);
                    setGroup(b + 1, e);
                    return;
                }
            }
        }
        Token last = t.get(e);
        // YTS.MX, [YTS.LT]
        Token before = t.get(e - 1);
        if ((before.lower.equals("yts") || before.lower.equals("yify")) && last.text.length() == 2
                && last.gap.equals(".")) {
            setGroup(e - 1, e);
            return;
        }
        // -SPARKS[rarbg], -MeGusta[eztv.re]: a tag (or a site) glued to the group
        int tag = e;
        if (e >= 3 && last.bracket >= 0 && (last.gap.equals(".") || last.gap.equals("-"))
                && t.get(e - 1).bracket == last.bracket && groupable(t.get(e - 1))) {
            tag = e - 1;
        }
        Token glued = t.get(tag - 1);
        String open = t.get(tag).gap.trim();
        if (open.equals(".[")) {
            // x264-SVA.[VTV], -NOVA.[rarbg]
            open = "[";
        }
        // -SPARKS[rarbg], x264-FLEET [TGx], H.264 -NanDesuKa (CR)
        if (tag >= 2 && (open.equals("[") || open.equals("(")) && last.bracket >= 0
                && (e == n - 1 || t.get(e + 1).bracket != last.bracket)
                && (groupable(last) || last.claim == Claim.STREAMING && tag == e) && groupable(glued)
                && glued.bracket < 0 && glued.gapHasDash()
                && !hasBracketChar(glued.gap) && technical(t.get(tag - 2))) {
            setGroup(tag - 1, e);
            int close = name.indexOf(open.equals("[") ? ']' : ')', last.end);
            if (close == last.end) {
                r.releaseGroup = name.substring(glued.start, close + 1);
            }
            return;
        }
        // x264-UHDTV, CZ-SDTV: a known word right after the dash at the very end is still the group
        if (last.gap.equals("-") && !last.multi && last.claim != null && last.strength == Strength.STRONG
                && last.claim != Claim.EPISODE && last.claim != Claim.YEAR && last.claim != Claim.DATE
                && last.claim != Claim.SCREEN && last.claim != Claim.VCODEC && last.claim != Claim.ACODEC
                && last.claim != Claim.CHANNELS && last.claim != Claim.MISC && technical(before)
                && before.claim != Claim.SOURCE) {
            setGroup(e, e);
            return;
        }
        // XViD.Etc-Group: free words glued by a dash after the last technical word
        if (last.free() && e >= 2) {
            int s = e;
            while (s > 0 && e - s < 2 && t.get(s - 1).free() && tightGap(t.get(s)) && t.get(s - 1).bracket < 0) {
                s--;
            }
            boolean dash = false;
            boolean dotted = s < e && t.get(s).gap.equals("-");
            for (int j = s + 1; j <= e; j++) {
                dash |= t.get(j).gap.equals("-");
                dotted &= t.get(j).gap.equals(".");
            }
            // x264-GRP.1, x264-NTb.2, x264-GROUP.VTV: a dotted suffix after the group stays with it
            dash |= dotted;
            if (s < e && dash && s > 0 && technical(t.get(s - 1)) && tightGap(t.get(s)) && last.bracket < 0
                    && !t.get(s).isDigits()) {
                // SPANISH.AUDIO-NEWPCT, VC1.WMV-NOVO: a format word before the dash is not part of the group
                setGroup(formatWord(t.get(s)) ? s + 1 : s, e);
                return;
            }
        }
        // [x264]-NTb
        if (groupable(last) && last.bracket < 0 && last.gap.length() >= 2 && Tokenizer.isClose(last.gap.charAt(0))
                && last.gap.trim().endsWith("-") && technical(before)) {
            setGroup(e, e);
            return;
        }
        // x264.[MKV,AC3,5.1].Group, DUAL.[Dublado].RK, [x264 DTS] NOVA: a free last word after a bracket of tags
        if (last.free() && last.bracket < 0 && !last.isDigits() && last.text.length() >= 2 && last.gap.length() == 2
                && Tokenizer.isClose(last.gap.charAt(0)) && !hasBracketChar(last.gap.substring(1))
                && before.bracket >= 0 && !before.free() && before.claim != Claim.YEAR && before.claim != Claim.DATE
                && afterTags(e) && hasFreeBefore(e - 1)) {
            setGroup(e, e);
            return;
        }
        // trailing bracket [ZeaL], (Tigole): all free words
        if (last.bracket >= 0 && (e == n - 1 || t.get(e + 1).bracket != last.bracket)) {
            int s = e;
            while (s > 0 && t.get(s - 1).bracket == last.bracket && !hasBracketChar(t.get(s).gap)) {
                s--;
            }
            boolean allFree = true;
            for (int j = s; j <= e; j++) {
                // 720p BluRay [YTS]: a known distributor alone in the closing bracket signs the release
                allFree &= t.get(j).free() || s == e && distributor(t.get(j));
            }
            if (allFree && e - s <= 2 && s > 0 && !t.get(s - 1).free() && s > leadingBracketEnd + 1) {
                setGroup(s, e);
                return;
            }
            if (!allFree && s > 0) {
                // (1080p ... Tigole): a free last word after properties inside the bracket
                if (last.free() && e > s && !t.get(e - 1).free() && strongContent(t.get(e - 1))
                        && !last.isDigits()) {
                    setGroup(e, e);
                    return;
                }
            }
        }
        if ((groupable(last) && last.gapHasDash() && !hasBracketChar(last.gap) || groupable(last)
                && last.gap.equals("-[")) && !subtitleWord(last.key)) {
            Token prev = t.get(e - 1);
            if (technical(prev)) {
                setGroup(e, e);
                return;
            }
            if (prev.free() && prev.gapHasDash() && e >= 2 && technical(t.get(e - 2)) && !hasBracketChar(prev.gap)) {
                setGroup(e - 1, e);
                return;
            }
        }
        if ((last.free() || distributor(last)) && !last.isDigits() && !hasBracketChar(last.gap) && e > 0) {
            Token prev = t.get(e - 1);
            if (strongContent(prev) && technical(prev) && prev.claim != Claim.YEAR) {
                setGroup(e, e);
                return;
            }
        }
        if (last.free() && !last.isDigits() && last.text.length() >= 2 && !last.gapHasDash()
                && (!hasBracketChar(last.gap) || alone(e)) && afterTags(e)) {
            setGroup(e, e);
            return;
        }
        leadingGroup();
    }

    /** A free word (a title) comes before i, out of the opening [group]. */
    private boolean hasFreeBefore(int i) {
        for (int j = leadingBracketEnd + 1; j < i; j++) {
            if (t.get(j).free()) {
                return true;
            }
        }
        return false;
    }

    /** x264-GRP: the free word at g, out of brackets and not a number, is glued by a dash to a technical word. */
    private boolean dashedAfterTag(int g) {
        Token k = t.get(g);
        return k.free() && k.bracket < 0 && k.gap.equals("-") && !k.isDigits() && technical(t.get(g - 1));
    }

    /** The token is the only one in its bracket pair: [STANDARD]. */
    private boolean alone(int i) {
        Token k = t.get(i);
        return k.bracket >= 0 && Tokenizer.isOpen(k.gap.charAt(k.gap.length() - 1))
                && (i == n - 1 || t.get(i + 1).bracket != k.bracket);
    }

    /**
     * x264.AC3.Hindi.Eng.ETRG, DMRip.Eng.HDCLUB, (... AAC 7.1 Japanese Tigole): the word before i starts an unbroken
     * run of recognised words back to a technical one (codec, source, size...), so i ends the tag tail.
     */
    private boolean afterTags(int i) {
        boolean tech = false;
        for (int j = i - 1; j >= 0 && !t.get(j).free(); j--) {
            Claim c = t.get(j).claim;
            if (c == Claim.EPISODE || c == Claim.SEASON || c == Claim.DATE || c == Claim.YEAR || c == Claim.PART
                    || c == Claim.EPISODE_DETAIL || c == Claim.GROUP || c == Claim.WEBSITE || c == Claim.CRC) {
                break;
            }
            if (strongContent(t.get(j)) && (c == Claim.SCREEN || c == Claim.SOURCE || c == Claim.VCODEC
                    || c == Claim.ACODEC || c == Claim.CHANNELS || c == Claim.STREAMING || c == Claim.OTHER)) {
                tech = true;
            }
        }
        return tech;
    }

    /** x264-rovers.proof, -demand.sample, -MeGusta-Obfuscated: markers after the group. */
    private static boolean trailingTag(Token k) {
        switch (k.lower) {
            case "sample": case "proof": case "obfuscated": case "scrambled": case "postbot": case "xpost":
            case "asrequested": case "rakuv": case "repost":
                return true;
            default:
                return false;
        }
    }

    /** eng, spa, pt-BR, forced, sdh: what follows the group in the name of a subtitle file. */
    private static boolean subtitleSuffix(Token k) {
        if (k.claim == Claim.LANGUAGE || k.claim == Claim.SUBTITLE) {
            return true;
        }
        switch (k.key) {
            case "forced": case "sdh": case "hi": case "cc": case "default":
                return true;
            default:
                return k.free() && wordLikeCode(k.key);
        }
    }

    /** 1.2GB, 700MB, 4GiB: a file size. */
    private static boolean sizeWord(String key) {
        return !key.isEmpty() && Character.isDigit(key.charAt(0))
                && (key.endsWith("gb") || key.endsWith("mb") || key.endsWith("gib") || key.endsWith("mib"));
    }

    /** [Batch], [END], [Complete]: what an anime release says about its episodes, not who made it. */
    private static boolean batchWord(Token k) {
        switch (k.key) {
            case "batch": case "end": case "fin": case "complete": case "completed":
                return true;
            default:
                return false;
        }
    }

    private static int trailingDigits(String s) {
        int w = s.length();
        while (w > 0 && Character.isDigit(s.charAt(w - 1))) {
            w--;
        }
        return s.length() - w;
    }

    /** CD1, cd2, Disc1, Part2: one disc of a release split in files. */
    private static boolean discMarker(Token k) {
        String s = k.key;
        int w = s.length();
        while (w > 0 && Character.isDigit(s.charAt(w - 1))) {
            w--;
        }
        int digits = s.length() - w;
        if (digits == 0 || digits > 2) {
            return false;
        }
        // the word before the digits, read in place (this runs on every name)
        return w == 2 && (s.startsWith("cd") || s.startsWith("pt"))
                || w == 4 && (s.startsWith("disc") || s.startsWith("disk") || s.startsWith("part"));
    }

    /** Dual.Audio, Dublado, Legendas, French: what a note on the audio or the subtitles is made of. */
    private static boolean audioNote(Token k) {
        if (k.bracket >= 0) {
            return false;
        }
        if (k.claim == Claim.LANGUAGE || k.claim == Claim.SUBTITLE || k.claim == Claim.OTHER && k.strength != Strength.STRONG
                || k.claim == Claim.MISC && subtitleWord(k.key)) {
            return true;
        }
        switch (k.key) {
            case "dual": case "audio": case "dublado": case "dubbed": case "dub": case "legendas": case "legendado":
                return true;
            default:
                return false;
        }
    }

    /** Words that name a format rather than a group when glued before one (AUDIO-NEWPCT, WMV-NOVO). */
    private static boolean formatWord(Token k) {
        switch (k.key) {
            case "audio": case "wmv": case "video":
                return true;
            default:
                return false;
        }
    }

    /** Encoders and sites known by name (YIFY, RARBG) that sign a release as its last word: x264.YIFY. */
    private static boolean distributor(Token k) {
        if (k.claim != Claim.MISC || k.multi) {
            return false;
        }
        switch (k.key) {
            case "yify": case "yts": case "rarbg": case "mkvcage": case "ettv": case "eztv":
                return true;
            default:
                return false;
        }
    }

    /** A claimed word a release group can follow (not an episode number, a date or a film/bonus marker). */
    private boolean technical(Token k) {
        if (k.free() || k.claim == Claim.EPISODE || k.claim == Claim.DATE || k.claim == Claim.PART) {
            return false;
        }
        return !(k.claim == Claim.MISC && k.index == filmMarker)
                && !(k.claim == Claim.MISC && k.lower.length() <= 3 && k.lower.charAt(0) == 'x');
    }

    private void leadingGroup() {
        if (leadingBracketEnd >= 0) {
            boolean allFree = true;
            for (int j = 0; j <= leadingBracketEnd; j++) {
                Token k = t.get(j);
                // [t.3.3.d], [Some-Stuffs]: a tag word read inside the opening bracket is a piece of the group name
                allFree &= k.free() || k.strength != Strength.STRONG && !k.multi || leadingBracketEnd > 0
                        && (k.claim == Claim.OTHER || k.claim == Claim.MISC || k.claim == Claim.EDITION);
            }
            if (allFree) {
                setGroup(0, leadingBracketEnd);
            }
            return;
        }
        // scene prefix: blow-how.to.be.single.2016.1080p.bluray.x264, wthd-cab
        int f = 0;
        while (f < n && (t.get(f).claim == Claim.WEBSITE)) {
            f++;
        }
        Token first = tok(f);
        Token second = tok(f + 1);
        if (first != null && second != null && !mixedCase && name.indexOf(' ') < 0 && second.gap.equals("-")
                && first.free() && first.text.length() <= 5 && !first.isDigits() && first.lower.equals(first.text)
                && (f + 2 < n || f > 0 || n == 2) && (second.free() || second.claim == Claim.PROPER)) {
            setGroup(f, f);
            return;
        }
        // Show - 13 [Group][720p]: a lone word in square brackets after the episode, ahead of the bracketed tags
        if (markerEnd >= 0) {
            for (int i = markerEnd + 1; i + 1 < n; i++) {
                Token k = t.get(i);
                if (k.free() && alone(i) && k.gap.charAt(k.gap.length() - 1) == '[' && k.text.length() >= 3
                        && !k.isDigits() && !batchWord(k)) {
                    Token nx = t.get(i + 1);
                    if (nx.bracket >= 0 && nx.gap.trim().startsWith("]") && strongContent(nx)) {
                        setGroup(i, i);
                    }
                    return;
                }
                if (k.free()) {
                    return;
                }
            }
        }
    }

    private void setGroup(int from, int to) {
        for (int j = from; j <= to; j++) {
            claim(j, Claim.GROUP, Strength.STRONG);
            t.get(j).multi = false;
            t.get(j).propIndex = -1;
        }
        r.releaseGroup = name.substring(t.get(from).start, t.get(to).end);
    }

    // ------------------------------------------------------------ weak words

    /** LIMITED, LiMiTED, 3D, DC: written like a release tag rather than a title word. */
    private static boolean shouting(Token k) {
        int letters = 0;
        int upper = 0;
        int innerUpper = 0;
        for (int i = 0; i < k.text.length(); i++) {
            char c = k.text.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isUpperCase(c)) {
                    upper++;
                    if (letters > 0) {
                        innerUpper++;
                    }
                }
                letters++;
            }
        }
        if (letters == 0) {
            return false;
        }
        return innerUpper > 0 || upper == letters && (letters >= 2 || k.text.length() >= 2);
    }

    private static boolean genericTagNoun(String key) {
        switch (key) {
            case "festival": case "cut": case "edition": case "version": case "collection":
                return true;
            default:
                return false;
        }
    }

    private static boolean functionWord(String key) {
        switch (key) {
            case "the": case "a": case "an": case "of": case "in": case "into": case "to": case "for": case "from":
            case "with": case "at": case "on": case "by": case "and": case "or": case "my": case "your": case "our":
                return true;
            default:
                return false;
        }
    }

    /** Immersion.French.2011...FRENCH: a language named again later is a title word the first time. */
    private boolean repeatedLater(int i) {
        Token k = t.get(i);
        if (k.propIndex < 0) {
            return false;
        }
        String v = r.props.get(k.propIndex).value;
        for (int x = i + 1; x < n; x++) {
            Token m = t.get(x);
            if (m.claim == Claim.LANGUAGE && m.propIndex >= 0 && v.equals(r.props.get(m.propIndex).value)) {
                return true;
            }
        }
        return false;
    }

    private void resolveWeak() {
        int anchor = -1;
        boolean seenFree = false;
        int firstStrong = -1;
        for (int i = 0; i < n; i++) {
            Token k = t.get(i);
            if (k.free() || k.strength == Strength.WEAK || k.strength == Strength.AFTER) {
                if (k.free() && i > leadingBracketEnd) {
                    seenFree = true;
                }
                continue;
            }
            if (strongContent(k)) {
                if (firstStrong < 0) {
                    firstStrong = i;
                }
                if (seenFree) {
                    anchor = i;
                    break;
                }
            }
        }
        if (anchor < 0) {
            anchor = firstStrong < 0 ? n : firstStrong;
        }
        boolean[] keep = new boolean[n];
        int i = 0;
        while (i < n) {
            Token k = t.get(i);
            if (k.free()) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < n && !t.get(j + 1).free()) {
                j++;
            }
            // run i..j of claimed tokens
            boolean strong = false;
            for (int x = i; x <= j; x++) {
                strong |= t.get(x).strength == Strength.STRONG;
            }
            boolean atEnd = j == n - 1;
            for (int x = i; x <= j; x++) {
                Token m = t.get(x);
                if (m.strength == Strength.STRONG) {
                    keep[x] = true;
                } else if (m.strength == Strength.AFTER) {
                    keep[x] = x > anchor && (strong || atEnd);
                } else {
                    keep[x] = strong || atEnd;
                }
            }
            // weak words right before a year or episode marker: a single title-like word stays in the title
            // (The.Collector.2009, This.is.Us.S01E01), and so does anything that would leave no title at all
            int ks = i;
            while (ks <= j && t.get(ks).strength != Strength.STRONG) {
                ks++;
            }
            Token strongTok = ks <= j ? t.get(ks) : null;
            if (ks > i && strongTok != null && ks <= anchor
                    && (strongTok.claim == Claim.YEAR || strongTok.claim == Claim.EPISODE)) {
                // The.Final.Cut.2004: a word read only after the title (Final) is a title word here, so the next
                // weak word is the one that stands alone before the year
                int w = i;
                while (w < ks - 1 && t.get(w).strength == Strength.AFTER && !keep[w]) {
                    w++;
                }
                int weakWords = 0;
                boolean loud = false;
                for (int x = w; x < ks; x++) {
                    Token m = t.get(x);
                    weakWords++;
                    loud |= mixedCase && shouting(m);
                }
                boolean freeBefore = false;
                for (int x = leadingBracketEnd + 1; x < i; x++) {
                    freeBefore |= t.get(x).free();
                }
                boolean titleWord = weakWords == 1 && !loud && t.get(w).claim != Claim.EPISODE_DETAIL && freeBefore
                        && !(t.get(w).key.equals("complete") && strongTok.claim != Claim.YEAR)
                        && (mixedCase || t.get(w).claim != Claim.COUNTRY)
                        && (t.get(w - 1).free() || w > i) && (t.get(w).claim != Claim.LANGUAGE || repeatedLater(w));
                if (titleWord || !freeBefore) {
                    for (int x = i; x < ks; x++) {
                        keep[x] = false;
                    }
                }
            }
            i = j + 1;
        }
        // The.Collection, Into.the.Web, Made.in.USA: a tag word never follows an article or a preposition
        for (int x = 1; x < n; x++) {
            Token m = t.get(x);
            Token prev = t.get(x - 1);
            Token next = tok(x + 1);
            // Montreux.Jazz.Festival, The.Anniversary.Edition: a bare tag noun written as a title word ends a title
            boolean noun = mixedCase && !shouting(m) && genericTagNoun(m.key);
            if (keep[x] && m.strength != Strength.STRONG && !m.multi && prev.free()
                    && (functionWord(prev.key) || noun)
                    && m.bracket == prev.bracket && !m.gapIsFieldDash() && !(mixedCase && shouting(m))
                    && !m.key.equals("complete") && (next == null || next.claim != Claim.EPISODE)) {
                keep[x] = false;
            }
        }
        for (int x = 0; x < n; x++) {
            Token m = t.get(x);
            if (m.claim != null && !keep[x]) {
                m.claim = null;
                m.strength = null;
                m.multi = false;
                m.propIndex = -1;
            }
        }
        r.anchor = anchor;
    }

    // ------------------------------------------------------------ titles

    private List<int[]> holes() {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (!t.get(i).free()) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < n && t.get(j + 1).free() && t.get(j + 1).bracket == t.get(i).bracket
                    && !hasBracketChar(t.get(j + 1).gap)) {
                j++;
            }
            out.add(new int[] {i, j});
            i = j + 1;
        }
        return out;
    }

    private void titles() {
        List<int[]> holes = holes();
        int[] title = null;
        for (int[] h : holes) {
            if (filmMarker >= 0 && h[0] < filmMarker) {
                continue;
            }
            boolean beforeMarker = markerStart >= 0 ? h[1] < markerStart : h[1] < r.anchor;
            if (t.get(h[0]).bracket < 0 && (!onlyDigits(h) || beforeMarker && h[0] == titleStart())) {
                title = h;
                break;
            }
        }
        if (title == null) {
            for (int[] h : holes) {
                if (!onlyDigits(h) || h[1] > h[0] || title == null && holes.size() == 1) {
                    title = h;
                    break;
                }
            }
        }
        if (title == null && leadingBracketEnd >= 0 && t.get(0).claim == Claim.GROUP && leadingBracketEnd + 1 < n
                && !t.get(leadingBracketEnd + 1).free() && (markerStart < 0 || markerStart > leadingBracketEnd)) {
            // "[REC] (2007)": a bracketed name with nothing else is the title, not a group
            for (int x = 0; x <= leadingBracketEnd; x++) {
                t.get(x).claim = null;
                t.get(x).strength = null;
            }
            r.releaseGroup = null;
            title = new int[] {0, leadingBracketEnd};
        }
        if (title != null && title[1] > title[0] && t.get(title[1]).key.equals("the") && title[1] + 1 < n
                && t.get(title[1] + 1).key.equals("complete") && !t.get(title[1] + 1).free()) {
            // Show The Complete Season 2: the article belongs to "Complete"
            title = new int[] {title[0], title[1] - 1};
        }
        if (title != null) {
            List<String> parts = splitFieldDashes(title[0], title[1]);
            r.title = fixArticle(parts.get(0));
            r.titleIndex = title[0];
            boolean afterMarker = markerEnd >= 0 && title[0] > markerEnd;
            r.titleAfterMarker = afterMarker;
            for (int x = 1; x < parts.size(); x++) {
                if (afterMarker && x == 1 && r.episodeTitle == null) {
                    r.episodeTitle = parts.get(x);
                } else {
                    r.alternativeTitles.add(parts.get(x));
                }
            }
            if (r.title.isEmpty()) {
                r.title = null;
            }
        }
        int me = markerEnd;
        if (me < 0 && r.dateIndex >= 0) {
            // The.Daily.Show.2015.07.22.Guest.Name.720p: the words after an air date name the episode
            me = r.dateIndex;
            while (me + 1 < n && t.get(me + 1).claim == Claim.DATE) {
                me++;
            }
        }
        if (me < 0 && r.yearIndex >= 0 && r.episodeTitle == null) {
            // Downton.Abbey.2013.Christmas.Special.HDTV: free words closed by Special after the year name the episode
            int y = r.yearIndex;
            int d = y + 1;
            while (d < n && t.get(d).free() && t.get(d).bracket < 0 && !t.get(d).gapIsFieldDash()) {
                d++;
            }
            if (d < n && d > y && t.get(d).claim == Claim.EPISODE_DETAIL && t.get(d).key.startsWith("special")
                    && t.get(d).bracket < 0 && (d + 1 == n || !t.get(d + 1).free()) && (title == null || title[0] < y)) {
                r.episodeTitle = text(y + 1, d);
            }
        }
        if (me >= 0) {
            for (int[] h : holes) {
                if (h[0] <= me || title != null && h[0] == title[0] || onlyDigits(h) && !numberTitle(h, me)) {
                    continue;
                }
                boolean blocked = false;
                for (int x = me + 1; x < h[0]; x++) {
                    Token k = t.get(x);
                    if (strongContent(k) && k.claim != Claim.EPISODE && k.claim != Claim.DATE) {
                        blocked = true;
                    }
                }
                if (!blocked && r.episodeTitle == null && (t.get(h[0]).bracket < 0)) {
                    int from = episodeTitleStart(me, h[0]);
                    int to = h[1];
                    // Head.To.Tail.Special.HDTV: a detail word closing the title belongs to it
                    int d = to + 1;
                    while (d < n && t.get(d).claim == Claim.EPISODE_DETAIL && t.get(d).bracket < 0
                            && !t.get(d).gapIsFieldDash()) {
                        d++;
                    }
                    if (d > to + 1 && (d == n || !t.get(d).free())) {
                        to = d - 1;
                    }
                    List<String> parts = splitFieldDashes(from, to);
                    r.episodeTitle = parts.get(0);
                }
                break;
            }
            // S01E01.Pilot.720p, S00E00.Unaired.Pilot: words like Pilot or Finale alone after the marker name it
            int d = markerEnd + 1;
            while (d < n && t.get(d).claim == Claim.EPISODE_DETAIL && t.get(d).bracket < 0) {
                d++;
            }
            if (r.episodeTitle == null && d > markerEnd + 1 && (d == n || !t.get(d).free())) {
                r.episodeTitle = text(markerEnd + 1, d - 1);
            }
        }
    }

    /**
     * S01E01.St.Patricks.Day, S01E06.Ice.Lake.Games, S01E01.Pilot.for.Air: title-like words read as tags (weak claims)
     * between the marker and the first free word start the episode title; they lose their claim.
     */
    private int episodeTitleStart(int marker, int hole) {
        int b = hole - 1;
        while (b > marker && titleLikeTag(t.get(b))) {
            b--;
        }
        if (b != marker) {
            return hole;
        }
        for (int x = marker + 1; x < hole; x++) {
            Token k = t.get(x);
            if (k.claim != Claim.EPISODE_DETAIL) {
                k.claim = null;
                k.strength = null;
                k.propIndex = -1;
            }
        }
        return marker + 1;
    }

    private boolean titleLikeTag(Token k) {
        if (k.claim == null || k.strength == Strength.STRONG || k.multi || k.bracket >= 0 || k.gapIsFieldDash()
                || mixedCase && shouting(k)) {
            return false;
        }
        switch (k.claim) {
            case EPISODE_DETAIL: case MISC: case COUNTRY: case OTHER:
                return true;
            // S02E11.Web.of.Lies, S03E06.Netflix.and.Chill, S02E13.Uncut.Gems: tag words opening the episode title
            case LANGUAGE: case SOURCE: case STREAMING: case EDITION:
                return mixedCase;
            default:
                return false;
        }
    }

    /**
     * TEST.S01E10.24.1080p, Show.S01E01.1.23.45.WEB, Show - 3x07 - 42: numbers right after an explicit marker, out of
     * brackets, name the episode; a lone two-digit number with a leading zero (S01E01.02) does not.
     */
    private boolean numberTitle(int[] h, int me) {
        if (!strongMarker || h[0] != me + 1 || t.get(h[0]).bracket >= 0 || markerStart < 0
                || t.get(markerStart).isDigits()) {
            return false;
        }
        Token k = t.get(h[0]);
        if (h[0] == h[1] && (k.text.length() > 3 || k.text.length() == 2 && k.text.charAt(0) == '0')) {
            return false;
        }
        for (int x = h[0]; x <= h[1]; x++) {
            if (t.get(x).text.length() > 4) {
                return false;
            }
        }
        return true;
    }

    private boolean onlyDigits(int[] h) {
        for (int x = h[0]; x <= h[1]; x++) {
            if (!t.get(x).isDigits()) {
                return false;
            }
        }
        return true;
    }

    private List<String> splitFieldDashes(int from, int to) {
        List<String> parts = new ArrayList<>();
        int s = from;
        for (int x = from + 1; x <= to; x++) {
            if (t.get(x).gapIsFieldDash()) {
                parts.add(text(s, x - 1));
                s = x;
            }
        }
        parts.add(text(s, to));
        parts.removeIf(String::isEmpty);
        if (parts.isEmpty()) {
            parts.add("");
        }
        return parts;
    }

    String text(int from, int to) {
        String raw = name.substring(t.get(from).start, t.get(to).end);
        StringBuilder sb = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean sep = c == '.' || c == '_' || Character.isWhitespace(c);
            if (c == '.' && i > 0 && i + 1 < raw.length() && isAcronymDot(raw, i)) {
                sep = false;
            }
            if (sep) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return trimPunct(sb.toString());
    }

    /** The dots of S.H.I.E.L.D stay dots. */
    private static boolean isAcronymDot(String s, int i) {
        boolean singleBefore = Character.isLetter(s.charAt(i - 1)) && (i < 2 || !Character.isLetterOrDigit(
                s.charAt(i - 2)));
        boolean singleAfter = Character.isLetter(s.charAt(i + 1)) && (i + 2 >= s.length()
                || !Character.isLetterOrDigit(s.charAt(i + 2)));
        return singleBefore && singleAfter;
    }

    private static boolean trimmable(char c) {
        switch (c) {
            case '-': case ',': case ';': case ':': case '~': case '*': case '=': case '|': case '&': case '+': case ' ':
                return true;
            default:
                return false;
        }
    }

    private static String trimPunct(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && trimmable(s.charAt(a))) {
            a++;
        }
        while (b > a && trimmable(s.charAt(b - 1))) {
            b--;
        }
        return a == 0 && b == s.length() ? s : s.substring(a, b);
    }

    /** "Simpsons, The" -> "The Simpsons". */
    private static String fixArticle(String s) {
        if (s.indexOf(',') < 0) {
            return s;
        }
        for (String art : ARTICLES) {
            if (s.regionMatches(true, s.length() - art.length(), art, 0, art.length())) {
                String word = s.substring(s.length() - art.length() + 2);
                return word + (word.endsWith("'") ? "" : " ") + s.substring(0, s.length() - art.length());
            }
        }
        return s;
    }

    // ------------------------------------------------------------ values

    private static boolean subtitleWord(String s) {
        switch (s) {
            case "sub": case "subs": case "subbed": case "subtitles": case "subtitle": case "subtitled": case "st":
            case "vost": case "subtitulado": case "subtitulada": case "subtitulos": case "legendado": case "legendas":
            case "legenda": case "esub": case "esubs": case "subforced": case "softsubs": case "hardsub":
            case "hardsubs": case "multisub": case "multisubs":
                return true;
            default:
                return false;
        }
    }

    private void toSubtitle(Token k) {
        if (k.claim == Claim.LANGUAGE && k.propIndex >= 0) {
            NameResult.Found f = r.props.get(k.propIndex);
            r.props.set(k.propIndex, new NameResult.Found(Claim.SUBTITLE, f.value, f.index));
        }
    }

    /** "sub.FR", "Sub Ita Eng", "German.Sub", "German.Custom.Subbed", "Subbed" alone (unknown language). */
    private void subtitles() {
        for (int i = 0; i < n; i++) {
            Token k = t.get(i);
            if (k.claim == null || k.claim == Claim.LANGUAGE || k.claim == Claim.SUBTITLE || !subtitleWord(k.key)) {
                continue;
            }
            boolean found = false;
            int j = i + 1;
            while (j < n && t.get(j).claim == Claim.LANGUAGE && !hasBracketChar(t.get(j).gap) || j < n && j == i + 1
                    && t.get(j).claim == Claim.LANGUAGE) {
                toSubtitle(t.get(j));
                found = true;
                j++;
            }
            if (!found) {
                j = i - 1;
                while (j >= 0 && (t.get(j).lower.equals("custom") || t.get(j).lower.equals("soft")
                        || t.get(j).lower.equals("forced"))) {
                    j--;
                }
                while (j >= 0 && t.get(j).claim == Claim.LANGUAGE) {
                    toSubtitle(t.get(j));
                    found = true;
                    j--;
                }
            }
            if (!found && !k.key.equals("st") && !k.key.equals("subforced")) {
                r.props.add(new NameResult.Found(Claim.SUBTITLE, k.key.startsWith("multi") ? "mul" : "und", i));
            }
        }
    }

    private void finish() {
        r.tokenCount = n;
        r.markerStart = markerStart;
        r.hasMarker = markerStart >= 0;
        r.strongMarker = strongMarker;
        subtitles();
        for (NameResult.Found f : r.props) {
            Token k = t.get(f.index);
            if (k.claim == null) {
                continue;
            }
            r.apply(f, k);
        }
        // Cold.River.2018.2160p.BluRay, 4K BluRay HDR: a Blu-ray source at 2160p is an Ultra HD Blu-ray
        if ("Blu-ray".equals(r.source) && "2160p".equals(r.screenSize)) {
            r.source = "Ultra HD Blu-ray";
        }
    }
}
