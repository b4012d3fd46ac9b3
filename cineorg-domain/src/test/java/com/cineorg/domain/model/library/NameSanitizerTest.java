package com.cineorg.domain.model.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameSanitizerTest {
    private final NameSanitizer smart = NameSanitizer.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Mission: Impossible|Mission - Impossible",
        "AC/DC Live|AC-DC Live",
        "What?|What",
        "\"Quoted\"|'Quoted'",
        "a<b>c*d|abcd",
        "10:30|10-30",
        "back\\slash|back-slash"
    })
    void smartRule(String raw, String expected) {
        assertThat(smart.value(raw)).isEqualTo(expected);
    }

    @Test
    void otherRules() {
        assertThat(new NameSanitizer(NameSanitizer.Rule.UNDERSCORE).value("a:b?c")).isEqualTo("a_b_c");
        assertThat(new NameSanitizer(NameSanitizer.Rule.REMOVE).value("a:b?c")).isEqualTo("abc");
        assertThat(new NameSanitizer(NameSanitizer.Rule.DASH).value("a:b?c")).isEqualTo("a-b-c");
    }

    @Test
    void componentHasNoTrailingDotsOrSpacesAndIsNfc() {
        String decomposed = Normalizer.normalize("Amélie", Normalizer.Form.NFD);
        String name = smart.component(List.of(new NamingTemplate.Piece(decomposed + " ...", 1)), 255);
        assertThat(name).isEqualTo("Amélie");
        assertThat(Normalizer.isNormalized(name, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void longTitleIsShortenedToByteBudgetKeepingTagAndExtension() {
        String title = "日本語のタイトル".repeat(20); // 3 bytes a character
        String name = smart.component(List.of(
                new NamingTemplate.Piece("Show", 1),
                new NamingTemplate.Piece(" - S01E02 - ", 0),
                new NamingTemplate.Piece(title, 2),
                new NamingTemplate.Piece(".mkv", 0)), 255);
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
        assertThat(name).startsWith("Show - S01E02 - 日本語").endsWith(".mkv");
        assertThat(name).doesNotContain("\uFFFD");
    }

    @Test
    void titleShrinksWhenEpisodeTitleIsNotEnough() {
        String name = smart.component(List.of(
                new NamingTemplate.Piece("x".repeat(300), 1),
                new NamingTemplate.Piece(" - S01E02", 0),
                new NamingTemplate.Piece(".mkv", 0)), 255);
        assertThat(name).hasSize(255).endsWith("x - S01E02.mkv");
    }

    @Test
    void emptyComponentIsNull() {
        assertThat(smart.component(List.of(new NamingTemplate.Piece("???", 1)), 255)).isNull();
        assertThat(smart.component(List.of(new NamingTemplate.Piece("..", 0)), 255)).isNull();
    }

    @Test
    void spaceRunsAndByteLengthsAgreeWithTheRegularExpressionAndTheEncoderOnRandomText() {
        java.util.Random random = new java.util.Random(42);
        char[] alphabet = {' ', ' ', '\t', '\n', 0x0B, '\f', '\r', 'a', 'Z', '.', 'é', 'ß', '日', '\u00A0', '\u2003',
                '\uD83C', '\uDFAC', '\uDC00', '\uD800', '\u0000', '\u007F'};
        for (int n = 0; n < 20_000; n++) {
            char[] text = new char[random.nextInt(12)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(text);
            assertThat(NameSanitizer.collapseSpaces(s)).as("spaces of %s", s.chars().boxed().toList())
                    .isEqualTo(s.replaceAll("\\s+", " "));
            assertThat(NameSanitizer.bytes(s)).as("bytes of %s", s.chars().boxed().toList())
                    .isEqualTo(s.getBytes(StandardCharsets.UTF_8).length);
        }
    }
}
