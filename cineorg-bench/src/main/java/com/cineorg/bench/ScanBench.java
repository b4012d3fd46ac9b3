package com.cineorg.bench;

import com.cineorg.domain.testing.TestFiles;
import com.cineorg.adapter.persistence.Database;
import com.cineorg.adapter.persistence.PersistenceFactory;
import com.cineorg.app.fs.NioFileSystemAdapter;
import com.cineorg.application.scan.ScanMediaService;
import com.cineorg.domain.parse.ReleaseNameParser;
import com.cineorg.domain.port.in.ScanCommand;
import com.cineorg.domain.port.in.ScanReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Scan throughput, in process: walk + parse + persist into a real SQLite file.
 *
 * <pre>java -cp ... com.cineorg.bench.ScanBench [files=100000] [runs=3]</pre>
 *
 * Generates a tree of release-named files (movies, season packs with subtitles, samples, junk) in a temp folder,
 * then times a first scan into an empty database and a rescan of the unchanged tree, each {@code runs} times.
 */
public final class ScanBench {
    private static final String[] WORDS = {"The", "Dark", "Night", "Return", "Of", "King", "Blade", "Runner", "Star",
        "Wars", "Lost", "City", "Heat", "Alien", "Matrix", "Office", "Breaking", "Bad", "House", "Dragon", "Crown",
        "Fargo", "Dune", "Arrival", "Sicario", "Prisoners", "Memento", "Tenet", "Inception", "Interstellar"};
    private static final String[] QUALITY = {"1080p.BluRay.x264-SPARKS", "720p.HDTV.x264-LOL", "2160p.WEB-DL.DDP5.1.H.265-NTb",
        "1080p.WEBRip.x265-RARBG", "DVDRip.XviD-DiAMOND"};

    private ScanBench() {}

    public static void main(String[] args) throws Exception {
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path work = Files.createTempDirectory("cineorg-scanbench");
        try {
            Path tree = work.resolve("downloads");
            int videos = generate(tree, files);
            System.out.printf(Locale.ROOT, "tree: %d files (%d videos) under %s%n", files, videos, tree);
            for (int run = 1; run <= runs; run++) {
                Path dbFile = work.resolve("run" + run + ".db");
                try (Database db = PersistenceFactory.open(dbFile.toString())) {
                    ScanMediaService scan = new ScanMediaService(new NioFileSystemAdapter(), db.mediaCatalog(),
                            new ReleaseNameParser(), Clock.systemUTC());
                    ScanReport first = time("first scan", files, () -> scan.scan(new ScanCommand(List.of(tree), false, null)));
                    ScanReport again = time("rescan    ", files, () -> scan.scan(new ScanCommand(List.of(tree), false, null)));
                    if (first.added() != videos || again.unchanged() != videos) {
                        throw new IllegalStateException("unexpected counts: " + first + " / " + again);
                    }
                }
            }
        } finally {
            TestFiles.deleteTree(work);
        }
    }

    private interface Scan {
        ScanReport run();
    }

    private static ScanReport time(String label, int files, Scan scan) {
        long start = System.nanoTime();
        ScanReport r = scan.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %,d files in %.2f s = %,.0f files/s (videos %d, added %d, unchanged %d)%n",
                label, files, seconds, files / seconds, r.videos(), r.added(), r.unchanged());
        return r;
    }

    /** About 60% videos, the rest subtitles, nfo, samples and junk, in folders of 1 to 24 files. */
    static int generate(Path root, int total) throws IOException {
        Random random = new Random(42);
        int made = 0;
        int videos = 0;
        int folder = 0;
        while (made < total) {
            String title = WORDS[random.nextInt(WORDS.length)] + "." + WORDS[random.nextInt(WORDS.length)] + "." + folder;
            String quality = QUALITY[random.nextInt(QUALITY.length)];
            boolean show = random.nextBoolean();
            Path dir = root.resolve(show ? title + ".S01." + quality : title + "." + (1950 + random.nextInt(75)) + "." + quality);
            Files.createDirectories(dir);
            int n = show ? 1 + random.nextInt(12) : 1;
            for (int e = 1; e <= n && made < total; e++) {
                String base = show ? String.format(Locale.ROOT, "%s.S01E%02d.%s", title, e, quality) : dir.getFileName().toString();
                Files.createFile(dir.resolve(base + ".mkv"));
                made++;
                videos++;
                if (made < total) {
                    Files.createFile(dir.resolve(base + ".en.srt"));
                    made++;
                }
            }
            if (!show && made < total) {
                Files.createFile(dir.resolve(dir.getFileName() + ".nfo"));
                made++;
            }
            if (folder % 10 == 0 && made < total) {
                Path sample = Files.createDirectories(dir.resolve("Sample"));
                Files.createFile(sample.resolve("sample-" + title + ".mkv"));
                made++;
            }
            if (folder % 25 == 0 && made < total) {
                Files.createFile(dir.resolve("Thumbs.db"));
                made++;
            }
            folder++;
        }
        return videos;
    }

}
