package com.cineorg.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InstantJsonTest {
    record Stamp(Instant at) {}

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "2026-03-04T05:06:07.1Z",
            "2026-03-04T05:06:07.123Z", "2026-03-04T05:06:07.123456Z", "2026-03-04T05:06:07.123456789Z",
            "2024-02-29T23:59:59.999999999Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z"})
    void readsWhatInstantToStringWritesAsInstantParseDoes(String text) {
        assertThat(InstantJson.parseUtc(text)).isEqualTo(Instant.parse(text));
        assertThat(DomainJson.read("{\"at\":\"" + text + "\"}", Stamp.class).at()).isEqualTo(Instant.parse(text));
    }

    @Test
    void randomInstantsRoundTrip() {
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 10_000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextInt(Integer.MAX_VALUE), random.nextInt(1_000_000_000));
            assertThat(InstantJson.parseUtc(t.toString())).isEqualTo(t);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-01T00:00:00+01:00", "2026-01-01 00:00:00Z", "2026-01-01T00:00:00.Z",
            "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-01-01T24:00:00Z", "2026-01-01T00:00:60Z",
            "+12026-01-01T00:00:00Z", "2026-01-01T00:00:00.1234567890Z", "2026-0a-01T00:00:00Z", "", "Z"})
    void leavesEveryOtherFormToJackson(String text) {
        assertThat(InstantJson.parseUtc(text)).isNull();
    }

    @Test
    void otherFormsStillReadAsBeforeAndBadOnesFailWithTheUsualError() {
        assertThat(DomainJson.read("{\"at\":\"2026-01-01T01:00:00+01:00\"}", Stamp.class).at())
                .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(DomainJson.read("{\"at\":1767225600.5}", Stamp.class).at())
                .isEqualTo(Instant.parse("2026-01-01T00:00:00.5Z"));
        assertThat(DomainJson.read("{\"at\":null}", Stamp.class).at()).isNull();
        assertThatThrownBy(() -> DomainJson.read("{\"at\":\"2026-02-30T00:00:00Z\"}", Stamp.class))
                .isInstanceOf(UncheckedIOException.class).hasMessage("stored Stamp is not valid JSON");
        assertThat(List.of(DomainJson.read(DomainJson.write(new Stamp(Instant.EPOCH)).getBytes(
                java.nio.charset.StandardCharsets.UTF_8), Stamp.class))).containsExactly(new Stamp(Instant.EPOCH));
    }
}
