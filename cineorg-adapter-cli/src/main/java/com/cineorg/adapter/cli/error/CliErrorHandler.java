package com.cineorg.adapter.cli.error;

import com.cineorg.domain.error.CineOrgException;
import java.io.PrintWriter;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParseResult;

/**
 * The one place where failures become a line on stderr and an exit code. A stack trace is printed only with
 * {@code --stacktrace}.
 */
public final class CliErrorHandler implements IExecutionExceptionHandler, IExitCodeExceptionMapper {
    private final BooleanSupplier stackTraces;

    public CliErrorHandler(BooleanSupplier stackTraces) {
        this.stackTraces = stackTraces;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        return report(e, commandLine.getErr());
    }

    /**
     * Prints the one-line message of {@code e} (and its stack trace only when the user asked with
     * {@code --stacktrace}); returns the exit code.
     */
    public int report(Throwable e, PrintWriter err) {
        err.println("cineorg: " + describe(e));
        if (stackTraces.getAsBoolean()) {
            e.printStackTrace(err);
        }
        err.flush();
        return getExitCode(e);
    }

    @Override
    public int getExitCode(Throwable e) {
        if (e instanceof CineOrgException c) {
            return ExitCodes.of(c.kind());
        }
        if (e instanceof CommandLine.ParameterException) {
            return ExitCodes.USAGE;
        }
        return ExitCodes.INTERNAL;
    }

    public static String describe(Throwable e) {
        if (e instanceof CineOrgException) {
            return firstLine(e.getMessage());
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory; give the JVM more with JAVA_OPTS=-Xmx2g";
        }
        String message = e.getMessage() == null ? "" : ": " + firstLine(e.getMessage());
        return "internal error: " + e.getClass().getSimpleName() + message + " (run with --stacktrace for details)";
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
