package com.cineorg.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Lets tests in sub-packages run the real program through the package-private {@link Main#run}. */
public final class MainAccess {
    private MainAccess() {}

    public record Result(int code, String out, String err) {}

    public static Result run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
        return new Result(code, out.toString(), err.toString());
    }
}
