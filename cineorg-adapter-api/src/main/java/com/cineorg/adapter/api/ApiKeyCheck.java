package com.cineorg.adapter.api;

import com.cineorg.adapter.api.problem.ApiProblemException;
import com.cineorg.adapter.api.problem.ProblemType;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lets a request through when it carries the API key ({@code X-Api-Key} or {@code Authorization: Bearer}), compared
 * with {@link MessageDigest#isEqual}, whose time depends only on the length of the expected key (never on the
 * content or length of what the client sent). {@code /health} and the static
 * {@code /docs} page are open. Without a configured key (loopback only) every request passes, but only with a
 * loopback {@code Host} header, which stops DNS-rebinding pages from reaching the API through a browser.
 */
final class ApiKeyCheck {
    private static final Set<String> OPEN_PATHS = Set.of(ApiRoutes.HEALTH, ApiRoutes.DOCS);
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final Map<String, String> CHALLENGE = Map.of("WWW-Authenticate", "Bearer realm=\"cineorg\"");

    private final byte[] expected;
    private final boolean corsEnabled;

    ApiKeyCheck(String apiKey, boolean corsEnabled) {
        this.expected = apiKey == null ? null : apiKey.getBytes(StandardCharsets.UTF_8);
        this.corsEnabled = corsEnabled;
    }

    void check(Context ctx) {
        if (corsEnabled && ctx.method() == HandlerType.OPTIONS) {
            return; // CORS preflight carries no credentials
        }
        if (expected == null) {
            checkLoopbackHost(ctx);
            return;
        }
        if (OPEN_PATHS.contains(ctx.path())) {
            return;
        }
        String given = presented(ctx);
        if (given == null) {
            throw new ApiProblemException(ProblemType.UNAUTHORIZED,
                    "send the API key in the X-Api-Key header or as Authorization: Bearer", CHALLENGE);
        }
        if (!MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiProblemException(ProblemType.UNAUTHORIZED, "the API key is wrong", CHALLENGE);
        }
    }

    private static String presented(Context ctx) {
        String header = ctx.header("X-Api-Key");
        if (header != null && !header.isBlank()) {
            return header.trim();
        }
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = authorization.substring(7).trim();
            return token.isEmpty() ? null : token;
        }
        return null;
    }

    private static void checkLoopbackHost(Context ctx) {
        String host = ctx.host();
        if (host == null) {
            return;
        }
        String name = host.toLowerCase(Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon > 0 && name.indexOf(']') < colon) {
            name = name.substring(0, colon);
        }
        if (!LOOPBACK_NAMES.contains(name)) {
            throw new ApiProblemException(ProblemType.UNAUTHORIZED,
                    "this server runs without an API key and answers only requests addressed to localhost");
        }
    }
}
