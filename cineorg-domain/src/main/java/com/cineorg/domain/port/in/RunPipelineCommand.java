package com.cineorg.domain.port.in;

import com.cineorg.domain.error.InvalidInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * One unattended pass: scan the roots, identify what is new, organize what was identified into the library.
 *
 * @param organize the organize settings, or null to stop after identification (no library configured)
 * @param waitForLock wait for another run to finish instead of giving up at once
 * @param events receives each step's report as it completes (for `--json` event lines)
 */
public record RunPipelineCommand(
        List<Path> roots,
        boolean followLinks,
        IdentifyCommand identify,
        OrganizeLibraryCommand organize,
        boolean waitForLock,
        Consumer<Object> events) {
    public RunPipelineCommand {
        if (roots == null || roots.isEmpty()) {
            throw new InvalidInputException(
                    "run needs folders to scan: give them, or set [sources] roots in the config file");
        }
        roots = List.copyOf(roots);
        identify = identify == null ? IdentifyCommand.all() : identify;
        events = events == null ? e -> { } : events;
    }
}
