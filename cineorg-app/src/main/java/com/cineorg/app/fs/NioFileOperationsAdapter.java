package com.cineorg.app.fs;

import com.cineorg.domain.error.FileOperationException;
import com.cineorg.domain.error.FileOperationException.Reason;
import com.cineorg.domain.port.out.FileOperationsPort;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * {@link FileOperationsPort} on java.nio. Nothing here ever replaces an existing file:
 *
 * <ul>
 *   <li>A same-file-system move is {@code link(target)} + {@code unlink(source)}: the link fails when the target
 *       exists, so no window exists in which a file could be overwritten ({@code Files.move} with
 *       {@code ATOMIC_MOVE} is {@code rename(2)}, which replaces silently). File systems without hard links fall
 *       back to {@code Files.move} without options (checked rename).
 *   <li>A cross-device move copies to a temporary name in the target folder, forces it to disk, checks the size
 *       (and a CRC32C with verify), links it into place (no replace), syncs the folder, then deletes the source.
 *   <li>A target that already is the source's inode is recognised: a case-only rename goes through a temporary
 *       name, a hard-link pair just loses the source name.
 * </ul>
 *
 * Every I/O error becomes a {@link FileOperationException} with one line naming the file and the cause (no space,
 * read-only file system, permission denied, name too long...), after the temporary file is removed.
 */
public final class NioFileOperationsAdapter implements FileOperationsPort {
    private static final int BUFFER = 1 << 20;
    private static final FileSystem DEFAULT_FS = FileSystems.getDefault();
    private static final boolean UNIX = DEFAULT_FS.supportedFileAttributeViews().contains("unix");
    private static final String UNIX_STAT = "unix:size,lastModifiedTime,fileKey,isDirectory,isSymbolicLink,dev";

    @Override
    public Optional<FileStat> stat(Path path) {
        try {
            if (UNIX && path.getFileSystem() == DEFAULT_FS) {
                // one lstat for the basic attributes and the device
                Map<String, Object> a = Files.readAttributes(path, UNIX_STAT, LinkOption.NOFOLLOW_LINKS);
                Object key = a.get("fileKey");
                return Optional.of(new FileStat((Long) a.get("size"), ((FileTime) a.get("lastModifiedTime")).toInstant(),
                        key == null ? null : key.toString(), (Boolean) a.get("isDirectory"),
                        (Boolean) a.get("isSymbolicLink"), String.valueOf(a.get("dev"))));
            }
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Object key = a.fileKey();
            return Optional.of(new FileStat(a.size(), a.lastModifiedTime().toInstant(),
                    key == null ? null : key.toString(), a.isDirectory(), a.isSymbolicLink()));
        } catch (NoSuchFileException | NotDirectoryException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw translate(e, path, "cannot read");
        }
    }

    /**
     * java.io.File answers "nothing here" with a false, where java.nio builds an exception (with its stack trace)
     * for every missing path: organize asks about thousands of paths that do not exist yet.
     */
    @Override
    public boolean exists(Path path) {
        if (path.getFileSystem() != DEFAULT_FS) {
            return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
        }
        if (path.toFile().exists()) {
            return true; // something is there (a link counts when its target exists)
        }
        Path parent = path.getParent();
        if (parent != null && !parent.toFile().isDirectory()) {
            return false; // nothing can be inside something that is not a folder
        }
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS); // a dangling link is still something
    }

    @Override
    public boolean isDirectory(Path path) {
        // the cheap check first (follows links, no exception when missing), then the one that does not follow links
        return (path.getFileSystem() != DEFAULT_FS || path.toFile().isDirectory())
                && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public boolean sameFileSystem(Path a, Path dir) {
        Path existing = nearestExisting(dir);
        try {
            Object devA = Files.getAttribute(a, "unix:dev", LinkOption.NOFOLLOW_LINKS);
            Object devB = Files.getAttribute(existing, "unix:dev");
            return Objects.equals(devA, devB);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            try {
                return Files.getFileStore(a).equals(Files.getFileStore(existing));
            } catch (IOException io) {
                throw translate(io, a, "cannot read the file system of");
            }
        } catch (IOException e) {
            throw translate(e, a, "cannot read the file system of");
        }
    }

    @Override
    public long usableSpace(Path dir) {
        Path existing = nearestExisting(dir);
        try {
            return Files.getFileStore(existing).getUsableSpace();
        } catch (IOException e) {
            throw translate(e, existing, "cannot read free space of");
        }
    }

    private static Path nearestExisting(Path dir) {
        Path p = dir.toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? dir.toAbsolutePath().getRoot() : p;
    }

    @Override
    public List<Path> createDirectories(Path dir) {
        Path abs = dir.toAbsolutePath();
        try {
            Files.createDirectory(abs); // the usual case: only the last folder is missing, one mkdir
            return List.of(abs);
        } catch (FileAlreadyExistsException e) {
            if (Files.isDirectory(abs)) {
                return List.of();
            }
            throw new FileOperationException(Reason.TARGET_EXISTS, abs, abs + ": cannot create folder: a file is in the way");
        } catch (NoSuchFileException e) {
            // a parent is missing too: create the chain below
        } catch (IOException e) {
            throw translate(e, abs, "cannot create folder");
        }
        List<Path> chain = new ArrayList<>();
        for (Path p = abs; p != null && !Files.isDirectory(p); p = p.getParent()) {
            chain.add(0, p);
        }
        List<Path> created = new ArrayList<>();
        for (Path p : chain) {
            try {
                Files.createDirectory(p);
                created.add(p);
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(p)) {
                    throw new FileOperationException(Reason.TARGET_EXISTS, p, p + ": cannot create folder: a file is in the way");
                }
            } catch (IOException e) {
                throw translate(e, p, "cannot create folder");
            }
        }
        return created;
    }

    @Override
    public void move(Path source, Path target, Path temp, boolean verify) {
        // link first: in the usual case (a file, a free name) the move is link + unlink and nothing else; the checks
        // run when the link fails, to say why
        try {
            Files.createLink(target, source);
        } catch (FileAlreadyExistsException e) {
            requireSource(source);
            moveOntoExisting(source, target, temp);
            return;
        } catch (FileSystemException e) {
            requireSource(source);
            if (isCrossDevice(e)) {
                copyThrough(source, target, temp, verify, true);
                return;
            }
            if (!linkUnsupported(e)) {
                throw translate(e, target, "cannot move " + source + " to");
            }
            renameChecked(source, target);
            return;
        } catch (UnsupportedOperationException e) {
            requireSource(source);
            renameChecked(source, target);
            return;
        } catch (IOException e) {
            throw translate(e, target, "cannot move " + source + " to");
        }
        try {
            Files.delete(source);
        } catch (NoSuchFileException e) {
            // the old name went between the link and now (another program moved or deleted it): the file lives on
            // under the new name, which is what the move wanted; dropping that name too would lose it
        } catch (IOException e) {
            // the file now has two names; drop the new one so that the source is as before
            try {
                Files.delete(target);
            } catch (IOException ignored) {
                // both names stay; recovery sees one inode under two names and removes the source name
            }
            throw translate(e, source, "cannot remove the old name of");
        }
    }

    /** The target name is taken: fine only when it already is the source's inode (a case-only rename, a link pair). */
    private void moveOntoExisting(Path source, Path target, Path temp) {
        if (!sameFile(source, target)) {
            throw targetExists(target);
        }
        try {
            if (source.toString().equalsIgnoreCase(target.toString()) && !source.equals(target)) {
                Files.move(source, temp);
                Files.move(temp, target);
            } else if (!source.equals(target)) {
                Files.delete(source); // the target already is this file (another hard link of it)
            }
        } catch (IOException e) {
            throw translate(e, source, "cannot rename");
        }
    }

    private void renameChecked(Path source, Path target) {
        try {
            Files.move(source, target);
        } catch (FileAlreadyExistsException e) {
            throw targetExists(target);
        } catch (IOException e) {
            throw translate(e, target, "cannot move " + source + " to");
        }
    }

    @Override
    public void copy(Path source, Path target, Path temp, boolean verify) {
        requireSource(source);
        if (exists(target)) {
            throw targetExists(target);
        }
        copyThrough(source, target, temp, verify, false);
    }

    private void copyThrough(Path source, Path target, Path temp, boolean verify, boolean deleteSource) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            throw translate(e, temp, "cannot clear the temporary file");
        }
        try {
            long expected;
            FileTime mtime = Files.getLastModifiedTime(source);
            try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
                    FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                expected = in.size();
                long position = 0;
                while (position < expected) {
                    long n = in.transferTo(position, expected - position, out);
                    if (n <= 0) {
                        break;
                    }
                    position += n;
                }
                out.force(true);
            }
            long written = Files.size(temp);
            if (written != expected) {
                throw new FileOperationException(Reason.VERIFY_FAILED, target,
                        target + ": copy is " + written + " bytes, source has " + expected);
            }
            if (verify && !checksum(source).equals(checksum(temp))) {
                throw new FileOperationException(Reason.VERIFY_FAILED, target, target + ": copy checksum differs from the source");
            }
            Files.setLastModifiedTime(temp, mtime);
            copyPermissions(source, temp);
            linkIntoPlace(temp, target);
            syncDirectory(target.getParent());
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // recovery removes a leftover temporary file (its name is journaled)
            }
            if (e instanceof FileOperationException f) {
                throw f;
            }
            if (e instanceof IOException io) {
                throw translate(io, target, "cannot copy " + source + " to");
            }
            throw (RuntimeException) e;
        }
        if (deleteSource) {
            try {
                Files.delete(source); // not synced: should the unlink be lost, recovery finds two equal copies
            } catch (NoSuchFileException e) {
                // gone already: the copy is the file
            } catch (IOException e) {
                // the source stays: the copy goes, so that the file exists once, where it was (the step failed and
                // nothing in the journal or the catalog would know of a copy left in the library)
                try {
                    Files.delete(target);
                } catch (IOException ignored) {
                    // both stay, equal
                }
                throw translate(e, source, "not moved: cannot delete the source");
            }
        }
    }

    /** The copy gets the source's permission bits, as {@code cp} and {@code mv} give them (a private file stays private). */
    private static void copyPermissions(Path source, Path copy) throws IOException {
        if (UNIX && source.getFileSystem() == DEFAULT_FS) {
            Files.setPosixFilePermissions(copy, Files.getPosixFilePermissions(source));
        }
    }

    /** Renames {@code temp} to {@code target} in one folder without ever replacing the target. */
    private void linkIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
            Files.delete(temp);
        } catch (FileAlreadyExistsException e) {
            throw targetExists(target);
        } catch (UnsupportedOperationException e) {
            Files.move(temp, target);
        } catch (FileSystemException e) {
            if (!linkUnsupported(e)) {
                throw e;
            }
            Files.move(temp, target);
        }
    }

    @Override
    public void hardlink(Path source, Path target) {
        requireSource(source);
        if (exists(target)) {
            if (sameFile(source, target)) {
                return;
            }
            throw targetExists(target);
        }
        try {
            Files.createLink(target, source);
        } catch (FileAlreadyExistsException e) {
            throw targetExists(target);
        } catch (FileSystemException e) {
            if (isCrossDevice(e)) {
                throw new FileOperationException(Reason.CROSS_DEVICE, target, target
                        + ": cannot hard-link across file systems (use --fallback copy to copy instead)");
            }
            throw translate(e, target, "cannot hard-link " + source + " as");
        } catch (UnsupportedOperationException e) {
            throw new FileOperationException(Reason.OTHER, target, target + ": this file system has no hard links");
        } catch (IOException e) {
            throw translate(e, target, "cannot hard-link " + source + " as");
        }
    }

    @Override
    public void symlink(Path source, Path link, boolean relative) {
        requireSource(source);
        Path to = relative && link.getParent() != null
                ? link.toAbsolutePath().getParent().relativize(source.toAbsolutePath()) : source.toAbsolutePath();
        if (exists(link)) {
            try {
                if (Files.isSymbolicLink(link) && Files.readSymbolicLink(link).equals(to)) {
                    return;
                }
            } catch (IOException e) {
                throw translate(e, link, "cannot read link");
            }
            throw targetExists(link);
        }
        try {
            Files.createSymbolicLink(link, to);
        } catch (FileAlreadyExistsException e) {
            throw targetExists(link);
        } catch (IOException e) {
            throw translate(e, link, "cannot create link");
        } catch (UnsupportedOperationException e) {
            throw new FileOperationException(Reason.OTHER, link, link + ": this file system has no symbolic links");
        }
    }

    @Override
    public void writeNew(Path target, byte[] content, Path temp) {
        if (exists(target)) {
            throw targetExists(target);
        }
        try {
            Files.deleteIfExists(temp);
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer b = ByteBuffer.wrap(content);
                while (b.hasRemaining()) {
                    out.write(b);
                }
                out.force(true);
            }
            linkIntoPlace(temp, target);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a leftover temporary file is removed by recovery
            }
            throw translate(e, target, "cannot write");
        }
    }

    @Override
    public boolean deleteIfExists(Path path) {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileOperationException(Reason.OTHER, path, path + ": is a folder, not deleted");
        }
        try {
            return Files.deleteIfExists(path);
        } catch (IOException e) {
            throw translate(e, path, "cannot delete");
        }
    }

    @Override
    public boolean deleteEmptyDirectory(Path dir) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            Files.delete(dir);
            return true;
        } catch (DirectoryNotEmptyException | NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw translate(e, dir, "cannot remove folder");
        }
    }

    @Override
    public List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (NoSuchFileException | NotDirectoryException e) {
            return List.of();
        } catch (IOException e) {
            throw translate(e, dir, "cannot list");
        }
    }

    @Override
    public String checksum(Path file) {
        CRC32C crc = new CRC32C();
        ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER);
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            while (in.read(buffer) >= 0) {
                buffer.flip();
                crc.update(buffer);
                buffer.clear();
            }
        } catch (IOException e) {
            throw translate(e, file, "cannot read");
        }
        return String.format(Locale.ROOT, "%08x", crc.getValue());
    }

    @Override
    public void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            throw translate(e, dir, "cannot sync folder");
        }
    }

    private void requireSource(Path source) {
        if (!exists(source)) {
            throw new FileOperationException(Reason.SOURCE_MISSING, source, source + ": no such file");
        }
        if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileOperationException(Reason.OTHER, source, source + ": is a folder, not a file");
        }
    }

    private static FileOperationException targetExists(Path target) {
        return new FileOperationException(Reason.TARGET_EXISTS, target, target + ": already exists; not replaced");
    }

    private static boolean isCrossDevice(FileSystemException e) {
        String r = e.getReason();
        return r != null && r.toLowerCase(Locale.ROOT).contains("cross-device");
    }

    /** Hard links refused by the file system itself (FAT, exFAT, some network shares). */
    private static boolean linkUnsupported(FileSystemException e) {
        String r = e.getReason() == null ? "" : e.getReason().toLowerCase(Locale.ROOT);
        return r.contains("operation not supported") || r.contains("not supported") || r.contains("too many links");
    }

    /** One line: the path, what failed, and why in words a user knows. */
    static FileOperationException translate(IOException e, Path path, String action) {
        String raw = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : String.valueOf(e.getMessage());
        String r = raw.toLowerCase(Locale.ROOT);
        Reason reason;
        String why;
        if (r.contains("no space left")) {
            reason = Reason.NO_SPACE;
            why = "no space left on the device";
        } else if (r.contains("read-only file system")) {
            reason = Reason.READ_ONLY;
            why = "read-only file system";
        } else if (r.contains("file name too long") || r.contains("name too long")) {
            reason = Reason.NAME_TOO_LONG;
            why = "name too long for the file system";
        } else if (e instanceof AccessDeniedException || r.contains("permission denied")
                || r.contains("operation not permitted")) {
            reason = Reason.PERMISSION_DENIED;
            why = "permission denied";
        } else if (r.contains("cross-device")) {
            reason = Reason.CROSS_DEVICE;
            why = "another file system";
        } else if (e instanceof FileAlreadyExistsException) {
            reason = Reason.TARGET_EXISTS;
            why = "already exists";
        } else if (e instanceof NoSuchFileException) {
            reason = Reason.SOURCE_MISSING;
            why = "no such file or folder";
        } else {
            reason = Reason.OTHER;
            why = raw;
        }
        return new FileOperationException(reason, path, action + " " + path + ": " + why, e);
    }
}
