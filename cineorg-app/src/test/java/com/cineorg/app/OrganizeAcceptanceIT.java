package com.cineorg.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Organize as a user drives it (Main.run: scan, identify --offline, organize, undo) on real folders and a real SQLite
 * file: the cases an acceptance run found wrong.
 */
class OrganizeAcceptanceIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path downloads;
    private Path library;
    private Map<String, String> env;

    record Result(int code, String out, String err) {
        List<JsonNode> jsonLines() throws Exception {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    nodes.add(JSON.readTree(line));
                }
            }
            return nodes;
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        downloads = Files.createDirectories(dir.resolve("Downloads"));
        library = dir.resolve("Library");
        env = new HashMap<>();
        env.put("HOME", dir.toString());
        env.put("XDG_DATA_HOME", dir.resolve("data").toString());
        env.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
        return new Result(code, out.toString(), err.toString());
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
        Result replace = run("organize", "--target", library.toString(), "--on-conflict", "replace-if-better");

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

        Result undo = run("undo");
        assertThat(undo.code()).as(undo.err()).isZero();
        assertThat(movie).hasContent("worse");
        assertThat(downloads.resolve("The.Matrix.1999.1080p.BluRay.x264-GRP/The.Matrix.1999.1080p.BluRay.x264-GRP.mkv"))
                .hasContent("better");
        assertThat(trashed).doesNotExist();
    }
}
