package com.cineorg.adapter.api.library;

import com.cineorg.adapter.api.problem.ApiProblemException;
import com.cineorg.adapter.api.problem.ProblemType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads JSON request bodies strictly: size-limited, JSON content type, no unknown fields, no type coercion. */
public final class RequestBodies {
    private final ObjectMapper mapper;
    private final long maxBytes;

    public RequestBodies(ObjectMapper mapper, long maxBytes) {
        this.mapper = mapper;
        this.maxBytes = maxBytes;
    }

    public <T> T read(Context ctx, Class<T> type) {
        String contentType = ctx.contentType();
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json") && !mediaType.endsWith("+json")) {
            throw new ApiProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "send the request body as application/json");
        }
        byte[] body = readBounded(ctx);
        if (body.length == 0) {
            throw new ApiProblemException(ProblemType.MALFORMED_BODY, "the request body is empty");
        }
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw new ApiProblemException(ProblemType.MALFORMED_BODY, "the request body must be a JSON object");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new ApiProblemException(ProblemType.MALFORMED_BODY, describe(e));
        } catch (IOException e) {
            throw new ApiProblemException(ProblemType.MALFORMED_BODY, "the request body could not be read");
        }
    }

    /** Checks Content-Length first, then counts the bytes, so chunked bodies are capped too. */
    private byte[] readBounded(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 256), maxBytes));
            byte[] buffer = new byte[8192];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge();
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new ApiProblemException(ProblemType.MALFORMED_BODY, "the request body could not be read");
        }
    }

    private ApiProblemException tooLarge() {
        return new ApiProblemException(ProblemType.BODY_TOO_LARGE,
                "the request body is larger than " + maxBytes + " bytes");
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'" + at(u);
        }
        if (e instanceof InvalidFormatException f) {
            return "wrong value" + at(f) + ": expected " + f.getTargetType().getSimpleName();
        }
        if (e instanceof MismatchedInputException m) {
            String target = m.getTargetType() == null ? "another type" : simpleType(m.getTargetType());
            return "wrong type" + at(m) + ": expected " + target;
        }
        if (e.getLocation() != null) {
            return "malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
        }
        return "malformed JSON";
    }

    private static String simpleType(Class<?> type) {
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type.isRecord()) {
            return "an object";
        }
        return type.getSimpleName();
    }

    private static String at(JsonMappingException e) {
        if (e.getPath().isEmpty()) {
            return "";
        }
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        return " at '" + path + "'";
    }
}
