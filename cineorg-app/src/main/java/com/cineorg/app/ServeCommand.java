package com.cineorg.app;

import com.cineorg.adapter.api.ApiServer;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cineorg serve [--host ADDRESS] [--port PORT]}: runs the REST API until Ctrl-C or SIGTERM, then stops
 * gracefully (no new requests, queued jobs cancelled, the running job stops after its current file).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the REST API (http://127.0.0.1:8642/api/v1 by default) until Ctrl-C or SIGTERM.",
                "Every endpoint but /api/v1/health and /api/v1/docs needs the API key from the config file "
                        + "(X-Api-Key header or Authorization: Bearer)."})
public final class ServeCommand implements Callable<Integer> {
    /** Builds the server from the configuration, with the command-line overrides (null when not given). */
    @FunctionalInterface
    public interface ServerFactory {
        ApiServer create(String host, Integer port);
    }

    /** Tells the command when the process must stop; by default a JVM shutdown hook (SIGTERM, SIGINT). */
    @FunctionalInterface
    public interface ShutdownSignal {
        void onShutdown(Runnable action);
    }

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Address to bind (default: from the config, else 127.0.0.1). "
                    + "A non-loopback address needs an API key.")
    String host;

    @Option(names = "--port", paramLabel = "PORT",
            description = "TCP port (default: from the config, else 8642; 0 picks a free port).")
    Integer port;

    @Spec
    CommandSpec spec;

    private final ServerFactory factory;
    private final ShutdownSignal shutdownSignal;

    public ServeCommand(ServerFactory factory) {
        this(factory, action -> Runtime.getRuntime().addShutdownHook(new Thread(action, "cineorg-shutdown")));
    }

    public ServeCommand(ServerFactory factory, ShutdownSignal shutdownSignal) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.shutdownSignal = Objects.requireNonNull(shutdownSignal, "shutdownSignal");
    }

    @Override
    public Integer call() {
        if (port != null && (port < 0 || port > 65_535)) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        ApiServer server = factory.create(host, port);
        CountDownLatch stopped = new CountDownLatch(1);
        // Registered before start so a signal that arrives while starting still stops the server cleanly.
        shutdownSignal.onShutdown(() -> {
            try {
                server.stop();
            } finally {
                stopped.countDown();
            }
        });
        server.start();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("CineOrg API listening on http://%s:%d/api/v1 (docs: /api/v1/docs). Stop with Ctrl-C.%n",
                server.settings().host(), server.port());
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.stop();
        }
        return 0;
    }
}
