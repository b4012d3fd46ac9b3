package com.cineorg.app;

import com.cineorg.adapter.cli.option.GlobalOptions;
import com.cineorg.adapter.persistence.Database;
import com.cineorg.adapter.persistence.PersistenceFactory;
import com.cineorg.app.fs.NioFileSystemAdapter;
import com.cineorg.application.query.ListMediaService;
import com.cineorg.application.query.ShowMediaService;
import com.cineorg.application.scan.ScanMediaService;
import com.cineorg.domain.parse.ReleaseNameParser;
import com.cineorg.domain.port.in.ListMediaUseCase;
import com.cineorg.domain.port.in.ScanMediaUseCase;
import com.cineorg.domain.port.in.ShowMediaUseCase;
import com.cineorg.domain.port.out.FileNameParser;
import com.cineorg.domain.port.out.MediaCatalogPort;
import java.time.Clock;
import java.util.Map;

/**
 * The composition root: builds adapters and services by hand. The database is opened on first use only, so
 * commands that need none (help, version, parse) start fast.
 */
final class Wiring implements AutoCloseable {
    private final GlobalOptions global;
    private final Map<String, String> env;
    private final Clock clock = Clock.systemUTC();
    private final FileNameParser parser = new ReleaseNameParser();
    private Database database;
    private AppConfig config;

    Wiring(GlobalOptions global, Map<String, String> env) {
        this.global = global;
        this.env = env;
    }

    /** The configuration file with the environment over it; read once, on first need. */
    synchronized AppConfig config() {
        if (config == null) {
            config = ConfigLoader.load(env);
        }
        return config;
    }

    synchronized Database database() {
        if (database == null) {
            String spec = global.db();
            if (spec == null || spec.isBlank()) {
                spec = config().database();
            }
            database = PersistenceFactory.open(DatabaseLocation.resolve(spec, env));
        }
        return database;
    }

    MediaCatalogPort catalog() {
        return database().mediaCatalog();
    }

    Map<String, String> env() {
        return env;
    }

    FileNameParser parser() {
        return parser;
    }

    ScanMediaUseCase scan() {
        return new ScanMediaService(new NioFileSystemAdapter(), catalog(), parser, clock);
    }

    ListMediaUseCase list() {
        return new ListMediaService(catalog());
    }

    ShowMediaUseCase show() {
        return new ShowMediaService(catalog());
    }

    @Override
    public synchronized void close() {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
