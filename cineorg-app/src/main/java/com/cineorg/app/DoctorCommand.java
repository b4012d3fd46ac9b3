package com.cineorg.app;

import com.cineorg.adapter.cli.error.CliErrorHandler;
import com.cineorg.app.probe.ProbeMediaInfoAdapter;
import com.cineorg.domain.error.CineOrgException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "doctor", description = "Check the installation: Java, config, database, API keys, media tools, library space.")
final class DoctorCommand implements Callable<Integer> {
    private final Wiring wiring;
    private int problems;

    @Spec
    CommandSpec spec;

    DoctorCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int feature = Runtime.version().feature();
        line(out, feature >= 17, "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        Path configFile = ConfigLoader.path(wiring.env());
        AppConfig config = null;
        try {
            config = wiring.config();
            line(out, true, "config " + (Files.exists(configFile) ? configFile + " is valid" : configFile + " absent, defaults in use"));
        } catch (CineOrgException e) {
            line(out, false, "config: " + e.getMessage());
        }
        try {
            var db = wiring.database();
            long files = db.mediaCatalog().list(com.cineorg.domain.port.in.MediaQuery.all()).total();
            line(out, true, "database " + db.description() + " reachable and migrated (" + files + " files)");
        } catch (RuntimeException e) {
            line(out, false, "database: " + CliErrorHandler.describe(e));
        }
        if (config != null) {
            var p = config.providers();
            note(out, p.tmdbApiKey() != null, "TMDB API key " + (p.tmdbApiKey() != null ? "set" : "missing: set CINEORG_TMDB_API_KEY (identify needs it; --offline works without)"));
            note(out, p.tvdbApiKey() != null, "TVDB API key " + (p.tvdbApiKey() != null ? "set" : "missing (only needed for --provider tvdb): CINEORG_TVDB_API_KEY"));
        }
        ProbeMediaInfoAdapter probe = ProbeMediaInfoAdapter.fromPath(wiring.env().get("PATH"));
        note(out, probe.available(), probe.describe().map(d -> "media info through " + d)
                .orElse("neither ffprobe nor mediainfo found: durations and real resolutions are not recorded (apt-get install ffmpeg)"));
        String target = config == null ? null : config.library().target();
        if (target == null) {
            note(out, false, "no library configured ([library] target or --target)");
        } else {
            Path library = Path.of(target);
            Path existing = library;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            try {
                FileStore store = Files.getFileStore(existing);
                long free = store.getUsableSpace();
                line(out, Files.isWritable(existing), String.format(Locale.ROOT, "library %s: %.1f GiB free%s", library,
                        free / (1024.0 * 1024 * 1024), Files.isWritable(existing) ? "" : ", NOT writable"));
            } catch (IOException | NullPointerException e) {
                line(out, false, "library " + library + ": cannot read its file system");
            }
        }
        out.println(problems == 0 ? "All checks passed." : problems + " problem(s) found.");
        out.flush();
        return problems == 0 ? 0 : 2;
    }

    private void line(PrintWriter out, boolean ok, String text) {
        if (!ok) {
            problems++;
        }
        out.println((ok ? "ok    " : "FAIL  ") + text);
    }

    private static void note(PrintWriter out, boolean ok, String text) {
        out.println((ok ? "ok    " : "warn  ") + text);
    }
}
