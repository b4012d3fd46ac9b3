package com.cineorg.adapter.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.cineorg.domain.error.ErrorKind;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class ProblemTypeTest {
    @ParameterizedTest
    @EnumSource(ErrorKind.class)
    void everyErrorKindHasAStableTypeAndStatus(ErrorKind kind) {
        ProblemType type = ProblemType.of(kind);
        assertThat(type.uri()).startsWith("urn:cineorg:problem:");
        int expected = switch (kind) {
            case INVALID_INPUT -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case AMBIGUOUS_MATCH -> 422;
            case PROVIDER_UNAVAILABLE -> 503;
            case STORAGE_FAILURE -> 500;
            case LOCKED -> 409;
        };
        assertThat(type.status()).isEqualTo(expected);
    }

    @Test
    void typeUrisAreUnique() {
        Set<String> uris = new HashSet<>();
        for (ProblemType t : ProblemType.values()) {
            assertThat(uris.add(t.uri())).as(t.name()).isTrue();
        }
    }
}
