package com.cineorg.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Organize as a user drives it (Main.run: scan, identify --offline, organize, undo) on real folders and a real SQLite
 * file: the cases an acceptance run found wrong.
 */
class OrganizeAcceptanceIT {

    @TempDir
    Path dir;

    private Path downloads;
    private Path library;
    private Map<String, String> env;
    private final List<Path> mounts = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        downloads = Files.createDirectories(dir.resolve("Downloads"));
        library = dir.resolve("Library");
        env = new HashMap<>();
        env.put("HOME", dir.toString());
        env.put("XDG_DATA_HOME", dir.resolve("data").toString());
        env.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
    }

    @AfterEach
    void unmount() {
        for (int i = mounts.size() - 1; i >= 0; i--) {
            command("umount", mounts.get(i).toString());
        }
    }

    /** Runs a command; its exit code, or -1 when it cannot run. */
    private static int command(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Mounts (mount ARGS... folder), skipping the test where this process may not mount. */
    private void mount(Path folder, String... args) {
        List<String> cmd = new ArrayList<>(List.of("mount"));
        cmd.addAll(List.of(args));
        cmd.add(folder.toString());
        int rc = command(cmd.toArray(String[]::new));
        if (rc != 0) {
            System.out.println("SKIPPED: cannot mount here (mount exit " + rc + "; needs root)");
        }
        assumeThat(rc).as("mount (needs root)").isZero();
        mounts.add(folder);
    }

    /** The downloads folder becomes read-only (a read-only bind mount of itself): its files cannot be deleted. */
    private void downloadsReadOnly() {
        mount(downloads, "--bind", downloads.toString());
        assertThat(command("mount", "-o", "remount,bind,ro", downloads.toString())).isZero();
    }

    private static List<Path> filesUnder(Path folder) throws Exception {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    private CliResult run(String... args) {
        return CliResult.of(env, args);
    }

    private Path write(String relative, String content) throws Exception {
        Path p = downloads.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content);
    }

    private void scanAndIdentify(Path folder) {
        assertThat(run("scan", folder.toString()).code()).isZero();
        assertThat(run("identify", "--offline").code()).isZero();
    }

    @Test
    void replaceIfBetterOverAnOrganizedFileKeepsTheCatalogInStepAndUndoRestoresBoth() throws Exception {
        write("The.Matrix.1999.720p.WEB-DL.x264-FGT/The.Matrix.1999.720p.WEB-DL.x264-FGT.mkv", "worse");
        scanAndIdentify(downloads.resolve("The.Matrix.1999.720p.WEB-DL.x264-FGT"));
        assertThat(run("organize", "--target", library.toString()).code()).isZero();
        Path movie = library.resolve("Movies/The Matrix (1999)/The Matrix (1999).mkv");
        assertThat(movie).hasContent("worse");

        write("The.Matrix.1999.1080p.BluRay.x264-GRP/The.Matrix.1999.1080p.BluRay.x264-GRP.mkv", "better");
        scanAndIdentify(downloads);
        CliResult replace = run("organize", "--target", library.toString(), "--on-conflict", "replace-if-better");

        assertThat(replace.code()).as(replace.err()).isZero();
        assertThat(movie).hasContent("better");
        Path trashed = library.resolve(".cineorg-trash/Movies/The Matrix (1999)/The Matrix (1999).mkv");
        assertThat(trashed).hasContent("worse");
        Map<String, String> statusByPath = new HashMap<>();
        for (JsonNode row : run("list", "--json").jsonLines()) {
            statusByPath.put(row.get("path").asText(), row.get("status").asText());
        }
        assertThat(statusByPath).containsEntry(movie.toString(), "organized").containsKey(trashed.toString());
        assertThat(run("history", "--json").jsonLines().get(0).get("state").asText()).isEqualTo("finished");

        CliResult undo = run("undo");
        assertThat(undo.code()).as(undo.err()).isZero();
        assertThat(movie).hasContent("worse");
        assertThat(downloads.resolve("The.Matrix.1999.1080p.BluRay.x264-GRP/The.Matrix.1999.1080p.BluRay.x264-GRP.mkv"))
                .hasContent("better");
        assertThat(trashed).doesNotExist();
    }

    @Test
    void aMoveWhoseSourceCannotBeDeletedLeavesNoUntrackedCopyInTheLibrary() throws Exception {
        Path video = write("Heat.1995.1080p.BluRay.x264-GRP/Heat.1995.1080p.BluRay.x264-GRP.mkv", "heat");
        scanAndIdentify(downloads);
        downloadsReadOnly(); // same device, another mount: the link fails (EXDEV), the copy is made, the unlink fails

        CliResult organize = run("organize", "--target", library.toString());

        assertThat(organize.code()).isEqualTo(8);
        assertThat(organize.err()).contains("read-only file system").doesNotContain("Exception");
        assertThat(video).hasContent("heat");
        assertThat(filesUnder(library)).isEmpty();

        unmount();
        mounts.clear();
        CliResult again = run("organize", "--target", library.toString());
        assertThat(again.code()).as(again.out() + again.err()).isZero();
        assertThat(library.resolve("Movies/Heat (1995)/Heat (1995).mkv")).hasContent("heat");
        assertThat(video).doesNotExist();
    }

    @Test
    void aCrossDeviceMoveWhoseSourceCannotBeDeletedLeavesNoUntrackedCopyInTheLibrary() throws Exception {
        Path video = write("Heat.1995.1080p.BluRay.x264-GRP/Heat.1995.1080p.BluRay.x264-GRP.mkv", "heat");
        scanAndIdentify(downloads);
        Files.createDirectories(library);
        mount(library, "-t", "tmpfs", "-o", "size=1m", "tmpfs"); // another device: copy, then delete the source
        downloadsReadOnly();

        CliResult organize = run("organize", "--target", library.toString());

        assertThat(organize.code()).isEqualTo(8);
        assertThat(organize.err()).contains("read-only file system").doesNotContain("Exception");
        assertThat(video).hasContent("heat");
        assertThat(filesUnder(library)).isEmpty();
        CliResult undo = run("undo");
        assertThat(undo.code()).as(undo.err()).isZero();
        assertThat(filesUnder(library)).isEmpty();
        assertThat(video).hasContent("heat");
    }

    @Test
    void copiesAndCrossDeviceMovesKeepTheFilePermissions() throws Exception {
        Path privateVideo = write("Heat.1995.1080p.BluRay.x264-GRP.mkv", "heat");
        Path privateSub = write("Heat.1995.1080p.BluRay.x264-GRP.en.srt", "sub");
        Files.setPosixFilePermissions(privateVideo, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(privateSub, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        scanAndIdentify(downloads);

        CliResult copy = run("organize", "--target", library.toString(), "--mode", "copy");

        assertThat(copy.code()).as(copy.err()).isZero();
        Path folder = library.resolve("Movies/Heat (1995)");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(folder.resolve("Heat (1995).mkv")))).isEqualTo("rw-------");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(folder.resolve("Heat (1995).en.srt")))).isEqualTo("rw-r-----");

        assertThat(run("undo").code()).isZero();
        Files.createDirectories(library);
        mount(library, "-t", "tmpfs", "-o", "size=1m", "tmpfs"); // another device: the move copies
        CliResult move = run("organize", "--target", library.toString());
        assertThat(move.code()).as(move.err()).isZero();
        assertThat(privateVideo).doesNotExist();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(folder.resolve("Heat (1995).mkv")))).isEqualTo("rw-------");
    }

    @Test
    void undoWithoutARunPutsBackTheLastRunThatMovedSomethingNotAnEmptyLaterOne() throws Exception {
        Path video = write("Heat.1995.1080p.BluRay.x264-GRP.mkv", "heat");
        scanAndIdentify(downloads);
        assertThat(run("organize", "--target", library.toString()).code()).isZero();
        assertThat(run("organize", "--target", library.toString()).code()).isZero(); // nothing new: an empty run

        CliResult undo = run("undo");

        assertThat(undo.code()).as(undo.err()).isZero();
        assertThat(undo.out()).contains("run 1 undone");
        assertThat(video).hasContent("heat");
        assertThat(run("undo").code()).as("nothing left to undo").isEqualTo(3);
    }

    /**
     * A replace-if-better run killed after its file steps and before it recorded them (journal PENDING, catalog as
     * before the run), simulated by putting the journal and catalog rows back: recovery must settle it.
     */
    @Test
    void aReplaceRunKilledBeforeItsBookkeepingIsSettledByTheNextRunAndUndone() throws Exception {
        Replaced r = replaceWorseMatrix();
        Path better = r.better();
        Path db = r.db();
        List<String[]> rowsBefore = r.rowsBefore();
        asIfKilledBeforeBookkeeping(db, 2, rowsBefore);

        CliResult next = run("organize", "--target", library.toString(), "--on-conflict", "replace-if-better", "--resume");

        assertThat(next.code()).as(next.out() + next.err()).isZero();
        Path movie = library.resolve("Movies/The Matrix (1999)/The Matrix (1999).mkv");
        Path trashed = library.resolve(".cineorg-trash/Movies/The Matrix (1999)/The Matrix (1999).mkv");
        assertThat(movie).hasContent("better");
        assertThat(trashed).hasContent("worse");
        Map<String, String> statusByPath = new HashMap<>();
        for (JsonNode row : run("list", "--json").jsonLines()) {
            statusByPath.put(row.get("path").asText(), row.get("status").asText());
        }
        assertThat(statusByPath).containsEntry(movie.toString(), "organized").containsKey(trashed.toString());

        CliResult undo = run("undo", "2");
        assertThat(undo.code()).as(undo.out() + undo.err()).isZero();
        assertThat(movie).hasContent("worse");
        assertThat(better).hasContent("better");
        assertThat(trashed).doesNotExist();
    }

    /** Killed after the worse file went to the trash, before the better one moved: recovery finishes the replace. */
    @Test
    void aReplaceRunKilledBetweenTrashAndMoveIsFinishedByTheNextRun() throws Exception {
        Replaced r = replaceWorseMatrix();
        Path better = r.better();
        Path db = r.db();
        List<String[]> rowsBefore = r.rowsBefore();
        Path movie = library.resolve("Movies/The Matrix (1999)/The Matrix (1999).mkv");
        Files.move(movie, better); // the better file's move had not happened yet
        asIfKilledBeforeBookkeeping(db, 2, rowsBefore);

        CliResult next = run("organize", "--target", library.toString(), "--on-conflict", "replace-if-better");

        assertThat(next.code()).as(next.out() + next.err()).isZero();
        assertThat(movie).hasContent("better");
        assertThat(library.resolve(".cineorg-trash/Movies/The Matrix (1999)/The Matrix (1999).mkv")).hasContent("worse");
        assertThat(better).doesNotExist();
        assertThat(run("list", "--json").jsonLines()).anySatisfy(row -> {
            assertThat(row.get("path").asText()).isEqualTo(movie.toString());
            assertThat(row.get("status").asText()).isEqualTo("organized");
        });
    }

    /** Killed before the worse file went to the trash: nothing happened, recovery says so and the run starts over. */
    @Test
    void aReplaceRunKilledBeforeItsTrashStepIsRolledBackNotLeftForTheUser() throws Exception {
        Replaced r = replaceWorseMatrix();
        Path better = r.better();
        Path db = r.db();
        List<String[]> rowsBefore = r.rowsBefore();
        Path movie = library.resolve("Movies/The Matrix (1999)/The Matrix (1999).mkv");
        Path trashed = library.resolve(".cineorg-trash/Movies/The Matrix (1999)/The Matrix (1999).mkv");
        Files.move(movie, better); // neither the better file's move ...
        Files.move(trashed, movie); // ... nor the trash step had happened
        asIfKilledBeforeBookkeeping(db, 2, rowsBefore);

        CliResult next = run("organize", "--target", library.toString(), "--on-conflict", "replace-if-better", "--resume");

        assertThat(next.code()).as(next.out() + next.err()).isZero();
        assertThat(next.out()).contains("0 left for you");
        assertThat(movie).hasContent("better");
        assertThat(trashed).hasContent("worse");
        assertThat(better).doesNotExist();
        assertThat(run("undo").code()).isZero();
        assertThat(movie).hasContent("worse");
        assertThat(better).hasContent("better");
    }

    @Test
    void aReadOnlyLibraryGivesTheSameClearReasonForEveryFileOfAFolder() throws Exception {
        write("Breaking.Bad.S01.1080p/Breaking.Bad.S01E01.1080p.mkv", "one");
        write("Breaking.Bad.S01.1080p/Breaking.Bad.S01E02.1080p.mkv", "two");
        scanAndIdentify(downloads);
        Files.createDirectories(library);
        mount(library, "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs");

        CliResult organize = run("organize", "--target", library.toString(), "--json");

        assertThat(organize.code()).isEqualTo(8);
        JsonNode failures = organize.jsonLines().get(0).get("failures");
        assertThat(failures).hasSize(2).allSatisfy(f -> assertThat(f.get("reason").asText())
                .contains("read-only file system").doesNotContain("no such file"));
    }

    private static java.sql.Connection sqlite(Path db) throws Exception {
        return java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
    }

    private static List<String[]> mediaRows(Path db) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (java.sql.Connection c = sqlite(db);
                java.sql.ResultSet r = c.createStatement().executeQuery(
                        "SELECT id, location, display_path, status, status_reason FROM media_file")) {
            while (r.next()) {
                rows.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)});
            }
        }
        return rows;
    }

    /** The journal of the run PENDING again, the run RUNNING, the catalog rows as they were before it. */
    private static void asIfKilledBeforeBookkeeping(Path db, long run, List<String[]> rowsBefore) throws Exception {
        try (java.sql.Connection c = sqlite(db)) {
            c.setAutoCommit(false);
            try (java.sql.Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE organize_operation SET state = 'PENDING', note = NULL WHERE run_id = " + run);
                st.executeUpdate("UPDATE organize_run SET state = 'RUNNING', finished_ms = NULL, summary = NULL WHERE id = "
                        + run);
                st.executeUpdate("UPDATE media_file SET location = 'moving:' || id");
            }
            try (java.sql.PreparedStatement ps = c.prepareStatement(
                    "UPDATE media_file SET location = ?, display_path = ?, status = ?, status_reason = ? WHERE id = ?")) {
                for (String[] row : rowsBefore) {
                    ps.setString(1, row[1]);
                    ps.setString(2, row[2]);
                    ps.setString(3, row[3]);
                    ps.setString(4, row[4]);
                    ps.setLong(5, Long.parseLong(row[0]));
                    ps.executeUpdate();
                }
            }
            c.commit();
        }
    }

    /** The worse Matrix organized, then the better one organized over it with replace-if-better. */
    private record Replaced(Path better, Path db, List<String[]> rowsBefore) {}

    private Replaced replaceWorseMatrix() throws Exception {
        Path worse = write("The.Matrix.1999.720p.WEB-DL.x264-FGT/The.Matrix.1999.720p.WEB-DL.x264-FGT.mkv", "worse");
        scanAndIdentify(worse.getParent());
        assertThat(run("organize", "--target", library.toString()).code()).isZero();
        Path better = write("The.Matrix.1999.1080p.BluRay.x264-GRP/The.Matrix.1999.1080p.BluRay.x264-GRP.mkv", "better");
        scanAndIdentify(downloads);
        Path db = dir.resolve("data/cineorg/cineorg.db");
        List<String[]> rowsBefore = mediaRows(db);
        CliResult replace = run("organize", "--target", library.toString(), "--on-conflict", "replace-if-better");
        assertThat(replace.code()).as(replace.err()).isZero();
        return new Replaced(better, db, rowsBefore);
    }
}
