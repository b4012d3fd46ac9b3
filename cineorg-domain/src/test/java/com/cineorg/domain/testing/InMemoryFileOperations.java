package com.cineorg.domain.testing;

import com.cineorg.domain.error.FileOperationException;
import com.cineorg.domain.error.FileOperationException.Reason;
import com.cineorg.domain.port.out.FileOperationsPort;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A case-sensitive file system in memory, with hard links (shared inodes), symbolic links, devices and injected
 * failures, for use-case tests. Paths must be absolute and normalised. The root {@code /} always exists.
 */
public final class InMemoryFileOperations implements FileOperationsPort {
    private static final class Inode {
        byte[] data;
        Instant mtime;

        Inode(byte[] data, Instant mtime) {
            this.data = data;
            this.mtime = mtime;
        }
    }

    private sealed interface Node permits FileNode, DirNode, LinkNode {}

    private record FileNode(Inode inode) implements Node {}

    private record DirNode() implements Node {}

    private record LinkNode(Path to) implements Node {}

    private final TreeMap<Path, Node> nodes = new TreeMap<>();
    private final Map<Path, Reason> failures = new HashMap<>();
    private Function<Path, Integer> device = p -> 1;
    private long usableSpace = Long.MAX_VALUE;
    public int directorySyncs;

    public InMemoryFileOperations() {
        nodes.put(Path.of("/"), new DirNode());
    }

    // ---- test helpers

    public synchronized InMemoryFileOperations file(String path, String content) {
        return file(Path.of(path), content, Instant.parse("2026-01-01T00:00:00Z"));
    }

    public synchronized InMemoryFileOperations file(Path path, String content, Instant mtime) {
        createDirectories(path.getParent());
        nodes.put(path, new FileNode(new Inode(content.getBytes(StandardCharsets.UTF_8), mtime)));
        return this;
    }

    /** Paths under {@code prefix} are on another device, mounted at {@code prefix} (the folder is created). */
    public synchronized InMemoryFileOperations otherDevice(String prefix) {
        Path p = Path.of(prefix);
        createDirectories(p);
        device = path -> path.startsWith(p) ? 2 : 1;
        return this;
    }

    /** Every later operation that writes {@code path} (or reads it as a source) fails with {@code reason}. */
    public synchronized InMemoryFileOperations failOn(String path, Reason reason) {
        failures.put(Path.of(path), reason);
        return this;
    }

    public synchronized InMemoryFileOperations usableSpace(long bytes) {
        this.usableSpace = bytes;
        return this;
    }

    public synchronized String content(String path) {
        Node n = follow(Path.of(path));
        return n instanceof FileNode f ? new String(f.inode().data, StandardCharsets.UTF_8) : null;
    }

    public synchronized boolean isSymbolicLink(String path) {
        return nodes.get(Path.of(path)) instanceof LinkNode;
    }

    /** Every regular file and link with its content (links as {@code -> target}); folders as {@code <dir>}. */
    public synchronized TreeMap<String, String> tree() {
        TreeMap<String, String> out = new TreeMap<>();
        for (Map.Entry<Path, Node> e : nodes.entrySet()) {
            String value;
            if (e.getValue() instanceof FileNode f) {
                value = new String(f.inode().data, StandardCharsets.UTF_8);
            } else if (e.getValue() instanceof LinkNode l) {
                value = "-> " + l.to();
            } else {
                value = "<dir>";
            }
            out.put(e.getKey().toString(), value);
        }
        return out;
    }

    // ---- port

    private void check(Path path) {
        Reason r = failures.get(path);
        if (r != null) {
            throw new FileOperationException(r, path, path + ": injected " + r.name().toLowerCase());
        }
    }

    private Node follow(Path path) {
        Node n = nodes.get(path);
        int hops = 0;
        while (n instanceof LinkNode l && hops++ < 20) {
            Path to = l.to().isAbsolute() ? l.to() : path.getParent().resolve(l.to()).normalize();
            n = nodes.get(to);
            path = to;
        }
        return n;
    }

    @Override
    public synchronized Optional<FileStat> stat(Path path) {
        Node n = nodes.get(path);
        if (n == null) {
            return Optional.empty();
        }
        if (n instanceof FileNode f) {
            return Optional.of(new FileStat(f.inode().data.length, f.inode().mtime,
                    "ino:" + System.identityHashCode(f.inode()), false, false, String.valueOf(device.apply(path))));
        }
        return Optional.of(new FileStat(0, Instant.EPOCH, null, n instanceof DirNode, n instanceof LinkNode,
                String.valueOf(device.apply(path))));
    }

    @Override
    public synchronized boolean exists(Path path) {
        return nodes.containsKey(path);
    }

    @Override
    public synchronized boolean sameFile(Path a, Path b) {
        Node x = follow(a);
        Node y = follow(b);
        return x instanceof FileNode fx && y instanceof FileNode fy && fx.inode() == fy.inode();
    }

    @Override
    public synchronized boolean sameFileSystem(Path a, Path dir) {
        return device.apply(a).equals(device.apply(dir));
    }

    @Override
    public synchronized long usableSpace(Path dir) {
        return usableSpace;
    }

    @Override
    public synchronized List<Path> createDirectories(Path dir) {
        List<Path> created = new ArrayList<>();
        List<Path> chain = new ArrayList<>();
        for (Path p = dir; p != null; p = p.getParent()) {
            chain.add(0, p);
        }
        for (Path p : chain) {
            Node n = nodes.get(p);
            if (n == null) {
                check(p);
                nodes.put(p, new DirNode());
                created.add(p);
            } else if (!(n instanceof DirNode)) {
                throw new FileOperationException(Reason.OTHER, p, p + ": not a folder");
            }
        }
        return created;
    }

    private FileNode source(Path source) {
        check(source);
        Node n = nodes.get(source);
        if (!(n instanceof FileNode f)) {
            throw new FileOperationException(Reason.SOURCE_MISSING, source, source + ": no such file");
        }
        return f;
    }

    private void targetFree(Path target) {
        check(target);
        if (!(nodes.get(target.getParent()) instanceof DirNode)) {
            throw new FileOperationException(Reason.OTHER, target, target.getParent() + ": no such folder");
        }
        if (nodes.containsKey(target)) {
            throw new FileOperationException(Reason.TARGET_EXISTS, target, target + ": already exists");
        }
    }

    @Override
    public synchronized void move(Path source, Path target, Path temp, boolean verify) {
        FileNode f = source(source);
        if (nodes.containsKey(target) && sameFile(source, target)) {
            nodes.remove(source);
            return;
        }
        targetFree(target);
        if (device.apply(source).equals(device.apply(target))) {
            nodes.put(target, f);
        } else {
            if (usableSpace < f.inode().data.length) {
                throw new FileOperationException(Reason.NO_SPACE, target, target + ": no space left on device");
            }
            nodes.put(target, new FileNode(new Inode(f.inode().data.clone(), f.inode().mtime)));
        }
        nodes.remove(source);
    }

    @Override
    public synchronized void copy(Path source, Path target, Path temp, boolean verify) {
        FileNode f = source(source);
        targetFree(target);
        if (usableSpace < f.inode().data.length) {
            throw new FileOperationException(Reason.NO_SPACE, target, target + ": no space left on device");
        }
        nodes.put(target, new FileNode(new Inode(f.inode().data.clone(), f.inode().mtime)));
    }

    @Override
    public synchronized void hardlink(Path source, Path target) {
        FileNode f = source(source);
        if (!device.apply(source).equals(device.apply(target))) {
            throw new FileOperationException(Reason.CROSS_DEVICE, target,
                    target + ": cannot hard-link across file systems");
        }
        targetFree(target);
        nodes.put(target, f);
    }

    @Override
    public synchronized void symlink(Path source, Path link, boolean relative) {
        source(source);
        targetFree(link);
        nodes.put(link, new LinkNode(relative ? link.getParent().relativize(source) : source));
    }

    @Override
    public synchronized void writeNew(Path target, byte[] content, Path temp) {
        targetFree(target);
        nodes.put(target, new FileNode(new Inode(content.clone(), Instant.parse("2026-01-01T00:00:00Z"))));
    }

    @Override
    public synchronized boolean deleteIfExists(Path path) {
        check(path);
        Node n = nodes.get(path);
        if (n instanceof DirNode) {
            throw new FileOperationException(Reason.OTHER, path, path + ": is a folder");
        }
        return nodes.remove(path) != null;
    }

    @Override
    public synchronized boolean deleteEmptyDirectory(Path dir) {
        if (!(nodes.get(dir) instanceof DirNode) || !list(dir).isEmpty()) {
            return false;
        }
        nodes.remove(dir);
        return true;
    }

    @Override
    public synchronized List<Path> list(Path dir) {
        List<Path> out = new ArrayList<>();
        for (Path p : nodes.keySet()) {
            if (dir.equals(p.getParent())) {
                out.add(p);
            }
        }
        return out;
    }

    @Override
    public synchronized String checksum(Path file) {
        Node n = follow(file);
        if (!(n instanceof FileNode f)) {
            throw new FileOperationException(Reason.SOURCE_MISSING, file, file + ": no such file");
        }
        return Integer.toHexString(Arrays.hashCode(f.inode().data));
    }

    @Override
    public synchronized void syncDirectory(Path dir) {
        directorySyncs++;
    }
}
