package com.cineorg.application.organize;

import com.cineorg.domain.error.InvalidInputException;
import com.cineorg.domain.model.library.NameSanitizer;
import com.cineorg.domain.model.library.NamingData;
import com.cineorg.domain.model.library.OrganizePlan;
import com.cineorg.domain.model.library.OrganizePlanner;
import com.cineorg.domain.model.library.PlanInput;
import com.cineorg.domain.model.library.Quality;
import com.cineorg.domain.model.library.TargetProbe;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaInfo;
import com.cineorg.domain.model.media.MediaStatus;
import com.cineorg.domain.port.in.ApplyOptions;
import com.cineorg.domain.port.in.ApplyPlanUseCase;
import com.cineorg.domain.port.in.MediaPage;
import com.cineorg.domain.port.in.MediaQuery;
import com.cineorg.domain.port.in.OrganizeLibraryCommand;
import com.cineorg.domain.port.in.OrganizeLibraryUseCase;
import com.cineorg.domain.port.in.OrganizeReport;
import com.cineorg.domain.port.in.RecoverJournalUseCase;
import com.cineorg.domain.port.in.RecoveryReport;
import com.cineorg.domain.port.out.FileOperationsPort;
import com.cineorg.domain.port.out.MediaCatalogPort;
import com.cineorg.domain.port.out.MediaInfoStorePort;
import com.cineorg.domain.port.out.OrganizeJournalPort;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Organize: settle what an interrupted run left, plan every PARSED or IDENTIFIED video of the catalog (extras go
 * beside their movie, see {@link OrganizePlanner}), and apply the plan through the journal. With a media info store,
 * replace-if-better compares the real resolution and codec of both files where a probe recorded them.
 */
public final class OrganizeLibraryService implements OrganizeLibraryUseCase, ApplyPlanUseCase, RecoverJournalUseCase {
    /** Journal entries written per transaction. */
    public static final int DEFAULT_BATCH = PlanExecutor.DEFAULT_BATCH;

    private final MediaCatalogPort catalog;
    private final FileOperationsPort files;
    private final JournalRecovery recovery;
    private final PlanExecutor executor;
    private final Function<MediaFile, NamingData> naming;
    private final Clock clock;
    private final MediaInfoStorePort mediaInfo;

    public OrganizeLibraryService(
            MediaCatalogPort catalog, FileOperationsPort files, OrganizeJournalPort journal, Clock clock) {
        this(catalog, files, journal, clock, PlanExecutor.DEFAULT_BATCH, f -> NamingData.fromParsed(f.parsed()));
    }

    /**
     * @param naming the naming data of a catalog file; identification passes one that prefers provider data
     */
    public OrganizeLibraryService(MediaCatalogPort catalog, FileOperationsPort files, OrganizeJournalPort journal,
            Clock clock, int batchSize, Function<MediaFile, NamingData> naming) {
        this(catalog, files, journal, clock, batchSize, naming, null);
    }

    /**
     * @param naming the naming data of a catalog file; identification passes one that prefers provider data
     * @param mediaInfo recorded media info, for the real quality of files; null to judge by their names only
     */
    public OrganizeLibraryService(MediaCatalogPort catalog, FileOperationsPort files, OrganizeJournalPort journal,
            Clock clock, int batchSize, Function<MediaFile, NamingData> naming, MediaInfoStorePort mediaInfo) {
        this.mediaInfo = mediaInfo;
        this.catalog = Objects.requireNonNull(catalog);
        this.files = Objects.requireNonNull(files);
        this.clock = Objects.requireNonNull(clock);
        this.naming = Objects.requireNonNull(naming);
        this.recovery = new JournalRecovery(catalog, files, Objects.requireNonNull(journal), clock);
        this.executor = new PlanExecutor(catalog, files, journal, clock, batchSize, naming);
    }

    @Override
    public RecoveryReport recover() {
        return recovery.recover();
    }

    @Override
    public OrganizeReport organize(OrganizeLibraryCommand command) {
        Instant started = clock.instant();
        Path library = command.library();
        Optional<FileOperationsPort.FileStat> stat = files.stat(library);
        if (stat.isPresent() && !stat.get().directory()) {
            throw new InvalidInputException(library + ": the library is not a folder");
        }
        RecoveryReport recovered = command.dryRun() ? RecoveryReport.nothing() : recovery.recover();
        command.progress().phase("plan", -1);
        List<PlanInput> inputs = new ArrayList<>();
        for (MediaStatus status : List.of(MediaStatus.PARSED, MediaStatus.IDENTIFIED)) {
            int offset = 0;
            while (true) {
                MediaPage page = catalog.list(new MediaQuery(status, null, null, offset, MediaQuery.MAX_LIMIT));
                Map<Long, MediaInfo> infos = mediaInfo == null ? Map.of()
                        : mediaInfo.findAll(page.items().stream().map(MediaFile::requireId).toList());
                for (MediaFile f : page.items()) {
                    PlanInput base = PlanInput.of(f);
                    inputs.add(new PlanInput(base.mediaId(), base.source(), base.size(), base.mtime(), naming.apply(f),
                            base.sidecars(), base.extraKind(), Quality.of(f.parsed(), infos.get(f.requireId())),
                            base.priorStatus()));
                }
                offset += page.items().size();
                if (page.items().isEmpty() || offset >= page.total()) {
                    break;
                }
            }
        }
        OrganizePlanner planner = new OrganizePlanner(command.scheme(), new NameSanitizer(command.nameRule()),
                command.policy());
        OrganizePlan plan = planner.plan(library, command.mode(), inputs, probe());
        if (command.dryRun()) {
            return new OrganizeReport(plan, null, true, List.of(), List.of(), recovered,
                    Duration.between(started, clock.instant()));
        }
        return executor.execute(plan, command.applyOptions(), recovered, started);
    }

    @Override
    public OrganizeReport apply(OrganizePlan plan, ApplyOptions options) {
        Instant started = clock.instant();
        RecoveryReport recovered = recovery.recover();
        return executor.execute(plan, options == null ? ApplyOptions.defaults() : options, recovered, started);
    }

    /** The quality of a catalog file: its real resolution and codec where recorded, else what its name says. */
    private Quality quality(MediaFile f) {
        MediaInfo info = mediaInfo == null || f.id().isEmpty() ? null
                : mediaInfo.findAll(List.of(f.requireId())).get(f.requireId());
        return Quality.of(f.parsed(), info);
    }

    private TargetProbe probe() {
        return (target, source) -> {
            if (!files.exists(target)) {
                return Optional.empty();
            }
            boolean same = files.sameFile(target, source);
            Quality quality = same ? Quality.UNKNOWN
                    : catalog.findByPath(target).map(this::quality).orElse(Quality.UNKNOWN);
            return Optional.of(new TargetProbe.Existing(same, quality));
        };
    }
}
