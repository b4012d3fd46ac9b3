package com.cineorg.bench;

import com.cineorg.domain.testing.TestFiles;
import com.cineorg.adapter.persistence.Database;
import com.cineorg.adapter.persistence.PersistenceFactory;
import com.cineorg.domain.model.media.FileEntry;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.media.ParsedRelease;
import com.cineorg.domain.model.media.Sidecar;
import com.cineorg.domain.model.media.SidecarKind;
import com.cineorg.domain.port.in.MediaQuery;
import com.cineorg.domain.port.out.IndexedFile;
import com.cineorg.domain.port.out.MediaCatalogPort;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Throughput of the media catalog on the scan hot path: insert N rows in batches (as a first scan does), index them,
 * update them (findAllById + saveAll, as a rescan of changed files does), mark them missing.
 *
 * <p>Usage: {@code CatalogBench [rows=100000] [batch=2000] [rounds=3] [db=<temp SQLite file>|jdbc:...]}. Each round
 * uses a fresh database; the first round includes JIT warm-up. A given database (an empty PostgreSQL one, say) runs
 * one round. The cpu figures are this thread's CPU time: they leave out other processes (and a database server).
 */
public final class CatalogBench {
    /** Thread CPU time counts the work of this thread (SQLite runs in it) and not the time other processes take. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** {@code -Dshuffled=true} inserts in random folder order, the worst case for the path index. */
    private static final boolean SHUFFLED = Boolean.getBoolean("shuffled");

    private CatalogBench() {}

    public static void main(String[] args) throws IOException {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        String given = args.length > 3 ? args[3] : null;
        int rounds = given != null ? 1 : args.length > 2 ? Integer.parseInt(args[2]) : 3; // a given database fills once
        System.out.printf(Locale.ROOT, "CatalogBench: %,d rows, batches of %,d, %d rounds%n", rows, batch, rounds);
        for (int round = 1; round <= rounds; round++) {
            Path dir = Files.createTempDirectory("cineorg-catalog-bench");
            try {
                String spec = given != null ? given : dir.resolve("bench.db").toString();
                run(round, spec, rows, batch);
            } finally {
                TestFiles.deleteTree(dir);
            }
        }
    }

    private static void run(int round, String spec, int rows, int batch) {
        long t0 = System.nanoTime();
        try (Database db = PersistenceFactory.open(spec)) {
            long opened = System.nanoTime();
            MediaCatalogPort catalog = db.mediaCatalog();
            List<MediaFile> files = generate(rows, SHUFFLED);

            long t1 = System.nanoTime();
            long c1 = CPU.getCurrentThreadCpuTime();
            for (int from = 0; from < rows; from += batch) {
                catalog.saveAll(files.subList(from, Math.min(rows, from + batch)));
            }
            long t2 = System.nanoTime();
            long c2 = CPU.getCurrentThreadCpuTime();
            List<IndexedFile> index = catalog.index(List.of(Path.of("/bench")));
            long t3 = System.nanoTime();
            long c3 = CPU.getCurrentThreadCpuTime();
            if (index.size() != rows) {
                throw new IllegalStateException("index returned " + index.size() + " rows, expected " + rows);
            }
            Instant later = Instant.ofEpochMilli(1_800_000_000_000L);
            for (int from = 0; from < rows; from += batch) {
                List<Long> ids = new ArrayList<>();
                for (IndexedFile f : index.subList(from, Math.min(rows, from + batch))) {
                    ids.add(f.id());
                }
                List<MediaFile> loaded = catalog.findAllById(ids);
                for (MediaFile f : loaded) {
                    f.seen(later);
                }
                catalog.saveAll(loaded);
            }
            long t4 = System.nanoTime();
            long c4 = CPU.getCurrentThreadCpuTime();
            List<Long> all = index.stream().map(IndexedFile::id).toList();
            catalog.markMissing(all);
            long t5 = System.nanoTime();
            long c5 = CPU.getCurrentThreadCpuTime();
            long total = catalog.list(new MediaQuery(null, MediaType.EPISODE, "show 42", 0, 50)).total();
            long t6 = System.nanoTime();
            long c6 = CPU.getCurrentThreadCpuTime();

            System.out.printf(Locale.ROOT,
                    "round %d: open %,.0f ms | insert %,.0f rows/s (cpu %,.0f rows/s) | index %,.0f ms (cpu %,.0f ms) | "
                            + "findAllById+update %,.0f rows/s (cpu %,.0f rows/s) | markMissing %,.0f rows/s | "
                            + "list text %,.1f ms (%d hits)%n",
                    round, ms(opened - t0), perSecond(rows, t2 - t1), perSecond(rows, c2 - c1), ms(t3 - t2),
                    ms(c3 - c2), perSecond(rows, t4 - t3), perSecond(rows, c4 - c3), perSecond(rows, t5 - t4),
                    ms(t6 - t5), total);
        }
    }

    /** Release-like files: 60% episodes, a third with a subtitle; in walk order unless {@code shuffled}. */
    static List<MediaFile> generate(int rows, boolean shuffled) {
        Instant mtime = Instant.ofEpochMilli(1_700_000_000_000L);
        List<MediaFile> files = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            boolean episode = i % 5 < 3;
            int show = i % 997;
            int season = i / 997 % 10 + 1;
            int number = i / 9970 + 1;
            String folder = "/bench/lib/" + (episode ? "Show " + show + "/Season " + season
                    : "Movie " + i + " (" + (1950 + i % 70) + ")");
            String name = episode
                    ? String.format(Locale.ROOT, "Show.%d.S%02dE%02d.1080p.WEB-DL.DDP5.1.H.264-GRP", show, season, number)
                    : "Movie." + i + "." + (1950 + i % 70) + ".1080p.BluRay.x264-GRP";
            Path path = Path.of(folder, name + ".mkv");
            MediaFile f = MediaFile.discovered(new FileEntry(path, 1_000_000_000L + i, mtime, "2049:" + i), null, mtime);
            ParsedRelease.Builder r = ParsedRelease.builder()
                    .type(episode ? MediaType.EPISODE : MediaType.MOVIE)
                    .title(episode ? "Show " + show : "Movie " + i)
                    .screenSize("1080p").source(episode ? "Web" : "Blu-ray").videoCodec("H.264").releaseGroup("GRP")
                    .container("mkv");
            if (episode) {
                r.season(season).episode(number).audioCodec("Dolby Digital Plus").audioChannels("5.1");
            } else {
                r.year(1950 + i % 70);
            }
            f.parsedAs(r.build());
            if (i % 3 == 0) {
                f.attach(List.of(new Sidecar(Path.of(folder, name + ".en.srt"), SidecarKind.SUBTITLE, "en", List.of())));
            }
            files.add(f);
        }
        if (!shuffled) {
            files.sort(Comparator.comparing(f -> f.path().toString())); // a walk delivers a folder at a time
        }
        return files;
    }

    private static double perSecond(int rows, long nanos) {
        return rows / (nanos / 1e9);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

}
