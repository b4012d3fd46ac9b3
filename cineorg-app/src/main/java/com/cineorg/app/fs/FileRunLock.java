package com.cineorg.app.fs;

import com.cineorg.domain.error.StorageFailureException;
import com.cineorg.domain.port.out.RunLockPort;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The run lock as an OS file lock on {@code run.lock} in the data folder: released by the OS when the process dies,
 * so a crashed run never blocks the next one.
 */
public final class FileRunLock implements RunLockPort {
    private final Path file;

    public FileRunLock(Path file) {
        this.file = file;
    }

    @Override
    public Optional<Held> tryAcquire() {
        FileChannel channel = open();
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(held(channel, lock));
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            return Optional.empty(); // held by this very process
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StorageFailureException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Held acquire() {
        FileChannel channel = open();
        try {
            return held(channel, channel.lock());
        } catch (IOException | OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new StorageFailureException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    private FileChannel open() {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StorageFailureException("cannot open the lock file " + file + ": " + e.getMessage(), e);
        }
    }

    private static Held held(FileChannel channel, FileLock lock) {
        return () -> {
            try {
                lock.release();
            } catch (IOException ignored) {
                // closing the channel releases it too
            }
            closeQuietly(channel);
        };
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
