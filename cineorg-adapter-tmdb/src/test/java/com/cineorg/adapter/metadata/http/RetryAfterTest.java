package com.cineorg.adapter.metadata.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void readsSeconds() {
        assertThat(RetryAfter.parse("120", clock)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", clock)).contains(Duration.ZERO);
    }

    @Test
    void readsHttpDates() {
        assertThat(RetryAfter.parse("Fri, 27 Nov 2026 12:00:30 GMT", clock)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Fri, 27 Nov 2026 11:59:00 GMT", clock)).contains(Duration.ZERO);
    }

    @Test
    void ignoresGarbage() {
        assertThat(RetryAfter.parse("soon", clock)).isEmpty();
        assertThat(RetryAfter.parse(null, clock)).isEmpty();
        assertThat(RetryAfter.parse("-5", clock)).isEmpty();
    }

    @Test
    void rateLimiterPacesInSlicesOfFiftyMilliseconds() {
        var config = ProviderClient.rateLimiterConfig(ResilienceSettings.defaults(40));

        assertThat(config.getLimitForPeriod()).isEqualTo(2);
        assertThat(config.getLimitRefreshPeriod()).isEqualTo(Duration.ofMillis(50));
    }
}
