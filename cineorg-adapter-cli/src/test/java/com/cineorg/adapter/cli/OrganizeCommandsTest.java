package com.cineorg.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.cineorg.adapter.cli.error.CliErrorHandler;
import com.cineorg.domain.model.library.CollisionPolicy;
import com.cineorg.domain.model.library.FileMove;
import com.cineorg.domain.model.library.OrganizeMode;
import com.cineorg.domain.model.library.OrganizePlan;
import com.cineorg.domain.model.library.OrganizeRun;
import com.cineorg.domain.model.library.RunState;
import com.cineorg.domain.model.library.SidecarMove;
import com.cineorg.domain.model.media.SidecarKind;
import com.cineorg.domain.port.in.ItemFailure;
import com.cineorg.domain.port.in.ItemOutcome;
import com.cineorg.domain.port.in.OrganizeLibraryCommand;
import com.cineorg.domain.port.in.OrganizeReport;
import com.cineorg.domain.port.in.ProgressListener;
import com.cineorg.domain.port.in.RecoveryReport;
import com.cineorg.domain.port.in.UndoReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class OrganizeCommandsTest {
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<OrganizeLibraryCommand> commands = new ArrayList<>();
    private final AtomicReference<OrganizePlan> applied = new AtomicReference<>();

    private static OrganizePlan plan() {
        FileMove heat = new FileMove(1L, Path.of("/dl/Heat.1995.mkv"), 10, T,
                Path.of("/lib/Movies/Heat (1995)/Heat (1995).mkv"), FileMove.Action.ORGANIZE, null,
                FileMove.Conflict.NONE, null, null,
                List.of(new SidecarMove(Path.of("/dl/Heat.1995.en.srt"), Path.of("/lib/Movies/Heat (1995)/Heat (1995).en.srt"),
                        SidecarKind.SUBTITLE, null)), "PARSED");
        FileMove noName = FileMove.skipped(2L, Path.of("/dl/x.mkv"), 5, T, "no title in the name; left in place",
                FileMove.Conflict.NONE, "PARSED");
        return new OrganizePlan(Path.of("/lib"), OrganizeMode.MOVE, CollisionPolicy.SKIP, "plex", List.of(heat, noName));
    }

    private static OrganizeReport applied(OrganizePlan plan, boolean failing) {
        List<ItemFailure> failures = failing ? List.of(new ItemFailure(Path.of("/dl/Heat.1995.mkv"),
                "cannot move /dl/Heat.1995.mkv to /lib/...: no space left on the device")) : List.of();
        return new OrganizeReport(plan, 7L, false, List.of(new ItemOutcome(Path.of("/dl/Heat.1995.mkv"),
                plan.moves().get(0).target(), failing ? ItemOutcome.Status.FAILED : ItemOutcome.Status.ORGANIZED, null)),
                failures, RecoveryReport.nothing(), Duration.ofMillis(12));
    }

    private CommandLine cli(Callable<Integer> command) {
        CommandLine cmd = new CommandLine(command);
        CliErrorHandler handler = new CliErrorHandler(() -> false);
        cmd.setExecutionExceptionHandler(handler).setExitCodeExceptionMapper(handler);
        cmd.setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        return cmd;
    }

    private OrganizeCommand organize(boolean failing) {
        return new OrganizeCommand(c -> {
            commands.add(c);
            return c.dryRun() ? new OrganizeReport(plan(), null, true, List.of(), List.of(), null, Duration.ZERO)
                    : applied(plan(), failing);
        }, (p, o) -> {
            applied.set(p);
            return applied(p, failing);
        }, () -> new RecoveryReport(1, 2, List.of()), task -> ProgressListener.NONE);
    }

    @Test
    void dryRunPrintsThePlanAndPassesTheOptions() {
        int code = cli(organize(false)).execute("--target", "/lib", "--dry-run", "--scheme", "jellyfin", "--mode",
                "symlink", "--on-conflict", "keep-both");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("move  /dl/Heat.1995.mkv", "-> /lib/Movies/Heat (1995)/Heat (1995).mkv",
                "subtitle Heat.1995.en.srt -> /lib/Movies/Heat (1995)/Heat (1995).en.srt",
                "skip  /dl/x.mkv: no title", "plan: 1 to move, 1 skipped, 0 collision(s), 1 sidecar(s)");
        OrganizeLibraryCommand c = commands.get(0);
        assertThat(c.dryRun()).isTrue();
        assertThat(c.scheme().name()).isEqualTo("jellyfin");
        assertThat(c.mode()).isEqualTo(OrganizeMode.SYMLINK);
        assertThat(c.policy()).isEqualTo(CollisionPolicy.KEEP_BOTH);
    }

    @Test
    void failedItemsExitWithEightAndOneLineEach() {
        int code = cli(organize(true)).execute("--target", "/lib");
        assertThat(code).isEqualTo(8);
        assertThat(err.toString()).contains("failed: /dl/Heat.1995.mkv: cannot move").doesNotContain("\tat ");
        assertThat(out.toString()).contains("run 7: 0 organized", "1 failed", "cineorg undo 7");
    }

    @Test
    void unknownTemplateTokenIsAUsageErrorAtLoadTime() {
        int code = cli(organize(false)).execute("--target", "/lib", "--template", "{title} {bogus}");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("unknown token {bogus} at column 9");
        assertThat(commands).isEmpty();
    }

    @Test
    void planOutWritesAPlanThatApplyReadsBack() throws Exception {
        Path file = dir.resolve("plan.json");
        assertThat(cli(organize(false)).execute("--target", "/lib", "--dry-run", "--plan-out", file.toString())).isZero();
        assertThat(Files.readString(file)).contains("\"format\" : \"cineorg-plan/1\"");

        StringWriter applyOut = new StringWriter();
        CommandLine apply = new CommandLine(new ApplyCommand((p, o) -> {
            applied.set(p);
            return applied(p, false);
        }, task -> ProgressListener.NONE));
        apply.setOut(new PrintWriter(applyOut));
        assertThat(apply.execute(file.toString(), "--json")).isZero();
        assertThat(applied.get()).isEqualTo(plan());
        assertThat(applyOut.toString()).contains("\"organized\":1");
    }

    @Test
    void applyRefusesAFileThatIsNotAPlan() throws Exception {
        Path file = Files.writeString(dir.resolve("x.json"), "{\"hello\":1}");
        int code = cli(new ApplyCommand((p, o) -> applied(p, false), t -> ProgressListener.NONE)).execute(file.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("not a CineOrg plan");
    }

    @Test
    void resumeReportsRecoveryFirst() {
        assertThat(cli(organize(false)).execute("--target", "/lib", "--resume")).isZero();
        assertThat(out.toString()).startsWith("recovery: 1 step(s) finished, 2 rolled back, 0 left for you");
    }

    @Test
    void historyAndUndo() {
        OrganizeRun run = new OrganizeRun(3, T, T.plusSeconds(2), Path.of("/lib"), OrganizeMode.MOVE,
                RunState.FINISHED, "2 organized, 0 failed, 0 skipped");
        assertThat(cli(new HistoryCommand(() -> List.of(run))).execute()).isZero();
        assertThat(out.toString()).contains("3  2026-01-01 00:00:00 UTC  finished", "/lib", "2 organized");

        StringWriter undoOut = new StringWriter();
        StringWriter undoErr = new StringWriter();
        CommandLine undo = new CommandLine(new UndoCommand((id, p) -> new UndoReport(id, 1, 2,
                List.of(new ItemFailure(Path.of("/lib/a.mkv"), "/dl/a.mkv: the old place is taken again"))),
                t -> ProgressListener.NONE));
        undo.setOut(new PrintWriter(undoOut)).setErr(new PrintWriter(undoErr));
        assertThat(undo.execute("3")).isEqualTo(8);
        assertThat(undoOut.toString()).contains("run 3 undone: 1 file(s) restored, 2 folder(s) removed, 1 not undone");
        assertThat(undoErr.toString()).contains("not undone: /lib/a.mkv");
    }
}
