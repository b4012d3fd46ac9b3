package com.cineorg.adapter.cli.render;

import com.cineorg.domain.error.InvalidInputException;
import com.cineorg.domain.model.library.CollisionPolicy;
import com.cineorg.domain.model.library.FileMove;
import com.cineorg.domain.model.library.OrganizeMode;
import com.cineorg.domain.model.library.OrganizePlan;
import com.cineorg.domain.model.library.OrganizeRun;
import com.cineorg.domain.model.library.SidecarMove;
import com.cineorg.domain.model.media.SidecarKind;
import com.cineorg.domain.port.in.ItemFailure;
import com.cineorg.domain.port.in.ItemOutcome;
import com.cineorg.domain.port.in.OrganizeReport;
import com.cineorg.domain.port.in.RecoveryReport;
import com.cineorg.domain.port.in.UndoReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Organize plans, reports, runs and undo reports as JSON. A plan file ({@code --plan-out}) is read back by
 * {@code cineorg apply}; its {@code format} is {@value #PLAN_FORMAT}.
 */
public final class OrganizeJson {
    public static final String PLAN_FORMAT = "cineorg-plan/1";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private OrganizeJson() {}

    public static Map<String, Object> plan(OrganizePlan plan) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", PLAN_FORMAT);
        m.put("library", plan.library().toString());
        m.put("mode", plan.mode().word());
        m.put("on_conflict", plan.policy().word());
        m.put("scheme", plan.scheme());
        m.put("to_organize", plan.toOrganize().size());
        m.put("skipped", plan.skipped().size());
        m.put("collisions", plan.collisions());
        List<Map<String, Object>> moves = new ArrayList<>();
        for (FileMove f : plan.moves()) {
            Map<String, Object> x = new LinkedHashMap<>();
            put(x, "media_id", f.mediaId());
            x.put("source", f.source().toString());
            x.put("size", f.size());
            x.put("mtime", f.mtime().toString());
            x.put("action", f.action().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            put(x, "target", f.target());
            put(x, "reason", f.reason());
            if (f.conflict() != FileMove.Conflict.NONE) {
                x.put("conflict", f.conflict().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            put(x, "replaces", f.displaced());
            put(x, "replaced_to", f.displacedTo());
            put(x, "prior_status", f.priorStatus());
            if (!f.sidecars().isEmpty()) {
                List<Map<String, Object>> sidecars = new ArrayList<>();
                for (SidecarMove s : f.sidecars()) {
                    Map<String, Object> y = new LinkedHashMap<>();
                    y.put("source", s.source().toString());
                    put(y, "target", s.target());
                    y.put("kind", s.kind().word());
                    put(y, "reason", s.reason());
                    sidecars.add(y);
                }
                x.put("sidecars", sidecars);
            }
            moves.add(x);
        }
        m.put("moves", moves);
        return m;
    }

    /** The plan file: indented JSON, one plan. */
    public static String planFile(OrganizePlan plan) {
        try {
            return MAPPER.writeValueAsString(plan(plan)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads a plan file written by {@link #planFile(OrganizePlan)}. */
    public static OrganizePlan readPlan(String json, String where) {
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || !PLAN_FORMAT.equals(root.path("format").asText())) {
                throw new InvalidInputException(where + ": not a CineOrg plan (format " + PLAN_FORMAT + " expected)");
            }
            List<FileMove> moves = new ArrayList<>();
            for (JsonNode x : root.path("moves")) {
                List<SidecarMove> sidecars = new ArrayList<>();
                for (JsonNode y : x.path("sidecars")) {
                    sidecars.add(new SidecarMove(path(y, "source"), path(y, "target"),
                            SidecarKind.valueOf(y.path("kind").asText().toUpperCase(Locale.ROOT)), text(y, "reason")));
                }
                moves.add(new FileMove(
                        x.hasNonNull("media_id") ? x.get("media_id").asLong() : null,
                        path(x, "source"),
                        x.path("size").asLong(),
                        Instant.parse(x.path("mtime").asText()),
                        path(x, "target"),
                        FileMove.Action.valueOf(x.path("action").asText().toUpperCase(Locale.ROOT).replace('-', '_')),
                        text(x, "reason"),
                        x.hasNonNull("conflict")
                                ? FileMove.Conflict.valueOf(x.get("conflict").asText().toUpperCase(Locale.ROOT).replace('-', '_'))
                                : FileMove.Conflict.NONE,
                        path(x, "replaces"),
                        path(x, "replaced_to"),
                        sidecars,
                        text(x, "prior_status")));
            }
            return new OrganizePlan(Path.of(root.path("library").asText()),
                    OrganizeMode.fromWord(root.path("mode").asText()),
                    CollisionPolicy.fromWord(root.path("on_conflict").asText()), text(root, "scheme"), moves);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(where + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            throw new InvalidInputException(where + ": not a valid CineOrg plan: " + e.getMessage(), e);
        }
    }

    private static Path path(JsonNode n, String field) {
        return n.hasNonNull(field) ? Path.of(n.get(field).asText()) : null;
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value instanceof Path ? value.toString() : value);
        }
    }

    public static Map<String, Object> report(OrganizeReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "run", r.runId());
        m.put("dry_run", r.dryRun());
        m.put("organized", r.count(ItemOutcome.Status.ORGANIZED));
        m.put("in_place", r.count(ItemOutcome.Status.IN_PLACE));
        m.put("skipped", r.dryRun() ? r.plan().skipped().size() : r.count(ItemOutcome.Status.SKIPPED));
        m.put("failed", r.count(ItemOutcome.Status.FAILED));
        m.put("elapsed_ms", r.elapsed().toMillis());
        m.put("recovery", recovery(r.recovery()));
        m.put("plan", plan(r.plan()));
        List<Map<String, Object>> outcomes = new ArrayList<>();
        for (ItemOutcome o : r.outcomes()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("source", o.source().toString());
            put(x, "target", o.target());
            x.put("status", o.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            put(x, "detail", o.detail());
            outcomes.add(x);
        }
        m.put("outcomes", outcomes);
        m.put("failures", failures(r.failures()));
        return m;
    }

    public static Map<String, Object> recovery(RecoveryReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("completed", r.completed());
        m.put("rolled_back", r.rolledBack());
        m.put("unresolved", failures(r.unresolved()));
        return m;
    }

    public static List<Map<String, Object>> failures(List<ItemFailure> failures) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ItemFailure f : failures) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("path", f.path() == null ? null : f.path().toString());
            x.put("reason", f.reason());
            out.add(x);
        }
        return out;
    }

    public static Map<String, Object> run(OrganizeRun run) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run", run.id());
        m.put("started", run.started().toString());
        put(m, "finished", run.finished() == null ? null : run.finished().toString());
        m.put("state", run.state().word());
        m.put("mode", run.mode().word());
        m.put("library", run.library().toString());
        put(m, "summary", run.summary());
        return m;
    }

    public static Map<String, Object> undo(UndoReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run", r.runId());
        m.put("restored", r.restored());
        m.put("folders_removed", r.foldersRemoved());
        m.put("failures", failures(r.failures()));
        return m;
    }
}
