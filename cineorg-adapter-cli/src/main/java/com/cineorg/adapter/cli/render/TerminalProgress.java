package com.cineorg.adapter.cli.render;

import com.cineorg.domain.port.in.ProgressListener;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on stderr for people at a terminal; never used when output is piped. */
public final class TerminalProgress implements ProgressListener, AutoCloseable {
    private final String task;
    private final PrintStream stream;
    private ProgressBar bar;

    public TerminalProgress(String task, PrintStream stream) {
        this.task = task;
        this.stream = stream;
    }

    /** A bar when stderr is a terminal and the user did not ask for quiet, else nothing. */
    public static ProgressListener forTerminal(String task, boolean quiet) {
        if (quiet || System.console() == null) {
            return ProgressListener.NONE;
        }
        return new TerminalProgress(task, System.err);
    }

    /** Runs {@code work} with the listener, then closes it if it is a bar: the bar never outlives the command. */
    public static <T> T closing(ProgressListener listener, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } finally {
            if (listener instanceof AutoCloseable bar) {
                try {
                    bar.close();
                } catch (Exception ignored) {
                    // a progress bar that cannot close is not worth failing the command for
                }
            }
        }
    }

    @Override
    public void phase(String name, long total) {
        close();
        bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(System.getenv("NO_COLOR") == null ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK
                        : ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(stream))
                .setUpdateIntervalMillis(200)
                .continuousUpdate()
                .setUnit(" files", 1)
                .build();
    }

    @Override
    public void advance(long done) {
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
