package com.cineorg.domain.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.cineorg.domain.model.media.ParsedRelease;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random and adversarial names: the parser returns a result, never throws, and finishes in bounded time. */
class ReleaseNameParserFuzzTest {
    private static final Duration BOUND = Duration.ofSeconds(5);
    private final ReleaseNameParser parser = new ReleaseNameParser();

    @Property(tries = 300)
    void anyStringParses(@ForAll String input) {
        check(input);
    }

    @Property(tries = 300)
    void releaseLikeStringsParse(@ForAll("releaseLike") String input) {
        check(input);
    }

    @Property(tries = 20)
    void adversarialStringsParseInBoundedTime(@ForAll("adversarial") String input) {
        check(input);
    }

    @Provide
    Arbitrary<String> releaseLike() {
        Arbitrary<String> words = Arbitraries.of("The", "Show", "S01E02", "1x03", "2010", "1080p", "x264", "-GRP",
                "[Group]", "(", ")", "[", "]", "{", "}", "DTS-HD", "5.1", "Season", "2", "Episode", "of", "Part",
                "2011.11.15", "E01-E03", "/", "\\", "FRENCH", "sub", "www.site.com", "ABCD1234", "v2", "-", "_",
                ".", " ", "\uD800", "\uDFFF", "é", "字", "Ж", "ع", "S", "E", "x", "0", "00", "000", "0000");
        return words.list().ofMinSize(0).ofMaxSize(40).map(l -> String.join(".", l));
    }

    @Provide
    Arbitrary<String> adversarial() {
        return Arbitraries.of(
                ".".repeat(10_000),
                "[".repeat(5_000) + "]".repeat(5_000),
                "(".repeat(10_000),
                "[a(b{c".repeat(2_000),
                "/".repeat(10_000),
                "[/".repeat(5_000),
                "\uD800".repeat(5_000),
                "\uDC00a\uD800".repeat(3_000),
                "S01E".repeat(3_000),
                "1x".repeat(5_000) + "1",
                "1-".repeat(5_000),
                "S01E01-".repeat(1_500) + "02",
                "Season.1-".repeat(1_500),
                "2010.".repeat(2_500),
                "12.12.12.".repeat(1_200),
                "a.".repeat(5_000) + "1080p",
                "-".repeat(10_000),
                "x264-".repeat(2_000),
                "www.".repeat(2_500) + "com",
                "0".repeat(10_000));
    }

    private void check(String input) {
        ParsedRelease p = assertTimeoutPreemptively(BOUND, () -> parser.parse(input));
        assertThat(p).isNotNull();
        assertThat(p.type()).isNotNull();
    }
}
