package com.cineorg.adapter.cli;

import com.cineorg.adapter.cli.error.ExitCodes;
import com.cineorg.adapter.cli.option.GlobalOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The root `cineorg` command; subcommands are added by the application's composition root. */
@Command(
        name = "cineorg",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns a messy downloads folder into a clean movie and TV library (Plex, Jellyfin, Kodi).",
        footer = {"", ExitCodes.TABLE},
        subcommandsRepeatable = false)
public final class CineOrgCommand implements Runnable {
    @Mixin
    private GlobalOptions global = new GlobalOptions();

    @Spec
    private CommandSpec spec;

    public GlobalOptions global() {
        return global;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: try 'cineorg --help'");
    }
}
