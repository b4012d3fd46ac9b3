package com.cineorg.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MigrationsTest {
    private static final Pattern NAME = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");

    @Test
    void theLatestMigrationConstantNamesTheNewestFile() throws IOException, URISyntaxException {
        Path folder = Path.of(MigrationsTest.class.getResource("/db/migration").toURI());
        List<String> names;
        try (Stream<Path> files = Files.list(folder)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(names).isNotEmpty().allMatch(n -> NAME.matcher(n).matches());
        int newest = names.stream().map(NAME::matcher).filter(Matcher::matches)
                .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        assertThat(PersistenceUnit.LATEST_MIGRATION).isEqualTo(newest);
    }

    @Test
    void everyPlaceholderIsDefinedForEveryEngine() throws IOException, URISyntaxException {
        Path folder = Path.of(MigrationsTest.class.getResource("/db/migration").toURI());
        Pattern placeholder = Pattern.compile("\\$\\{([a-z_]+)}");
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Matcher m = placeholder.matcher(Files.readString(file));
                while (m.find()) {
                    for (Engine engine : Engine.values()) {
                        assertThat(engine.placeholders()).as("%s in %s", m.group(1), file.getFileName())
                                .containsKey(m.group(1));
                    }
                }
            }
        }
    }
}
