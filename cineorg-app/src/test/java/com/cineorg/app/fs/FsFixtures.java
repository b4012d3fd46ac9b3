package com.cineorg.app.fs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Helpers for tests on real folders: a scratch folder on /dev/shm (another device here) and small mounts. */
final class FsFixtures {
    private FsFixtures() {}

    /** A fresh folder on /dev/shm, or null when /dev/shm is missing or on the same device as {@code near}. */
    static Path otherDeviceFolder(Path near) throws IOException {
        Path shm = Path.of("/dev/shm");
        if (!Files.isDirectory(shm) || !Files.isWritable(shm)) {
            return null;
        }
        Object a = Files.getAttribute(shm, "unix:dev");
        Object b = Files.getAttribute(near, "unix:dev");
        if (a.equals(b)) {
            return null;
        }
        return Files.createTempDirectory(shm, "cineorg-test-");
    }

    /** Runs a command; returns its exit code, or -1 when it cannot run. */
    static int run(String... command) {
        try {
            Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
