package com.cineorg.app.fs;

import com.cineorg.domain.testing.TestFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.cineorg.domain.error.FileOperationException;
import com.cineorg.domain.error.FileOperationException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NioFileOperationsAdapterIT {
    @TempDir
    Path dir;

    private final NioFileOperationsAdapter fs = new NioFileOperationsAdapter();
    private final List<Path> mounts = new ArrayList<>();
    private Path shm;

    @AfterEach
    void cleanUp() throws IOException {
        for (Path m : mounts) {
            FsFixtures.run("umount", m.toString());
        }
        TestFiles.deleteTree(shm);
    }

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    private Path mount(String options) throws IOException {
        Path m = Files.createDirectories(dir.resolve("mnt-" + mounts.size()));
        int rc = FsFixtures.run("mount", "-t", "tmpfs", "-o", options, "tmpfs", m.toString());
        if (rc != 0) {
            System.out.println("SKIPPED: cannot mount a tmpfs here (mount exit " + rc + "; needs root)");
        }
        assumeThat(rc).as("mount -t tmpfs -o " + options + " (needs root)").isZero();
        mounts.add(m);
        return m;
    }

    @Test
    void sameFileSystemMoveKeepsTheInodeAndNeverReplaces() throws IOException {
        Path a = file("a.mkv", "A");
        Object inode = Files.getAttribute(a, "unix:ino");
        Path target = dir.resolve("lib/a.mkv");
        fs.createDirectories(target.getParent());
        fs.move(a, target, target.resolveSibling(".t.part"), false);
        assertThat(Files.readString(target)).isEqualTo("A");
        assertThat(Files.getAttribute(target, "unix:ino")).isEqualTo(inode);
        assertThat(a).doesNotExist();

        Path b = file("b.mkv", "B");
        assertThatThrownBy(() -> fs.move(b, target, target.resolveSibling(".t.part"), false))
                .isInstanceOf(FileOperationException.class)
                .satisfies(e -> assertThat(((FileOperationException) e).reason()).isEqualTo(Reason.TARGET_EXISTS))
                .hasMessageContaining("already exists");
        assertThat(Files.readString(b)).isEqualTo("B");
        assertThat(Files.readString(target)).isEqualTo("A");
    }

    @Test
    void targetThatIsAlreadyTheSameInodeOnlyLosesTheSourceName() throws IOException {
        Path a = file("a.mkv", "A");
        Path target = dir.resolve("t.mkv");
        Files.createLink(target, a);
        fs.move(a, target, dir.resolve(".x.part"), false);
        assertThat(a).doesNotExist();
        assertThat(Files.readString(target)).isEqualTo("A");
        fs.move(target, target, dir.resolve(".x.part"), false);
        assertThat(Files.readString(target)).isEqualTo("A");
    }

    @Test
    void crossDeviceMoveCopiesVerifiesAndDeletesTheSource() throws IOException {
        shm = FsFixtures.otherDeviceFolder(dir);
        assumeThat(shm).as("/dev/shm on another device").isNotNull();
        byte[] data = new byte[3_000_000];
        new java.util.Random(1).nextBytes(data);
        Path a = dir.resolve("big.mkv");
        Files.write(a, data);
        String sum = fs.checksum(a);
        Path target = shm.resolve("Movies/big.mkv");
        fs.createDirectories(target.getParent());
        assertThat(fs.sameFileSystem(a, target.getParent())).isFalse();

        fs.move(a, target, target.resolveSibling(".cineorg-1.part"), true);

        assertThat(a).doesNotExist();
        assertThat(fs.checksum(target)).isEqualTo(sum);
        assertThat(fs.list(target.getParent())).containsExactly(target);
    }

    @Test
    void hardlinkAcrossDevicesIsAClearError() throws IOException {
        shm = FsFixtures.otherDeviceFolder(dir);
        assumeThat(shm).isNotNull();
        Path a = file("a.mkv", "A");
        assertThatThrownBy(() -> fs.hardlink(a, shm.resolve("a.mkv")))
                .isInstanceOf(FileOperationException.class)
                .hasMessageContaining("across file systems")
                .satisfies(e -> assertThat(((FileOperationException) e).reason()).isEqualTo(Reason.CROSS_DEVICE));
        assertThat(shm.resolve("a.mkv")).doesNotExist();
    }

    @Test
    void copyKeepsTheSourceAndSymlinksAreRelative() throws IOException {
        Path a = file("dl/a.mkv", "A");
        Path copy = dir.resolve("lib/copy.mkv");
        fs.createDirectories(copy.getParent());
        fs.copy(a, copy, copy.resolveSibling(".c.part"), true);
        assertThat(Files.readString(copy)).isEqualTo("A");
        assertThat(a).exists();

        Path link = dir.resolve("lib/link.mkv");
        fs.symlink(a, link, true);
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("../dl/a.mkv"));
        assertThat(Files.readString(link)).isEqualTo("A");
        assertThat(fs.stat(link).orElseThrow().symbolicLink()).isTrue();
    }

    @Test
    void nameTooLongIsOneClearLineAndTheSourceStays() throws IOException {
        Path a = file("a.mkv", "A");
        Path target = dir.resolve("x".repeat(300) + ".mkv");
        assertThatThrownBy(() -> fs.move(a, target, dir.resolve(".p"), false))
                .isInstanceOf(FileOperationException.class)
                .hasMessageContaining("name too long")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(Files.readString(a)).isEqualTo("A");
    }

    @Test
    void diskFullLeavesNoPartialFileAndTheSourceIntact() throws IOException {
        Path small = mount("size=1m");
        Path a = dir.resolve("big.mkv");
        Files.write(a, new byte[2_000_000]);
        Path target = small.resolve("big.mkv");
        assertThatThrownBy(() -> fs.move(a, target, small.resolve(".cineorg-9.part"), false))
                .isInstanceOf(FileOperationException.class)
                .hasMessageContaining("no space left")
                .satisfies(e -> assertThat(((FileOperationException) e).reason()).isEqualTo(Reason.NO_SPACE));
        assertThat(Files.size(a)).isEqualTo(2_000_000);
        assertThat(fs.list(small)).isEmpty();
    }

    @Test
    void readOnlyTargetIsAClearError() throws IOException {
        Path ro = mount("ro,size=1m");
        Path a = file("a.mkv", "A");
        assertThatThrownBy(() -> fs.move(a, ro.resolve("a.mkv"), ro.resolve(".p"), false))
                .isInstanceOf(FileOperationException.class)
                .hasMessageContaining("read-only");
        assertThatThrownBy(() -> fs.createDirectories(ro.resolve("Movies")))
                .hasMessageContaining("read-only");
        assertThat(Files.readString(a)).isEqualTo("A");
    }

    @Test
    void permissionDeniedIsAClearError() throws IOException {
        Path a = file("a.mkv", "A");
        Path locked = Files.createDirectories(dir.resolve("locked"));
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            int rc = FsFixtures.run("chattr", "+i", locked.toString());
            if (rc != 0) {
                System.out.println("SKIPPED: running as root and chattr +i is not available (exit " + rc + ")");
            }
            assumeThat(rc).as("chattr +i (root ignores file modes)").isZero();
        } else {
            locked.toFile().setWritable(false);
        }
        try {
            assertThatThrownBy(() -> fs.move(a, locked.resolve("a.mkv"), locked.resolve(".p"), false))
                    .isInstanceOf(FileOperationException.class)
                    .hasMessageContaining("permission denied");
            assertThat(Files.readString(a)).isEqualTo("A");
        } finally {
            if (root) {
                FsFixtures.run("chattr", "-i", locked.toString());
            } else {
                locked.toFile().setWritable(true);
            }
        }
    }

    @Test
    void aMoveThatCannotLinkSaysWhyAndChangesNothing() throws IOException {
        Path target = Files.createDirectories(dir.resolve("lib")).resolve("x.mkv");
        assertThatThrownBy(() -> fs.move(dir.resolve("gone.mkv"), target, dir.resolve("lib/.x.part"), false))
                .isInstanceOf(FileOperationException.class)
                .satisfies(e -> assertThat(((FileOperationException) e).reason()).isEqualTo(Reason.SOURCE_MISSING));
        Path folder = Files.createDirectories(dir.resolve("a-folder"));
        assertThatThrownBy(() -> fs.move(folder, target, dir.resolve("lib/.x.part"), false))
                .hasMessageContaining("is a folder");
        Path a = file("a.mkv", "A");
        assertThatThrownBy(() -> fs.move(a, dir.resolve("missing/x.mkv"), dir.resolve("missing/.x.part"), false))
                .isInstanceOf(FileOperationException.class);
        assertThat(folder).isDirectory();
        assertThat(Files.readString(a)).isEqualTo("A");
        assertThat(target).doesNotExist();
    }

    @Test
    void existsIsDirectoryAndStatAgreeWithTheDisk() throws IOException {
        Path a = file("d/a.mkv", "A");
        Path dangling = Files.createSymbolicLink(dir.resolve("d/dangling"), dir.resolve("nowhere"));
        Path linkedFolder = Files.createSymbolicLink(dir.resolve("linked"), dir.resolve("d"));
        assertThat(fs.exists(a)).isTrue();
        assertThat(fs.exists(dangling)).isTrue();
        assertThat(fs.exists(dir.resolve("d/none.mkv"))).isFalse();
        assertThat(fs.exists(dir.resolve("no-folder/none.mkv"))).isFalse();
        assertThat(fs.exists(a.resolve("below-a-file"))).isFalse();
        assertThat(fs.isDirectory(dir.resolve("d"))).isTrue();
        assertThat(fs.isDirectory(linkedFolder)).isFalse(); // links are not followed, as stat does not
        assertThat(fs.isDirectory(a)).isFalse();
        assertThat(fs.isDirectory(dir.resolve("no-folder"))).isFalse();
        assertThat(fs.stat(a).orElseThrow().device()).isEqualTo(String.valueOf(Files.getAttribute(dir, "unix:dev")));
        assertThat(fs.stat(a).orElseThrow().size()).isEqualTo(1);
        assertThat(fs.stat(dangling).orElseThrow().symbolicLink()).isTrue();
        assertThat(fs.stat(dir.resolve("no-folder/none.mkv"))).isEmpty();
        assertThat(fs.createDirectories(dir.resolve("d"))).isEmpty();
        assertThat(fs.createDirectories(dir.resolve("d/e"))).containsExactly(dir.resolve("d/e"));
        assertThatThrownBy(() -> fs.createDirectories(a)).hasMessageContaining("a file is in the way");
    }

    @Test
    void emptyFoldersOnlyAreRemovedAndCreatedFoldersAreListed() throws IOException {
        List<Path> created = fs.createDirectories(dir.resolve("a/b/c"));
        assertThat(created).containsExactly(dir.resolve("a"), dir.resolve("a/b"), dir.resolve("a/b/c"));
        file("a/b/keep.txt", "x");
        assertThat(fs.deleteEmptyDirectory(dir.resolve("a/b"))).isFalse();
        assertThat(fs.deleteEmptyDirectory(dir.resolve("a/b/c"))).isTrue();
        assertThatThrownBy(() -> fs.deleteIfExists(dir.resolve("a"))).hasMessageContaining("is a folder");
    }
}
