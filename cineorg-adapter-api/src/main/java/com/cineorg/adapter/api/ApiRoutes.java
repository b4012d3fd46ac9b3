package com.cineorg.adapter.api;

import com.cineorg.adapter.api.library.IdentifyController;
import com.cineorg.adapter.api.library.JobController;
import com.cineorg.adapter.api.library.MediaController;
import com.cineorg.adapter.api.library.OrganizeController;
import com.cineorg.adapter.api.library.ScanController;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;

/**
 * The route table: every endpoint of the API in one list. {@code openapi.json} documents exactly these (a test
 * compares the two). A new use case adds its controller and its rows here.
 */
final class ApiRoutes {
    static final String BASE = "/api/v1";
    static final String HEALTH = BASE + "/health";
    static final String DOCS = BASE + "/docs";

    record Route(HandlerType method, String path, Handler handler) {}

    private ApiRoutes() {}

    static List<Route> table(MediaController media, ScanController scans, IdentifyController identify,
            OrganizeController organize, JobController jobs, Handler health, Handler openApi, Handler docs) {
        return List.of(
                new Route(HandlerType.GET, HEALTH, health),
                new Route(HandlerType.GET, BASE + "/openapi.json", openApi),
                new Route(HandlerType.GET, DOCS, docs),
                new Route(HandlerType.GET, BASE + "/media", media::list),
                new Route(HandlerType.GET, BASE + "/media/{id}", media::show),
                new Route(HandlerType.POST, BASE + "/media/{id}/match", identify::match),
                new Route(HandlerType.POST, BASE + "/scans", scans::submit),
                new Route(HandlerType.POST, BASE + "/identifications", identify::submit),
                new Route(HandlerType.GET, BASE + "/reviews", identify::reviews),
                new Route(HandlerType.POST, BASE + "/organize", organize::submit),
                new Route(HandlerType.GET, BASE + "/runs", organize::runs),
                new Route(HandlerType.POST, BASE + "/runs/{id}/undo", organize::undo),
                new Route(HandlerType.GET, BASE + "/jobs", jobs::list),
                new Route(HandlerType.GET, BASE + "/jobs/{id}", jobs::show));
    }
}
