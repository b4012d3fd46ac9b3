package com.cineorg.application.organize;

import com.cineorg.application.query.CatalogPages;
import com.cineorg.domain.error.InvalidInputException;
import com.cineorg.domain.model.identify.Identification;
import com.cineorg.domain.model.library.CollisionPolicy;
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
import com.cineorg.domain.port.in.OrganizeLibraryCommand;
import com.cineorg.domain.port.in.OrganizeLibraryUseCase;
import com.cineorg.domain.port.in.OrganizeReport;
import com.cineorg.domain.port.in.RecoverJournalUseCase;
import com.cineorg.domain.port.in.RecoveryReport;
import com.cineorg.domain.port.out.FileOperationsPort;
import com.cineorg.domain.port.out.IdentificationStorePort;
import com.cineorg.domain.port.out.MediaCatalogPort;
import com.cineorg.domain.port.out.MediaInfoStorePort;
import com.cineorg.domain.port.out.OrganizeJournalPort;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Organize: settle what an interrupted run left, plan every PARSED or IDENTIFIED video of the catalog (extras go
 * beside their movie, see {@link OrganizePlanner}), and apply the plan through the journal. With a media info store,
 * replace-if-better compares the real resolution and codec of both files where a probe recorded them.
 */
public final class OrganizeLibraryService implements OrganizeLibraryUseCase, ApplyPlanUseCase, RecoverJournalUseCase {
    private final MediaCatalogPort catalog;
    private final FileOperationsPort files;
    private final JournalRecovery recovery;
    private final PlanExecutor executor;
    private final Function<MediaFile, NamingData> naming;
    private final Clock clock;
    private final IdentificationStorePort identifications;
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
        this(catalog, files, journal, clock, batchSize, naming, null, null);
    }

    /**
     * @param naming the naming data of a catalog file
     * @param mediaInfo recorded media info, for the real quality of files; null to judge by their names only
     */
    public OrganizeLibraryService(MediaCatalogPort catalog, FileOperationsPort files, OrganizeJournalPort journal,
            Clock clock, int batchSize, Function<MediaFile, NamingData> naming, MediaInfoStorePort mediaInfo) {
        this(catalog, files, journal, clock, batchSize, naming, null, mediaInfo);
    }

    private OrganizeLibraryService(MediaCatalogPort catalog, FileOperationsPort files, OrganizeJournalPort journal,
            Clock clock, int batchSize, Function<MediaFile, NamingData> naming, IdentificationStorePort identifications,
            MediaInfoStorePort mediaInfo) {
        this.identifications = identifications;
        this.mediaInfo = mediaInfo;
        this.catalog = Objects.requireNonNull(catalog);
        this.files = Objects.requireNonNull(files);
        this.clock = Objects.requireNonNull(clock);
        this.naming = Objects.requireNonNull(naming);
        this.recovery = new JournalRecovery(catalog, files, Objects.requireNonNull(journal), clock);
        this.executor = new PlanExecutor(catalog, files, journal, clock, batchSize, naming);
    }

    /**
     * Organize with identification results: an IDENTIFIED file is named after its provider title, year, episode
     * numbers and titles, with its provider ids (for {@code {tmdb_id}} and the .nfo); others after their parse.
     */
    public static OrganizeLibraryService withIdentifications(MediaCatalogPort catalog, FileOperationsPort files,
            OrganizeJournalPort journal, IdentificationStorePort identifications, Clock clock) {
        return withIdentifications(catalog, files, journal, identifications, null, clock);
    }

    /**
     * As {@link #withIdentifications(MediaCatalogPort, FileOperationsPort, OrganizeJournalPort,
     * IdentificationStorePort, Clock)}, and replace-if-better judges by the real resolution and codec where
     * {@code mediaInfo} (may be null) has them recorded.
     */
    public static OrganizeLibraryService withIdentifications(MediaCatalogPort catalog, FileOperationsPort files,
            OrganizeJournalPort journal, IdentificationStorePort identifications, MediaInfoStorePort mediaInfo,
            Clock clock) {
        Objects.requireNonNull(identifications);
        return new OrganizeLibraryService(catalog, files, journal, clock, PlanExecutor.DEFAULT_BATCH,
                f -> NamingData.from(f.parsed(), f.id().flatMap(identifications::find).orElse(null)),
                identifications, mediaInfo);
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
        Map<Long, MediaFile> loaded = new HashMap<>();
        for (MediaStatus status : List.of(MediaStatus.PARSED, MediaStatus.IDENTIFIED)) {
            CatalogPages.forEachPage(catalog, status, page -> {
                List<Long> ids = page.stream().flatMap(f -> f.id().stream()).toList();
                Map<Long, Identification> identified = identifications == null || status != MediaStatus.IDENTIFIED
                        ? Map.of() : identifications.findAll(ids);
                // real qualities matter only to replace-if-better; other policies never compare them
                Map<Long, MediaInfo> infos = mediaInfo == null || command.policy() != CollisionPolicy.REPLACE_IF_BETTER
                        ? Map.of() : mediaInfo.findAll(ids);
                for (MediaFile f : page) {
                    f.id().ifPresent(id -> loaded.put(id, f));
                    PlanInput base = PlanInput.of(f);
                    NamingData data = identifications == null ? naming.apply(f)
                            : NamingData.from(f.parsed(), f.id().map(identified::get).orElse(null));
                    inputs.add(new PlanInput(base.mediaId(), base.source(), base.size(), base.mtime(), data,
                            base.sidecars(), base.extraKind(), Quality.of(f.parsed(), f.id().map(infos::get).orElse(null)),
                            base.priorStatus()));
                }
            });
        }
        OrganizePlanner planner = new OrganizePlanner(command.scheme(), new NameSanitizer(command.nameRule()),
                command.policy());
        Map<Path, Boolean> folders = new HashMap<>();
        OrganizePlan plan = planner.plan(library, command.mode(), inputs, probe(folders));
        if (command.dryRun()) {
            return new OrganizeReport(plan, null, true, List.of(), List.of(), recovered,
                    Duration.between(started, clock.instant()));
        }
        Set<Path> missing = new HashSet<>();
        folders.forEach((folder, exists) -> {
            if (!exists) {
                missing.add(folder);
            }
        });
        return executor.execute(plan, command.applyOptions(), recovered, started, loaded, missing);
    }

    @Override
    public OrganizeReport apply(OrganizePlan plan, ApplyOptions options) {
        Instant started = clock.instant();
        RecoveryReport recovered = recovery.recover();
        return executor.execute(plan, options == null ? ApplyOptions.defaults() : options, recovered, started, Map.of(),
                Set.of());
    }

    /** The quality of a catalog file: its real resolution and codec where recorded, else what its name says. */
    private Quality quality(MediaFile f) {
        MediaInfo info = mediaInfo == null || f.id().isEmpty() ? null
                : mediaInfo.findAll(List.of(f.requireId())).get(f.requireId());
        return Quality.of(f.parsed(), info);
    }

    /**
     * What the planner learns of a target: nothing is there, the source itself is there, or another file of some
     * quality. A target whose folder does not exist holds nothing: each folder is looked at once per plan, so a new
     * movie or season folder costs one look for all its files.
     *
     * @param folders filled with each target folder looked at, and whether it exists
     */
    private TargetProbe probe(Map<Path, Boolean> folders) {
        return (target, source) -> {
            Path folder = target.getParent();
            if (folder != null && !folders.computeIfAbsent(folder, files::isDirectory)) {
                return Optional.empty();
            }
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
