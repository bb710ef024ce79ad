package io.github.cetrack.reporting.internal;

import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.Certificate;
import io.github.cetrack.core.Citation;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.License;
import io.github.cetrack.core.json.CetrackJson;
import io.github.cetrack.reporting.ReportKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The report as JSON: snake_case keys, sorted, ISO dates, plain decimal hours. Not API. */
public final class Json {

    private Json() {}

    /** Returns the report as indented JSON. */
    public static String report(Model model) {
        Model m = model.withText(new Text(null));
        Evaluation e = m.evaluation();
        License l = e.license();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("report", m.kind().name().toLowerCase(Locale.ROOT));
        root.put("title", m.title());
        root.put("generated_on", m.generatedOn());
        root.put("catalog_version", e.catalogVersion());
        root.put("holder", l.holder());
        Map<String, Object> license = new LinkedHashMap<>();
        license.put("jurisdiction", l.jurisdiction().toString());
        license.put("license_type", l.licenseType());
        license.put("name", m.data().licenseType() == null ? null : m.data().licenseType().name());
        license.put("number", l.number());
        license.put("board", m.data().board());
        root.put("license", license);
        root.put("cycle", Map.of("start", e.cycle().start(), "end", e.cycle().end()));
        root.put("status", e.status().name().toLowerCase(Locale.ROOT));
        root.put("status_text", m.status());
        List<Object> requirements = new ArrayList<>();
        for (Model.Requirement r : m.requirements()) {
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("name", r.name());
            q.put("kind", r.result().kind());
            q.put("category", r.result().category());
            q.put("description", r.result().description());
            q.put("unit", "clock_hour");
            q.put("required", r.result().required());
            q.put("counted", r.result().counted());
            q.put("remaining", r.result().remaining());
            q.put("met", r.result().isMet());
            q.put("citation", r.citation() == 0 ? null : r.citation());
            requirements.add(q);
        }
        root.put("requirements", requirements);
        if (m.kind() == ReportKind.RENEWAL) {
            root.put("activities_counted", m.counted().stream().map(r -> activity(m, r)).toList());
            root.put("activities_not_counted", m.notCounted().stream().map(r -> activity(m, r)).toList());
        } else {
            root.put("activities", m.inCycle().stream().map(r -> activity(m, r)).toList());
            root.put("missing_certificates", m.missingCertificates().stream().map(r -> r.result().id()).toList());
            root.put("topic_totals", m.topicTotals().stream().map(t -> {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("topic", t.topic().isEmpty() ? null : t.topic());
                c.put("activities", t.activities());
                c.put("hours", t.hours());
                c.put("credited", t.credited());
                return c;
            }).toList());
            root.put("hours_in_cycle", m.hoursInCycle());
        }
        List<Object> citations = new ArrayList<>();
        for (int i = 0; i < m.citations().size(); i++) {
            Citation c = m.citations().get(i);
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("number", i + 1);
            q.put("citation", c.citation());
            q.put("rule", c.rule());
            q.put("source", c.source());
            q.put("verified", c.verified());
            q.put("confidence", c.confidence().name().toLowerCase(java.util.Locale.ROOT));
            citations.add(q);
        }
        root.put("citations", citations);
        root.put("findings", e.findings().stream().map(f -> {
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("code", f.code().name().toLowerCase(Locale.ROOT));
            q.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
            q.put("message", f.message());
            q.put("subject", f.subject());
            q.put("citation", f.citation() == null ? null : f.citation().citation());
            return q;
        }).toList());
        return CetrackJson.write(root) + "\n";
    }

    private static Map<String, Object> activity(Model m, Model.Row row) {
        CeActivity a = row.activity();
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("id", row.result().id());
        q.put("completed_on", a.completedOn());
        q.put("started_on", a.startedOn());
        q.put("title", a.title());
        q.put("provider", a.provider());
        q.put("approvals", a.approvals());
        q.put("format", a.format().name().toLowerCase(Locale.ROOT));
        q.put("kind", a.kind().name().toLowerCase(Locale.ROOT));
        q.put("hours", a.hours());
        q.put("unit", a.unit().name().toLowerCase(Locale.ROOT));
        q.put("clock_hours", row.result().hours());
        q.put("counted_hours", row.result().counted());
        q.put("topics", a.topics());
        q.put("credited", row.result().credited());
        q.put("in_cycle", row.inCycle());
        q.put("reason", row.result().reason() == null ? null : row.result().reason().name().toLowerCase(Locale.ROOT));
        q.put("reason_text", row.result().reason() == null ? null : m.reason(row));
        Certificate c = a.certificate();
        if (c != null) {
            Map<String, Object> cert = new LinkedHashMap<>();
            cert.put("sha256", c.sha256());
            cert.put("media_type", c.mediaType());
            cert.put("size", c.size());
            cert.put("file_name", c.fileName());
            q.put("certificate", cert);
        }
        q.put("certificate_missing", c == null);
        return q;
    }
}
