package com.cineorg.application.run;

import com.cineorg.domain.port.in.IdentifyMediaUseCase;
import com.cineorg.domain.port.in.IdentifyReport;
import com.cineorg.domain.port.in.OrganizeLibraryUseCase;
import com.cineorg.domain.port.in.OrganizeReport;
import com.cineorg.domain.port.in.ProbeMediaCommand;
import com.cineorg.domain.port.in.ProbeMediaUseCase;
import com.cineorg.domain.port.in.ProbeReport;
import com.cineorg.domain.port.in.RunPipelineCommand;
import com.cineorg.domain.port.in.RunPipelineUseCase;
import com.cineorg.domain.port.in.RunReport;
import com.cineorg.domain.port.in.ScanCommand;
import com.cineorg.domain.port.in.ScanMediaUseCase;
import com.cineorg.domain.port.in.ScanReport;
import com.cineorg.domain.port.out.RunLockPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * scan → (probe) → identify → organize under the run lock. The optional probe step records the media info of the
 * new files, so that identification can use their running time and organize their real resolution; without a
 * probing tool it reports that once and the run goes on. A provider outage stops the run before organize, so nothing is
 * named from a guess; the files wait for the next run.
 */
public final class RunPipelineService implements RunPipelineUseCase {
    private final ScanMediaUseCase scan;
    private final IdentifyMediaUseCase identify;
    private final OrganizeLibraryUseCase organize;
    private final RunLockPort lock;
    private final Clock clock;
    private final ProbeMediaUseCase probe;

    public RunPipelineService(ScanMediaUseCase scan, IdentifyMediaUseCase identify, OrganizeLibraryUseCase organize,
            RunLockPort lock, Clock clock) {
        this(scan, identify, organize, lock, clock, null);
    }

    /** @param probe the media info step between scan and identify, or null for none */
    public RunPipelineService(ScanMediaUseCase scan, IdentifyMediaUseCase identify, OrganizeLibraryUseCase organize,
            RunLockPort lock, Clock clock, ProbeMediaUseCase probe) {
        this.probe = probe;
        this.scan = scan;
        this.identify = identify;
        this.organize = organize;
        this.lock = lock;
        this.clock = clock;
    }

    @Override
    public RunReport run(RunPipelineCommand command) {
        Instant started = clock.instant();
        Optional<RunLockPort.Held> held = command.waitForLock() ? Optional.of(lock.acquire()) : lock.tryAcquire();
        if (held.isEmpty()) {
            return new RunReport(true, null, null, null, Duration.between(started, clock.instant()));
        }
        try (RunLockPort.Held ignored = held.get()) {
            ScanReport scanned = scan.scan(new ScanCommand(command.roots(), command.followLinks(),
                    command.identify().progress()));
            command.events().accept(scanned);
            if (probe != null) {
                ProbeReport probed = probe.probe(ProbeMediaCommand.newFiles(command.identify().progress()));
                command.events().accept(probed);
            }
            IdentifyReport identified = identify.identify(command.identify());
            command.events().accept(identified);
            OrganizeReport organized = null;
            if (command.organize() != null && identified.providerUnavailable() == null) {
                organized = organize.organize(command.organize());
                command.events().accept(organized);
            }
            return new RunReport(false, scanned, identified, organized, Duration.between(started, clock.instant()));
        }
    }
}
