package com.cineorg.fake;

import java.nio.file.Path;

/**
 * Runs the fake for manual use and benchmarks: {@code FakeProviderMain [port] [catalog-dir|builtin|synthetic:N]
 * [requests-per-second]}. Defaults: port 8089, the built-in catalog, no rate limit. Stops on Ctrl-C.
 */
public final class FakeProviderMain {

    private FakeProviderMain() {}

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8089;
        String source = args.length > 1 ? args[1] : "builtin";
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        FakeCatalog catalog = source.equals("builtin") ? FakeCatalog.builtIn()
                : source.startsWith("synthetic:")
                        ? FakeCatalog.synthetic(Integer.parseInt(source.substring("synthetic:".length())), 42)
                        : FakeCatalog.load(Path.of(source));
        FakeProviderServer server = new FakeProviderServer(catalog).rateLimit(rate).start(port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println("fake TMDB at " + server.tmdbBaseUrl() + " and TVDB at " + server.tvdbBaseUrl()
                + " (" + catalog.movies().size() + " movies, " + catalog.series().size() + " series, rate "
                + (rate == 0 ? "unlimited" : rate + "/s") + ")");
        Thread.currentThread().join();
    }
}
