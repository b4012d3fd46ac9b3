package com.cineorg.adapter.api.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Renders the errors Jetty answers by itself, before Javalin sees the request (an ambiguous or malformed URI, a bad
 * header), as problem details instead of Jetty's HTML page.
 */
public final class ProblemErrorHandler extends ErrorHandler {
    private final ProblemHandlers problems;

    public ProblemErrorHandler(ProblemHandlers problems) {
        this.problems = problems;
        setShowStacks(false);
        setShowServlet(false);
        setShowMessageInTitle(false);
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
            HttpServletResponse response, int code, String message) throws IOException {
        byte[] body = problems.toBytes(problem(code, message, null));
        baseRequest.setHandled(true);
        response.setContentType(Problem.CONTENT_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE));
        return ByteBuffer.wrap(problems.toBytes(problem(status, reason, null)));
    }

    private static Problem problem(int status, String message, String instance) {
        ProblemType type = ProblemType.ofStatus(status);
        String detail = message == null || message.isBlank() ? type.title() : message;
        return new Problem(type.uri(), type == ProblemType.HTTP_ERROR ? "HTTP " + status : type.title(), status,
                detail, instance);
    }
}
