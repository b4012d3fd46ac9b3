package com.cineorg.app.fs;

import com.cineorg.domain.testing.TestFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.cineorg.application.organize.OrganizeLibraryService;
import com.cineorg.application.organize.UndoRunService;
import com.cineorg.domain.model.library.OrganizeRun;
import com.cineorg.domain.port.in.RecoveryReport;
import com.cineorg.domain.port.in.UndoReport;
import com.cineorg.domain.testing.InMemoryMediaCatalog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM organizing a few hundred files with SIGKILL at random points, many times; after each kill,
 * recovery must leave every file exactly once with its original content; at the end undo restores the tree.
 */
class OrganizeCrashIT {
    private static final int FILES = 200;
    private static final int KILLS = 6;
    /** Added to each test's seed: {@code -Dcineorg.crash.seed=N} picks other kill points (CI keeps 0). */
    private static final long SEED = Long.getLong("cineorg.crash.seed", 0);

    @TempDir
    Path dir;

    private Path shm;
    private final NioFileOperationsAdapter fs = new NioFileOperationsAdapter();

    @AfterEach
    void cleanUp() throws IOException {
        TestFiles.deleteTree(shm);
    }

    @Test
    void sameDeviceMoveSurvivesKillsAndUndoes() throws Exception {
        crashAndRecover(dir.resolve("library"), 11);
    }

    @Test
    void crossDeviceMoveSurvivesKillsAndUndoes() throws Exception {
        shm = FsFixtures.otherDeviceFolder(dir);
        if (shm == null) {
            System.out.println("SKIPPED: /dev/shm is missing or on the same device");
        }
        assumeThat(shm).as("/dev/shm on another device").isNotNull();
        crashAndRecover(shm.resolve("library"), 23);
    }

    private void crashAndRecover(Path library, long seed) throws Exception {
        Random random = new Random(seed + SEED);
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        Path journal = dir.resolve("journal.log");
        for (int i = 0; i < FILES; i++) {
            byte[] data = new byte[i % 17 == 0 ? 1_500_000 + random.nextInt(500_000) : 1_000 + random.nextInt(60_000)];
            random.nextBytes(data);
            Files.write(downloads.resolve(String.format("m%04d.mkv", i)), data);
            if (i % 4 == 0) {
                Files.writeString(downloads.resolve(String.format("m%04d.en.srt", i)), "subtitle " + i);
            }
        }
        TreeMap<String, String> original = tree(downloads);
        Map<String, Integer> originalSums = sums(original);

        int kills = 0;
        boolean finished = false;
        for (int round = 0; round < KILLS + 3 && !finished; round++) {
            boolean kill = round < KILLS;
            int killAt = 1 + random.nextInt(120);
            long t0 = System.nanoTime();
            Process child = start(downloads, library, journal);
            finished = runUntil(child, kill ? killAt : Integer.MAX_VALUE);
            long t1 = System.nanoTime();
            if (!finished) {
                kills++;
            }
            RecoveryReport r = recover(journal);
            assertThat(r.unresolved()).as("round %d: unresolved after kill at op %d", round, killAt).isEmpty();
            assertEveryFileOnceAndWhole(downloads, library, originalSums, round);
            System.out.printf("round %d: child %d ms, recovery+check %d ms (%s)%n", round, (t1 - t0) / 1_000_000,
                    (System.nanoTime() - t1) / 1_000_000, r);
        }
        assertThat(finished).as("the last run finished").isTrue();
        assertThat(kills).isGreaterThanOrEqualTo(KILLS - 2);
        assertThat(tree(downloads)).isEmpty();

        try (FileOrganizeJournal j = new FileOrganizeJournal(journal)) {
            UndoRunService undo = new UndoRunService(new InMemoryMediaCatalog(), fs, j, Clock.systemUTC());
            for (OrganizeRun run : undo.listRuns()) {
                UndoReport report = undo.undo(run.id(), null);
                assertThat(report.failures()).as("undo of run %d", run.id()).isEmpty();
            }
        }
        assertThat(tree(downloads)).isEqualTo(original);
        assertThat(library).as("the library folder the runs created").doesNotExist();
        System.out.printf("crash test %s: %d kills, %d files restored%n", library, kills, original.size());
    }

    private Process start(Path downloads, Path library, Path journal) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), OrganizeCrashChild.class.getName(), downloads.toString(),
                library.toString(), journal.toString(), "move")
                .redirectErrorStream(true).start();
    }

    /** Reads the child's output; kills it with SIGKILL once it announces operation {@code killAt}. True when it finished. */
    private static boolean runUntil(Process child, int killAt) throws Exception {
        StringBuilder tail = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("OP ") && Integer.parseInt(line.substring(3)) >= killAt) {
                    child.destroyForcibly();
                    child.waitFor(20, TimeUnit.SECONDS);
                    return false;
                }
                if (line.startsWith("DONE")) {
                    assertThat(line).endsWith("failures []");
                }
                if (!line.startsWith("OP ")) {
                    tail.append(line).append('\n');
                }
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("child output:%n%s", tail).isZero();
        return true;
    }

    private RecoveryReport recover(Path journal) {
        try (FileOrganizeJournal j = new FileOrganizeJournal(journal)) {
            return new OrganizeLibraryService(new InMemoryMediaCatalog(), fs, j, Clock.systemUTC()).recover();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertEveryFileOnceAndWhole(Path downloads, Path library, Map<String, Integer> expected, int round)
            throws IOException {
        TreeMap<String, String> all = new TreeMap<>();
        tree(downloads).forEach((k, v) -> all.put("downloads/" + k, v));
        tree(library).forEach((k, v) -> all.put("library/" + k, v));
        assertThat(all.keySet()).as("round %d: no temporary files", round).noneMatch(k -> k.contains(".cineorg-"));
        assertThat(sums(all)).as("round %d: every file exactly once, whole", round).isEqualTo(expected);
    }

    private TreeMap<String, String> tree(Path root) throws IOException {
        TreeMap<String, String> out = new TreeMap<>();
        if (!Files.exists(root)) {
            return out;
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(Files::isRegularFile).forEach(files::add);
        }
        for (Path p : files) {
            out.put(root.relativize(p).toString(), fs.checksum(p) + ":" + Files.size(p));
        }
        return out;
    }

    private static Map<String, Integer> sums(Map<String, String> tree) {
        Map<String, Integer> counts = new HashMap<>();
        for (String sum : tree.values()) {
            counts.merge(sum, 1, Integer::sum);
        }
        return counts;
    }
}
