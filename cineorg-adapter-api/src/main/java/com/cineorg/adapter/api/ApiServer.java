package com.cineorg.adapter.api;

import com.cineorg.adapter.api.library.IdentifyController;
import com.cineorg.adapter.api.library.JobController;
import com.cineorg.adapter.api.library.JobQueue;
import com.cineorg.adapter.api.library.MediaController;
import com.cineorg.adapter.api.library.OrganizeController;
import com.cineorg.adapter.api.library.PathGuard;
import com.cineorg.adapter.api.library.RequestBodies;
import com.cineorg.adapter.api.library.Responses;
import com.cineorg.adapter.api.library.ScanController;
import com.cineorg.adapter.api.problem.ApiProblemException;
import com.cineorg.adapter.api.problem.Problem;
import com.cineorg.adapter.api.problem.ProblemErrorHandler;
import com.cineorg.adapter.api.problem.ProblemHandlers;
import com.cineorg.adapter.api.problem.ProblemType;
import com.cineorg.domain.error.CineOrgException;
import com.cineorg.domain.error.ConflictException;
import com.cineorg.domain.error.InvalidInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the REST API on the inbound ports: routes under {@value ApiRoutes#BASE}, the API key check, problem details
 * for every error, path confinement and a single-worker job queue. {@link #app()} is the unstarted Javalin app (for
 * tests and embedding); {@link #start()} and {@link #stop()} run it.
 */
public final class ApiServer {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    private static final Pattern ENCODED_IN_URL = Pattern.compile("%(2e|2f|5c|00|25)", Pattern.CASE_INSENSITIVE);

    private final ApiSettings settings;
    private final Javalin app;
    private final JobQueue jobs;
    private final List<String> registered = new CopyOnWriteArrayList<>();
    private final AtomicBoolean stopped = new AtomicBoolean();

    /**
     * @throws InvalidInputException when the host is not a loopback address and no API key is set
     */
    public ApiServer(ApiDependencies dependencies, ApiSettings settings) {
        this(dependencies, settings, Clock.systemUTC());
    }

    public ApiServer(ApiDependencies dependencies, ApiSettings settings, Clock clock) {
        this.settings = settings;
        if (settings.apiKey() == null && !isLoopback(settings.host())) {
            throw new InvalidInputException("refusing to listen on " + settings.host()
                    + " without an API key; set one or bind a loopback address such as 127.0.0.1");
        }
        ObjectMapper mapper = ApiJson.mapper();
        List<ApiRoutes.Route> table = new ArrayList<>();
        ProblemHandlers problems = new ProblemHandlers(mapper, path -> allowedMethods(table, path));
        this.jobs = new JobQueue(e -> jobProblem(problems, e), clock);
        Responses responses = new Responses(mapper);
        RequestBodies bodies = new RequestBodies(mapper, settings.maxBodyBytes());
        PathGuard paths = new PathGuard(settings.allowedRoots());
        JobController jobViews = new JobController(jobs, responses, ApiRoutes.BASE);
        MediaController media = new MediaController(dependencies.listMedia(), dependencies.mediaDetails(), responses);
        ScanController scans = new ScanController(dependencies.scanMedia(), jobs, paths, bodies, jobViews);
        IdentifyController identify = new IdentifyController(dependencies.identifyMedia(), dependencies.reviewQueue(),
                dependencies.matchMedia(), jobs, bodies, responses, jobViews);
        OrganizeController organize = new OrganizeController(dependencies.organizeLibrary(), dependencies.listRuns(),
                dependencies.undoRun(), jobs, paths, bodies, responses, jobViews);
        byte[] openApi = resource("openapi.json");
        byte[] docsPage = resource("docs.html");
        table.addAll(ApiRoutes.table(media, scans, identify, organize, jobViews,
                ctx -> responses.json(ctx, 200, Map.of("status", jobs.stopping() ? "stopping" : "up")),
                ctx -> ctx.contentType(Responses.JSON).result(openApi),
                ctx -> docs(ctx, docsPage)));
        ApiKeyCheck keyCheck = new ApiKeyCheck(settings.apiKey(), !settings.corsOrigins().isEmpty());

        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.jetty.defaultHost = settings.host();
            config.jetty.defaultPort = settings.port();
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.http.prefer405over404 = true;
            config.http.generateEtags = false;
            config.jetty.threadPool = threadPool(Runtime.getRuntime().availableProcessors());
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.events(events -> events.handlerAdded(meta -> {
                if (meta.getHttpMethod().isHttpMethod()) {
                    registered.add(meta.getHttpMethod().name() + " " + meta.getPath());
                }
            }));
            if (!settings.corsOrigins().isEmpty()) {
                config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                    List<String> origins = settings.corsOrigins();
                    rule.allowHost(origins.get(0), origins.subList(1, origins.size()).toArray(String[]::new));
                    rule.exposeHeader("Location");
                }));
            }
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler(problems)));
            config.jetty.modifyServletContextHandler(
                    handler -> handler.setErrorHandler(new ProblemErrorHandler(problems)));
        });
        app.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Cache-Control", "no-store");
            keyCheck.check(ctx);
            rejectEncodedTraversal(ctx.req().getRequestURI());
        });
        for (ApiRoutes.Route route : table) {
            app.addHttpHandler(route.method(), route.path(), route.handler());
        }
        problems.register(app);
    }

    /**
     * Request threads: a few per core, not Jetty's default of 200. Requests are short (a lookup, a job submitted), so
     * more threads than cores times a few only add context switches: on 2 cores at 50 connections the default pool
     * doubled the p99 latency of {@code GET /media/{id}} (ApiBench: 26 ms against 15-16 ms with 12 threads).
     */
    static QueuedThreadPool threadPool(int cores) {
        QueuedThreadPool pool = new QueuedThreadPool(Math.min(200, Math.max(16, 8 * cores)), 4);
        pool.setName("cineorg-api");
        return pool;
    }

    /** The Javalin app, not started. */
    public Javalin app() {
        return app;
    }

    public ApiSettings settings() {
        return settings;
    }

    /**
     * Starts listening.
     *
     * @throws ConflictException when the address is already in use
     */
    public ApiServer start() {
        try {
            app.start();
        } catch (JavalinBindException e) {
            throw new ConflictException("cannot listen on " + settings.host() + ":" + settings.port()
                    + ": the port is in use or the address is not local", e);
        }
        LOG.info("CineOrg API listening on http://{}:{}{}", settings.host(), app.port(), ApiRoutes.BASE);
        return this;
    }

    /** The port the server listens on (the real one when the settings asked for port 0). */
    public int port() {
        return app.port();
    }

    /**
     * Stops accepting requests, cancels queued jobs, lets the running job finish the file it is on (it records where
     * it stopped in its report) and waits up to the shutdown grace for it. Safe to call more than once.
     */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        LOG.info("CineOrg API stopping");
        app.stop();
        jobs.shutdown(settings.shutdownGrace());
        LOG.info("CineOrg API stopped");
    }

    /** The job queue, for tests in this package. */
    JobQueue jobs() {
        return jobs;
    }

    /** The HTTP routes Javalin registered, as {@code "GET /api/v1/media"}. */
    public List<String> registeredRoutes() {
        return Collections.unmodifiableList(new ArrayList<>(registered));
    }

    private static Problem jobProblem(ProblemHandlers problems, Throwable e) {
        if (e instanceof CineOrgException c) {
            return problems.problemFor(c, null);
        }
        if (e instanceof ApiProblemException a) {
            return Problem.of(a.type(), a.getMessage(), null);
        }
        String id = UUID.randomUUID().toString();
        LOG.error("job failed unexpectedly, error id {}", id, e);
        return Problem.of(ProblemType.INTERNAL, "the job failed unexpectedly; it was logged with id " + id,
                "urn:cineorg:error:" + id);
    }

    /** Encoded dots, separators or NUL, and dot segments, have no business in our URLs. */
    private static void rejectEncodedTraversal(String rawPath) {
        if (rawPath == null) {
            return;
        }
        if (rawPath.indexOf('%') >= 0 && ENCODED_IN_URL.matcher(rawPath).find()) {
            throw new ApiProblemException(ProblemType.INVALID_INPUT,
                    "percent-encoded dots, slashes, backslashes, percent signs or NUL are not accepted in URLs");
        }
        if (!rawPath.contains("/.")) {
            return;
        }
        for (String segment : rawPath.split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                throw new ApiProblemException(ProblemType.INVALID_INPUT, "dot segments are not accepted in URLs");
            }
        }
    }

    private static void docs(Context ctx, byte[] page) {
        ctx.header("Content-Security-Policy", "default-src 'none'; script-src 'unsafe-inline'; "
                + "style-src 'unsafe-inline'; connect-src 'self'; base-uri 'none'; form-action 'none'");
        ctx.contentType("text/html; charset=utf-8").result(page);
    }

    /** The methods registered for a concrete request path, for the Allow header of a 405. */
    private static Set<String> allowedMethods(List<ApiRoutes.Route> table, String path) {
        Set<String> methods = new LinkedHashSet<>();
        for (ApiRoutes.Route r : table) {
            if (matches(r.path(), path)) {
                methods.add(r.method().name());
            }
        }
        return methods;
    }

    private static boolean matches(String template, String path) {
        String[] t = template.split("/");
        String[] p = path.replaceAll("/+$", "").split("/");
        if (t.length != p.length) {
            return false;
        }
        for (int i = 0; i < t.length; i++) {
            if (!(t[i].startsWith("{") && !p[i].isEmpty()) && !t[i].equals(p[i])) {
                return false;
            }
        }
        return true;
    }

    private static byte[] resource(String name) {
        try (InputStream in = ApiServer.class.getResourceAsStream("/cineorg-api/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource cineorg-api/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isLoopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            InetAddress[] all = InetAddress.getAllByName(h);
            for (InetAddress a : all) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return all.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
