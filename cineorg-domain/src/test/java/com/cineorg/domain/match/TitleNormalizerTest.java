package com.cineorg.domain.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleNormalizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Office|office",
        "Amélie|amelie",
        "Le Fabuleux Destin d'Amélie Poulain|fabuleux destin d amelie poulain",
        "Crouching Tiger, Hidden Dragon|crouching tiger hidden dragon",
        "Alien³|alien 3",
        "Alien3|alien 3",
        "Rocky IV|rocky 4",
        "V for Vendetta|v for vendetta",
        "Schindler's List|schindlers list",
        "Fast & Furious|fast and furious",
        "Das Boot|boot",
        "L'Auberge espagnole|auberge espagnole",
        "Straße|strasse",
        "  WALL·E  |wall e",
        "The|the",
    })
    void normalizes(String title, String expected) {
        assertThat(TitleNormalizer.normalize(title)).isEqualTo(expected);
    }

    @Test
    void tokensIgnoreWordOrder() {
        assertThat(TitleNormalizer.tokens("Hidden Dragon Crouching Tiger"))
                .isEqualTo(TitleNormalizer.tokens("Crouching Tiger, Hidden Dragon"));
    }

    @Test
    void nullAndPunctuationOnlyGiveNoWords() {
        assertThat(TitleNormalizer.words(null)).isEmpty();
        assertThat(TitleNormalizer.words(" - ... ")).isEmpty();
    }
}
