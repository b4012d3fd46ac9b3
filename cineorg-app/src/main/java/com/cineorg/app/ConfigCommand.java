package com.cineorg.app;

import com.cineorg.domain.error.ConflictException;
import com.cineorg.domain.error.StorageFailureException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "config", description = "Show, locate or create the configuration file.",
        subcommands = {ConfigCommand.Init.class, ConfigCommand.Show.class, ConfigCommand.PathOf.class})
final class ConfigCommand implements Runnable {
    final Map<String, String> env;

    @Spec
    CommandSpec spec;

    ConfigCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "path", description = "Print where the configuration file is (or would be).")
    static final class PathOf implements Callable<Integer> {
        @picocli.CommandLine.ParentCommand
        ConfigCommand parent;

        @Override
        public Integer call() {
            parent.spec.commandLine().getOut().println(ConfigLoader.path(parent.env));
            return 0;
        }
    }

    @Command(name = "show", description = "Print the effective configuration (file + environment), secrets masked.")
    static final class Show implements Callable<Integer> {
        @picocli.CommandLine.ParentCommand
        ConfigCommand parent;

        @Override
        public Integer call() {
            PrintWriter out = parent.spec.commandLine().getOut();
            out.println("# " + ConfigLoader.path(parent.env));
            out.print(ConfigLoader.showMasked(ConfigLoader.load(parent.env)));
            out.flush();
            return 0;
        }
    }

    @Command(name = "init", description = "Write a commented configuration file (owner-only permissions).")
    static final class Init implements Callable<Integer> {
        @picocli.CommandLine.ParentCommand
        ConfigCommand parent;

        @Override
        public Integer call() {
            Path file = ConfigLoader.path(parent.env);
            writeOwnerOnly(file, ConfigLoader.TEMPLATE);
            parent.spec.commandLine().getOut().println("wrote " + file);
            return 0;
        }
    }

    /** Creates a new file readable by its owner only; never overwrites. */
    static void writeOwnerOnly(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, text, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (FileAlreadyExistsException e) {
            throw new ConflictException(file + " already exists; edit it, or remove it first");
        } catch (IOException e) {
            throw new StorageFailureException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
