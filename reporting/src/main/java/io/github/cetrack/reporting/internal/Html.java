package io.github.cetrack.reporting.internal;

import io.github.cetrack.core.Citation;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.reporting.ReportKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The report as one self-contained HTML page: inline CSS, no scripts, no external resources. Not API. */
public final class Html {

    private static final String CSS = String.join("\n",
            "body{font-family:'DejaVu Sans',Arial,Helvetica,sans-serif;color:#1a1a1a;margin:2em auto;max-width:60em;"
                    + "padding:0 1em;font-size:14px;line-height:1.4}",
            "h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ccc}",
            "dl.facts{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dl.facts dt{font-weight:bold}",
            "dl.facts dd{margin:0}.status{padding:.5em .8em;border-radius:4px;font-weight:bold}",
            ".status.ok{background:#e6f4ea;color:#1e5b2e}.status.short{background:#fdecea;color:#8a1c12}",
            "table{border-collapse:collapse;width:100%;font-size:.9em}th,td{border-bottom:1px solid #ddd;"
                    + "padding:.3em .4em;text-align:left;vertical-align:top}th{background:#f3f4f6}",
            "td.num,th.num{text-align:right;white-space:nowrap}.bar{background:#e5e7eb;height:.8em;width:12em;"
                    + "border-radius:3px;overflow:hidden}.bar span{display:block;height:100%;background:#2563eb}",
            ".bar span.met{background:#16a34a}.flag{color:#8a1c12;font-weight:bold}code{font-size:.95em}",
            "footer{margin-top:2em;color:#555;font-size:.85em;border-top:1px solid #ccc;padding-top:.5em}");

    private Html() {}

    /** Returns the report as HTML. */
    public static String report(Model m) {
        StringBuilder h = new StringBuilder(16_384);
        Evaluation e = m.evaluation();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(lang(m)).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(esc(m.title() + " - " + m.holder())).append("</title>\n<style>\n")
                .append(CSS).append("\n</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(m.title())).append("</h1>\n<dl class=\"facts\">\n");
        fact(h, "Licence holder", m.holder());
        fact(h, "Licence", m.licence());
        fact(h, "Board", m.board());
        fact(h, "Renewal cycle", m.cycle());
        h.append("</dl>\n<p class=\"status ").append(e.isCompliant() ? "ok" : "short").append("\">")
                .append(esc(m.status())).append("</p>\n");
        requirements(h, m);
        if (m.kind() == ReportKind.RENEWAL) {
            h.append("<h2>Activities that counted</h2>\n");
            activities(h, m, m.counted(), false);
            h.append("<h2>Activities that did not count</h2>\n");
            if (m.notCounted().isEmpty()) {
                h.append("<p>Every activity counted in full.</p>\n");
            } else {
                h.append("<table>\n<tr><th>Date</th><th>Title</th><th>Provider</th><th class=\"num\">Hours</th>"
                        + "<th>Why</th></tr>\n");
                for (Model.Row r : m.notCounted()) {
                    h.append("<tr><td>").append(esc(m.text().date(r.result().completedOn()))).append("</td><td>")
                            .append(esc(r.activity().title())).append("</td><td>").append(esc(r.activity().provider()))
                            .append("</td><td class=\"num\">").append(esc(m.hours(r))).append("</td><td>")
                            .append(esc(m.reason(r))).append("</td></tr>\n");
                }
                h.append("</table>\n");
            }
        } else {
            audit(h, m);
        }
        notes(h, m);
        citations(h, m.citations());
        h.append("<footer>Generated on ").append(esc(m.text().date(m.generatedOn()))).append(" by cetrack")
                .append(" &middot; catalogue version ").append(esc(String.valueOf(e.catalogVersion())))
                .append("</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static String lang(Model m) {
        return m.text().languageTag();
    }

    private static void fact(StringBuilder h, String name, String value) {
        h.append("<dt>").append(esc(name)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
    }

    private static void requirements(StringBuilder h, Model m) {
        h.append("<h2>Requirements</h2>\n");
        if (m.requirements().isEmpty()) {
            h.append("<p>No hours are required in this cycle.</p>\n");
            return;
        }
        h.append("<table>\n<tr><th>Requirement</th><th>Progress</th><th class=\"num\">Required</th>"
                + "<th class=\"num\">Counted</th><th class=\"num\">Remaining</th><th>Source</th></tr>\n");
        for (Model.Requirement r : m.requirements()) {
            Evaluation.RequirementResult q = r.result();
            h.append("<tr><td><strong>").append(esc(r.name())).append("</strong><br>").append(esc(Model.sentence(Model.describe(q))))
                    .append("</td><td><div class=\"bar\"><span").append(q.isMet() ? " class=\"met\"" : "")
                    .append(" style=\"width:").append(percent(q.counted(), q.required())).append("%\"></span></div>")
                    .append(esc(m.progress(q))).append("</td><td class=\"num\">").append(esc(m.text().hours(q.required())))
                    .append("</td><td class=\"num\">").append(esc(m.text().hours(q.counted())))
                    .append("</td><td class=\"num\">").append(esc(m.text().hours(q.remaining())))
                    .append("</td><td>").append(r.citation() == 0 ? "" : "[" + r.citation() + "] ")
                    .append(esc(Model.cite(q.citation()))).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    /** Returns the share of {@code required} that {@code counted} covers, 0 to 100. */
    public static int percent(BigDecimal counted, BigDecimal required) {
        if (required.signum() == 0) {
            return 100;
        }
        return counted.multiply(BigDecimal.valueOf(100)).divide(required, 0, RoundingMode.FLOOR)
                .min(BigDecimal.valueOf(100)).intValue();
    }

    private static void activities(StringBuilder h, Model m, List<Model.Row> rows, boolean audit) {
        if (rows.isEmpty()) {
            h.append("<p>None.</p>\n");
            return;
        }
        h.append("<table>\n<tr><th>Date</th><th>Title</th><th>Provider</th><th>Approval</th><th>Format</th>"
                + "<th class=\"num\">Hours</th>").append(audit ? "<th class=\"num\">Counted</th>" : "")
                .append("<th>Topics</th><th>Certificate</th></tr>\n");
        for (Model.Row r : rows) {
            h.append("<tr><td>").append(esc(m.text().date(r.result().completedOn()))).append("</td><td>")
                    .append(esc(r.activity().title())).append("</td><td>").append(esc(r.activity().provider()))
                    .append("</td><td>").append(esc(Model.approvals(r.activity()))).append("</td><td>")
                    .append(esc(r.activity().format().text())).append("</td><td class=\"num\">")
                    .append(esc(audit ? m.hours(r) : m.countedHours(r))).append("</td>");
            if (audit) {
                h.append("<td class=\"num\">").append(esc(m.text().shortHours(r.result().counted()))).append("</td>");
            }
            h.append("<td>").append(esc(Model.topics(r.activity()))).append("</td><td>");
            if (r.certificate() == null) {
                h.append("<span class=\"flag\">missing</span>");
            } else {
                h.append("<code title=\"").append(esc(r.certificate().sha256())).append("\">")
                        .append(esc(Model.fingerprint(r))).append("</code>");
                if (audit && r.certificate().fileName() != null) {
                    h.append("<br>").append(esc(r.certificate().fileName()));
                }
            }
            h.append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void audit(StringBuilder h, Model m) {
        List<Model.Row> missing = m.missingCertificates();
        h.append("<h2>Activities in this cycle</h2>\n<p>").append(m.inCycle().size()).append(" activities, ")
                .append(esc(m.text().hours(m.hoursInCycle()))).append("; ")
                .append(missing.isEmpty() ? "every one has a certificate on file."
                        : "<span class=\"flag\">" + missing.size() + " without a certificate on file</span>.")
                .append("</p>\n");
        activities(h, m, m.inCycle(), true);
        h.append("<h2>Hours per topic</h2>\n<table>\n<tr><th>Topic</th><th class=\"num\">Activities</th>"
                + "<th class=\"num\">Hours</th><th class=\"num\">Credited to requirements</th></tr>\n");
        for (Model.TopicTotal t : m.topicTotals()) {
            h.append("<tr><td>").append(esc(t.topic().isEmpty() ? "(no topic)" : Text.code(t.topic())))
                    .append("</td><td class=\"num\">").append(t.activities()).append("</td><td class=\"num\">")
                    .append(esc(m.text().hours(t.hours()))).append("</td><td class=\"num\">")
                    .append(esc(m.text().hours(t.credited()))).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void notes(StringBuilder h, Model m) {
        if (m.notes().isEmpty()) {
            return;
        }
        h.append("<h2>What to know</h2>\n<ul>\n");
        for (Evaluation.Finding f : m.notes()) {
            h.append("<li>").append(esc(f.message())).append("</li>\n");
        }
        h.append("</ul>\n");
    }

    private static void citations(StringBuilder h, List<Citation> citations) {
        h.append("<h2>Sources of the requirements</h2>\n");
        if (citations.isEmpty()) {
            h.append("<p>None.</p>\n");
            return;
        }
        h.append("<ol>\n");
        for (Citation c : citations) {
            h.append("<li><strong>").append(esc(c.citation())).append("</strong> &ndash; ").append(esc(c.rule()));
            if (c.source() != null) {
                h.append("<br><span>").append(esc(c.source())).append("</span>");
            }
            if (c.verified() != null) {
                h.append(" (checked ").append(esc(c.verified().toString())).append(")");
            }
            if (c.confidence() == io.github.cetrack.core.Confidence.SECONDARY) {
                h.append(" <em>").append(esc(Model.SECONDARY)).append("</em>");
            }
            h.append("</li>\n");
        }
        h.append("</ol>\n");
    }

    /** Returns {@code text} with {@code & < > " '} escaped, safe in element content and attribute values. */
    public static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
