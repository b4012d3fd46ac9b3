package com.cineorg.adapter.cli.render;

import com.cineorg.domain.port.in.ItemFailure;
import com.cineorg.domain.port.in.ScanReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class ScanReportJson {
    private ScanReportJson() {}

    public static Map<String, Object> toMap(ScanReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event", "scan_report");
        List<String> roots = new ArrayList<>();
        for (Path root : r.roots()) {
            roots.add(root.toString());
        }
        m.put("roots", roots);
        m.put("videos", r.videos());
        m.put("added", r.added());
        m.put("updated", r.updated());
        m.put("moved", r.moved());
        m.put("unchanged", r.unchanged());
        m.put("missing", r.missing());
        m.put("extras", r.extras());
        m.put("samples_skipped", r.samples());
        m.put("sidecars", r.sidecars());
        List<Map<String, String>> failures = new ArrayList<>();
        for (ItemFailure f : r.failures()) {
            failures.add(Map.of("path", f.path().toString(), "reason", f.reason()));
        }
        m.put("failures", failures);
        m.put("warnings", r.warnings());
        m.put("elapsed_ms", r.elapsed().toMillis());
        return m;
    }
}
