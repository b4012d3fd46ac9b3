package com.cineorg.app.fs;

import static org.assertj.core.api.Assertions.assertThat;

import com.cineorg.domain.model.media.FileEntry;
import com.cineorg.domain.port.out.WalkListener;
import com.cineorg.domain.port.out.WalkOptions;
import com.cineorg.domain.scan.MediaFileClassifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NioFileSystemAdapterIT {
    @TempDir
    Path dir;

    private final Map<Path, List<FileEntry>> delivered = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final WalkListener listener = new WalkListener() {
        @Override
        public void directory(Path folder, List<FileEntry> files) {
            delivered.put(dir.relativize(folder), files);
        }

        @Override
        public void warning(Path path, String message) {
            warnings.add(path + ": " + message);
        }
    };

    private void touch(String name, int bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, new byte[bytes]);
    }

    private void walk(boolean followLinks) {
        new NioFileSystemAdapter().walk(dir, new WalkOptions(followLinks, MediaFileClassifier::isJunkDirectory,
                MediaFileClassifier::attributesNotNeeded), listener);
    }

    private List<String> names(String folder) {
        return delivered.get(Path.of(folder)).stream().map(FileEntry::fileName).sorted().toList();
    }

    @Test
    void deliversSubfoldersFirstVideosWithAttributesAndSidecarsByName() throws IOException {
        touch("Movie.2001/Movie.2001.mkv", 7);
        touch("Movie.2001/Movie.2001.en.srt", 3);
        touch("Movie.2001/Movie.2001.nfo", 3);
        touch("Movie.2001/Subs/2_English.srt", 3);
        touch("Movie.2001/@eaDir/Movie.2001.mkv", 1);
        touch("Movie.2001/.hidden/Other.2002.mkv", 1);
        touch("readme.txt", 2);

        walk(false);

        assertThat(delivered.keySet()).containsExactly(Path.of("Movie.2001/Subs"), Path.of("Movie.2001"), Path.of(""));
        assertThat(names("Movie.2001"))
                .containsExactly("Movie.2001.en.srt", "Movie.2001.mkv", "Movie.2001.nfo");
        assertThat(names("Movie.2001/Subs")).containsExactly("2_English.srt");
        assertThat(names("")).containsExactly("readme.txt");
        FileEntry video = delivered.get(Path.of("Movie.2001")).stream()
                .filter(f -> f.fileName().endsWith(".mkv")).findFirst().orElseThrow();
        assertThat(video.size()).isEqualTo(7);
        assertThat(video.fileKey()).isNotNull();
        assertThat(warnings).isEmpty();
    }

    @Test
    void aFolderWithASidecarLikeNameIsStillWalked() throws IOException {
        touch("Show.S01/Extras.srt/Show.S01E01-trailer.mkv", 5);
        touch("Show.S01/Show.S01E01.mkv", 9);
        touch("Show.S01/Show.S01E01.srt", 1);
        touch("Show.S01/Thumbs.db/folder.jpg", 1);

        walk(false);

        assertThat(names("Show.S01/Extras.srt")).containsExactly("Show.S01E01-trailer.mkv");
        assertThat(names("Show.S01/Thumbs.db")).containsExactly("folder.jpg");
        assertThat(names("Show.S01")).containsExactly("Show.S01E01.mkv", "Show.S01E01.srt");
        assertThat(List.copyOf(delivered.keySet()).indexOf(Path.of("Show.S01/Extras.srt")))
                .isLessThan(List.copyOf(delivered.keySet()).indexOf(Path.of("Show.S01")));
    }

    @Test
    void linksAreLeftOutUnlessFollowed() throws IOException {
        touch("real/Movie.2001.mkv", 4);
        Files.createSymbolicLink(dir.resolve("linked"), dir.resolve("real"));
        Files.createSymbolicLink(dir.resolve("real/Alias.2001.mkv"), dir.resolve("real/Movie.2001.mkv"));

        walk(false);
        assertThat(delivered).doesNotContainKey(Path.of("linked"));
        assertThat(names("real")).containsExactly("Movie.2001.mkv");

        delivered.clear();
        walk(true);
        assertThat(names("linked")).containsExactly("Alias.2001.mkv", "Movie.2001.mkv");
    }
}
