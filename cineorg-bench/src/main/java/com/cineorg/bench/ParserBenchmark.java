package com.cineorg.bench;

import com.cineorg.domain.model.media.ParsedRelease;
import com.cineorg.domain.parse.ReleaseNameParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-thread parser throughput on the corpus names (guessit's test names, from the domain test jar), round-robin.
 * Run: {@code java -cp <bench classpath> org.openjdk.jmh.Main ParserBenchmark -f 1 -wi 2 -i 3}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ParserBenchmark {
    private static final String[] CORPUS = {"guessit-movies.jsonl", "guessit-episodes.jsonl", "guessit-various.jsonl"};

    private final ReleaseNameParser parser = new ReleaseNameParser();
    private String[] names;
    private int next;

    @Setup
    public void load() {
        names = corpusNames().toArray(new String[0]);
        if (names.length == 0) {
            throw new IllegalStateException("no corpus names on the class path");
        }
    }

    @Benchmark
    public ParsedRelease parse() {
        String name = names[next];
        next = next + 1 == names.length ? 0 : next + 1;
        return parser.parse(name);
    }

    /** The inputs of the corpus files under /corpus on the class path. */
    static List<String> corpusNames() {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        for (String file : CORPUS) {
            try (InputStream in = ParserBenchmark.class.getResourceAsStream("/corpus/" + file)) {
                if (in == null) {
                    continue;
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!line.isBlank()) {
                        out.add(json.readTree(line).get("input").asText());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
