package io.github.cetrack.reporting.internal;

import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.Certificate;
import io.github.cetrack.reporting.ReportKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * RFC 4180 CSV that is safe to open in a spreadsheet: a cell starting with {@code =}, {@code +},
 * {@code -}, {@code @}, tab or carriage return gets a leading {@code '} (OWASP CSV injection
 * guidance). Not API.
 */
public final class Csv {

    /** The header row of report CSVs. */
    public static final List<String> HEADER = List.of("id", "completed_on", "title", "provider", "approvals", "format",
            "kind", "hours", "unit", "clock_hours", "counted_hours", "topics", "credited", "in_cycle", "outcome",
            "reason", "certificate", "certificate_sha256", "certificate_media_type", "certificate_file_name");

    private Csv() {}

    /** Returns the report as CSV: every activity (renewal) or every activity in the cycle (audit). */
    public static String report(Model model) {
        StringBuilder out = new StringBuilder();
        row(out, HEADER);
        List<Model.Row> rows = model.kind() == ReportKind.RENEWAL ? model.rows() : model.inCycle();
        Model iso = model.withText(new Text(null));
        for (Model.Row r : rows) {
            CeActivity a = r.activity();
            Certificate c = a.certificate();
            List<String> cells = new ArrayList<>();
            cells.add(r.result().id());
            cells.add(a.completedOn().toString());
            cells.add(a.title());
            cells.add(a.provider());
            cells.add(String.join(" ", a.approvals()));
            cells.add(a.format().name().toLowerCase(Locale.ROOT));
            cells.add(a.kind().name().toLowerCase(Locale.ROOT));
            cells.add(Text.plain(a.hours()));
            cells.add(a.unit().name().toLowerCase(Locale.ROOT));
            cells.add(Text.plain(r.result().hours()));
            cells.add(Text.plain(r.result().counted()));
            cells.add(String.join(" ", a.topics()));
            cells.add(credited(r.result().credited()));
            cells.add(Boolean.toString(r.inCycle()));
            cells.add(r.result().reason() == null ? "counted" : r.counted() ? "partly counted" : "not counted");
            cells.add(iso.reason(r));
            cells.add(c == null ? "missing" : "on file");
            cells.add(c == null ? "" : c.sha256());
            cells.add(c == null ? "" : c.mediaType());
            cells.add(c == null || c.fileName() == null ? "" : c.fileName());
            row(out, cells);
        }
        return out.toString();
    }

    private static String credited(Map<String, java.math.BigDecimal> credited) {
        StringBuilder s = new StringBuilder();
        credited.forEach((k, v) -> s.append(s.length() == 0 ? "" : " ").append(k).append('=').append(Text.plain(v)));
        return s.toString();
    }

    /** Appends one record, cells neutralised and quoted, ended by CRLF. */
    public static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** Returns the cell neutralised against formula injection and quoted per RFC 4180 when needed. */
    public static String cell(String value) {
        String v = neutralise(value == null ? "" : value);
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    /** Returns {@code value} with a leading {@code '} when a spreadsheet could read it as a formula. */
    public static String neutralise(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + value : value;
    }
}
