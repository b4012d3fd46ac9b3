package com.cineorg.domain.port.in;

import java.time.Duration;
import java.util.List;

/**
 * What a probe pass did.
 *
 * @param tool the tool used ({@code ffprobe (/usr/bin/ffprobe)}), or null when none is installed: then nothing was
 *     probed and {@link #notice()} says so, once
 * @param examined files considered
 * @param probed files whose facts were read and stored
 * @param unreadable files the tool could not read (stored as empty, not retried until they change)
 * @param known files skipped because their media info was already known
 * @param failures files that could not be probed at all (gone, storage error)
 */
public record ProbeReport(String tool, long examined, long probed, long unreadable, long known,
        List<ItemFailure> failures, Duration elapsed) {

    public static final String NO_TOOL_NOTICE = "media info not recorded: neither ffprobe nor mediainfo is installed "
            + "(apt-get install ffmpeg); everything else works";

    public ProbeReport {
        failures = List.copyOf(failures);
    }

    public static ProbeReport noTool(long examined, Duration elapsed) {
        return new ProbeReport(null, examined, 0, 0, 0, List.of(), elapsed);
    }

    public boolean toolAvailable() {
        return tool != null;
    }

    /** The single line to show when no tool is installed, else null. */
    public String notice() {
        return tool == null ? NO_TOOL_NOTICE : null;
    }

    public boolean hasFailures() {
        return !failures.isEmpty();
    }
}
