package com.cineorg.app.fs;

import com.cineorg.application.organize.OrganizeLibraryService;
import com.cineorg.domain.model.library.NamingData;
import com.cineorg.domain.model.library.OrganizeMode;
import com.cineorg.domain.model.media.FileEntry;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.media.ParsedRelease;
import com.cineorg.domain.model.media.Sidecar;
import com.cineorg.domain.model.media.SidecarKind;
import com.cineorg.domain.port.in.OrganizeLibraryCommand;
import com.cineorg.domain.port.in.OrganizeReport;
import com.cineorg.domain.port.out.FileOperationsPort;
import com.cineorg.domain.testing.InMemoryMediaCatalog;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The process the crash test kills: it catalogs the videos left in the downloads folder ({@code mNNNN.mkv}, with
 * an {@code mNNNN.en.srt} for some) and organizes them into the library with a journal file. Before each file
 * operation it prints {@code OP n}, so the parent can kill it at a chosen point. Args: downloads library journal mode.
 */
public final class OrganizeCrashChild {
    private static final Set<String> COUNTED = Set.of("move", "copy", "hardlink", "symlink", "createDirectories");

    private OrganizeCrashChild() {}

    public static void main(String[] args) throws IOException {
        Path downloads = Path.of(args[0]);
        Path library = Path.of(args[1]);
        Path journalFile = Path.of(args[2]);
        OrganizeMode mode = OrganizeMode.fromWord(args[3]);
        PrintStream out = System.out;
        FileOperationsPort real = new NioFileOperationsAdapter();
        long[] count = {0};
        FileOperationsPort counting = (FileOperationsPort) Proxy.newProxyInstance(
                FileOperationsPort.class.getClassLoader(), new Class<?>[] {FileOperationsPort.class}, (p, m, a) -> {
                    if (COUNTED.contains(m.getName())) {
                        out.println("OP " + ++count[0]);
                        out.flush();
                    }
                    try {
                        return m.invoke(real, a);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        InMemoryMediaCatalog catalog = catalog(downloads);
        try (FileOrganizeJournal journal = new FileOrganizeJournal(journalFile)) {
            OrganizeLibraryService service = new OrganizeLibraryService(catalog, counting, journal, Clock.systemUTC(),
                    16, f -> NamingData.fromParsed(f.parsed()));
            OrganizeReport report = service.organize(new OrganizeLibraryCommand(library, mode, null, null, null, false,
                    false, false, false, false, null));
            out.println("DONE " + report.outcomes().size() + " failures " + report.failures());
        }
    }

    static InMemoryMediaCatalog catalog(Path downloads) throws IOException {
        InMemoryMediaCatalog catalog = new InMemoryMediaCatalog();
        List<MediaFile> files = new ArrayList<>();
        List<Path> videos;
        try (Stream<Path> s = Files.list(downloads)) {
            videos = s.filter(p -> p.getFileName().toString().matches("m\\d{4}\\.mkv")).sorted().toList();
        }
        for (Path v : videos) {
            String name = v.getFileName().toString();
            int n = Integer.parseInt(name.substring(1, 5));
            MediaFile f = MediaFile.discovered(new FileEntry(v, Files.size(v), Files.getLastModifiedTime(v).toInstant(),
                    null), null, Instant.now());
            f.parsedAs(ParsedRelease.builder().type(MediaType.MOVIE).title("Movie " + n).year(1990 + n % 30).build());
            Path sub = v.resolveSibling(name.replace(".mkv", ".en.srt"));
            if (Files.exists(sub)) {
                f.attach(List.of(new Sidecar(sub, SidecarKind.SUBTITLE, "en", List.of())));
            }
            files.add(f);
        }
        catalog.saveAll(files);
        return catalog;
    }
}
