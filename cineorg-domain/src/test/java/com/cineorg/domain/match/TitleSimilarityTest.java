package com.cineorg.domain.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TitleSimilarityTest {

    private final TitleSimilarity similarity = new TitleSimilarity();

    @Test
    void equalAfterNormalisationIsOne() {
        assertThat(similarity.similarity("the office", "The Office")).isEqualTo(1.0);
        assertThat(similarity.similarity("Amelie", "Amélie")).isEqualTo(1.0);
        assertThat(similarity.similarity("Alien 3", "Alien³")).isEqualTo(1.0);
    }

    @Test
    void wordOrderCostsAlmostNothing() {
        assertThat(similarity.similarity("Tiger Crouching", "Crouching Tiger"))
                .isCloseTo(TitleSimilarity.SAME_WORDS_OTHER_ORDER, within(1e-9));
    }

    @Test
    void sequelsStayApart() {
        double original = similarity.similarity("Alien", "Alien");
        assertThat(similarity.similarity("Alien", "Aliens")).isLessThan(0.7);
        assertThat(similarity.similarity("Alien", "Alien 3")).isLessThan(0.6);
        assertThat(similarity.similarity("Alien 3", "Aliens")).isLessThan(0.6);
        assertThat(similarity.similarity("Rocky II", "Rocky IV")).isLessThan(0.7);
        assertThat(original).isEqualTo(1.0);
    }

    @Test
    void smallTyposStayClose() {
        assertThat(similarity.similarity("Crouching Tiger Hiden Dragon", "Crouching Tiger, Hidden Dragon"))
                .isGreaterThan(0.75);
    }

    @Test
    void unrelatedTitlesAreFar() {
        assertThat(similarity.similarity("Heat", "Dune")).isLessThan(0.4);
        assertThat(similarity.similarity("", "Dune")).isZero();
    }
}
