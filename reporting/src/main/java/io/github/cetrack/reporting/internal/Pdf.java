package io.github.cetrack.reporting.internal;

import io.github.cetrack.core.Citation;
import io.github.cetrack.core.Confidence;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.reporting.ReportKind;
import java.awt.Color;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Lays a report out as PDF pages. Not API. */
public final class Pdf {

    private static final float TABLE_SIZE = 7.5f;
    private static final float PAD = 3;

    private final Model m;
    private final PdfCanvas c;

    private Pdf(Model m, PdfCanvas c) {
        this.m = m;
        this.c = c;
    }

    /**
     * One table column.
     *
     * @param title header text
     * @param width width in points
     * @param right whether to align right
     */
    record Column(String title, float width, boolean right) {}

    /**
     * One cell.
     *
     * @param text its text
     * @param bold whether bold
     * @param color its colour
     */
    record Cell(String text, boolean bold, Color color) {
        static Cell of(String text) {
            return new Cell(text, false, PdfCanvas.INK);
        }
    }

    /** Returns the report as PDF bytes. */
    public static byte[] report(Model m) {
        try (PdfCanvas canvas = new PdfCanvas()) {
            Pdf pdf = new Pdf(m, canvas);
            pdf.header();
            pdf.requirements();
            if (m.kind() == ReportKind.RENEWAL) {
                pdf.renewalActivities();
            } else {
                pdf.auditActivities();
            }
            pdf.notes();
            pdf.citations();
            String line1 = (m.kind() == ReportKind.RENEWAL ? "CE renewal report: " : "CE audit report: ")
                    + m.holder() + ", " + m.license().typeKey()
                    + (m.license().number() == null ? "" : " " + m.license().number()) + ", cycle " + m.cycle();
            String line2 = "Generated on " + m.text().date(m.generatedOn()) + " by cetrack from catalogue version "
                    + m.evaluation().catalogVersion();
            long created = m.generatedOn().atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
            return canvas.bytes(line1, line2, m.title(), m.license().holder(), PdfCanvas.calendar(created),
                    id(line1 + "\n" + line2 + "\n" + m.evaluation()));
        }
    }

    private static long id(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (d[i] & 0xff);
            }
            return v;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void header() {
        PdfCanvas p = c;
        p.text(p.bold, 18, PdfCanvas.INK, PdfCanvas.SIDE, p.y() - 18, p.cut(p.bold, 18, m.title(), PdfCanvas.WIDTH));
        p.down(30);
        float labelWidth = 92;
        String[][] facts = {{"Licence holder", m.holder()}, {"Licence", m.licence()}, {"Board", m.board()},
            {"Renewal cycle", m.cycle()}};
        for (String[] fact : facts) {
            List<String> lines = p.wrap(p.regular, 10, fact[1], PdfCanvas.WIDTH - labelWidth);
            p.text(p.bold, 10, PdfCanvas.MUTED, PdfCanvas.SIDE, p.y() - 10, fact[0]);
            for (String line : lines) {
                p.text(p.regular, 10, PdfCanvas.INK, PdfCanvas.SIDE + labelWidth, p.y() - 10, line);
                p.down(14);
            }
        }
        p.down(6);
        boolean ok = m.evaluation().isCompliant();
        Color fill = ok ? new Color(0xe6, 0xf4, 0xea) : new Color(0xfd, 0xec, 0xea);
        List<String> lines = p.wrap(p.bold, 11, m.status(), PdfCanvas.WIDTH - 16);
        float h = lines.size() * 14 + 10;
        p.box(fill, PdfCanvas.SIDE, p.y(), PdfCanvas.WIDTH, h);
        p.box(ok ? PdfCanvas.GREEN : PdfCanvas.RED, PdfCanvas.SIDE, p.y(), 3, h);
        float top = p.y() - 5;
        for (String line : lines) {
            p.text(p.bold, 11, ok ? new Color(0x1e, 0x5b, 0x2e) : new Color(0x8a, 0x1c, 0x12), PdfCanvas.SIDE + 10,
                    top - 11, line);
            top -= 14;
        }
        p.down(h + 4);
    }

    private void requirements() {
        c.heading("Requirements", 40);
        if (m.requirements().isEmpty()) {
            c.paragraph(c.regular, 9.5f, PdfCanvas.INK, 0, "No hours are required in this cycle.");
            return;
        }
        for (Model.Requirement r : m.requirements()) {
            Evaluation.RequirementResult q = r.result();
            String right = m.text().number(q.counted()) + " of " + m.text().hours(q.required());
            float rightWidth = c.width(c.bold, 10, right);
            List<String> name = c.wrap(c.bold, 10, r.name(), PdfCanvas.WIDTH - rightWidth - 12);
            String detail = Model.sentence(Model.describe(q)) + ". " + (q.isMet() ? "Met." : "Remaining: "
                    + m.text().hours(q.remaining()) + ".") + (r.citation() == 0 ? ""
                            : " Source [" + r.citation() + "]: " + Model.cite(q.citation()));
            List<String> details = c.wrap(c.regular, 8.5f, detail, PdfCanvas.WIDTH);
            c.need(name.size() * 13 + 12 + details.size() * 11 + 8);
            c.text(c.bold, 10, PdfCanvas.MUTED, PdfCanvas.SIDE + PdfCanvas.WIDTH - rightWidth, c.y() - 10, right);
            for (String line : name) {
                c.text(c.bold, 10, PdfCanvas.INK, PdfCanvas.SIDE, c.y() - 10, line);
                c.down(13);
            }
            c.bar(PdfCanvas.SIDE, c.y() - 1, PdfCanvas.WIDTH, 7, fraction(q.counted(), q.required()));
            c.down(11);
            for (String line : details) {
                c.text(c.regular, 8.5f, PdfCanvas.MUTED, PdfCanvas.SIDE, c.y() - 8.5f, line);
                c.down(11);
            }
            c.down(6);
        }
    }

    private static double fraction(BigDecimal counted, BigDecimal required) {
        return required.signum() == 0 ? 1 : counted.divide(required, MathContext.DECIMAL64).doubleValue();
    }

    private void renewalActivities() {
        List<Column> columns = List.of(new Column("Date", 58, false), new Column("Title", 104, false),
                new Column("Provider", 74, false), new Column("Approval", 46, false), new Column("Format", 50, false),
                new Column("Hours", 42, true), new Column("Topics", 64, false),
                new Column("Certificate", 66, false));
        c.heading("Activities that counted", 30);
        List<List<Cell>> rows = new ArrayList<>();
        for (Model.Row r : m.counted()) {
            rows.add(List.of(Cell.of(m.text().date(r.result().completedOn())), Cell.of(r.activity().title()),
                    Cell.of(r.activity().provider()), Cell.of(Model.approvals(r.activity())),
                    Cell.of(r.activity().format().text()), Cell.of(m.countedHours(r)),
                    Cell.of(Model.topics(r.activity())), certificate(r, false)));
        }
        table(columns, rows, "No activity counted.");
        c.heading("Activities that did not count", 30);
        List<Column> why = List.of(new Column("Date", 58, false), new Column("Title", 136, false),
                new Column("Provider", 84, false), new Column("Hours", 64, true), new Column("Why", 162, false));
        rows = new ArrayList<>();
        for (Model.Row r : m.notCounted()) {
            rows.add(List.of(Cell.of(m.text().date(r.result().completedOn())), Cell.of(r.activity().title()),
                    Cell.of(r.activity().provider()), Cell.of(m.hours(r)), Cell.of(m.reason(r))));
        }
        table(why, rows, "Every activity counted in full.");
    }

    private Cell certificate(Model.Row r, boolean withName) {
        if (r.certificate() == null) {
            return new Cell("MISSING", true, PdfCanvas.RED);
        }
        String name = r.certificate().fileName();
        return Cell.of(Model.fingerprint(r) + (withName && name != null ? " " + name : ""));
    }

    private void auditActivities() {
        List<Model.Row> rows = m.inCycle();
        List<Model.Row> missing = m.missingCertificates();
        c.heading("Activities in this cycle", 30);
        c.paragraph(c.regular, 9.5f, PdfCanvas.INK, 0, rows.size() + (rows.size() == 1 ? " activity, " : " activities, ")
                + m.text().hours(m.hoursInCycle()) + " in total, " + m.text().hours(m.hoursCounted())
                + " counted toward the total.");
        c.paragraph(c.bold, 9.5f, missing.isEmpty() ? PdfCanvas.GREEN : PdfCanvas.RED, 0, missing.isEmpty()
                ? "Every activity has a certificate on file."
                : missing.size() + (missing.size() == 1 ? " activity has" : " activities have")
                        + " no certificate on file: " + String.join(", ", missing.stream()
                                .map(r -> r.activity().title()).toList()) + ".");
        c.down(4);
        List<Column> columns = List.of(new Column("Date", 58, false), new Column("Title", 108, false),
                new Column("Provider", 72, false), new Column("Format", 50, false), new Column("Hours", 42, true),
                new Column("Counted", 42, true), new Column("Topics", 62, false),
                new Column("Certificate", 70, false));
        List<List<Cell>> cells = new ArrayList<>();
        for (Model.Row r : rows) {
            cells.add(List.of(Cell.of(m.text().date(r.result().completedOn())), Cell.of(r.activity().title()),
                    Cell.of(r.activity().provider()), Cell.of(r.activity().format().text()), Cell.of(m.hours(r)),
                    Cell.of(m.text().shortHours(r.result().counted())), Cell.of(Model.topics(r.activity())),
                    certificate(r, true)));
        }
        table(columns, cells, "No activity was completed in this cycle.");
        c.heading("Hours per topic", 30);
        List<Column> totals = List.of(new Column("Topic", 204, false), new Column("Activities", 80, true),
                new Column("Hours", 100, true), new Column("Credited to requirements", 120, true));
        cells = new ArrayList<>();
        for (Model.TopicTotal t : m.topicTotals()) {
            cells.add(List.of(Cell.of(t.topic().isEmpty() ? "(no topic)" : Text.code(t.topic())),
                    Cell.of(Integer.toString(t.activities())), Cell.of(m.text().hours(t.hours())),
                    Cell.of(m.text().hours(t.credited()))));
        }
        table(totals, cells, "No activity was completed in this cycle.");
    }

    private void table(List<Column> columns, List<List<Cell>> rows, String empty) {
        if (rows.isEmpty()) {
            c.paragraph(c.regular, 9.5f, PdfCanvas.MUTED, 0, empty);
            return;
        }
        float leading = TABLE_SIZE * 1.3f;
        List<List<String>> head = new ArrayList<>();
        for (Column col : columns) {
            head.add(c.wrap(c.bold, TABLE_SIZE, col.title(), col.width() - 2 * PAD));
        }
        float headHeight = height(head, leading);
        boolean first = true;
        for (List<Cell> row : rows) {
            List<List<String>> lines = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = row.get(i);
                lines.add(c.wrap(cell.bold() ? c.bold : c.regular, TABLE_SIZE, cell.text(),
                        columns.get(i).width() - 2 * PAD));
            }
            float h = height(lines, leading);
            float before = c.y();
            c.need(h + (first ? headHeight : 0));
            if (first || c.y() > before) {
                c.box(PdfCanvas.SHADE, PdfCanvas.SIDE, c.y(), PdfCanvas.WIDTH, headHeight);
                draw(columns, head, null, leading, true);
                c.down(headHeight);
                first = false;
            }
            draw(columns, lines, row, leading, false);
            c.down(h);
            c.rule(PdfCanvas.RULE, c.y(), 0.4f);
        }
        c.down(4);
    }

    private static float height(List<List<String>> cells, float leading) {
        int most = 1;
        for (List<String> cell : cells) {
            most = Math.max(most, cell.size());
        }
        return most * leading + 2 * PAD;
    }

    private void draw(List<Column> columns, List<List<String>> lines, List<Cell> row, float leading, boolean head) {
        float x = PdfCanvas.SIDE;
        for (int i = 0; i < columns.size(); i++) {
            Column col = columns.get(i);
            boolean bold = head || row.get(i).bold();
            PDType0Font font = bold ? c.bold : c.regular;
            Color color = head ? PdfCanvas.INK : row.get(i).color();
            float baseline = c.y() - PAD - TABLE_SIZE;
            for (String line : lines.get(i)) {
                float at = col.right() ? x + col.width() - PAD - c.width(font, TABLE_SIZE, line) : x + PAD;
                c.text(font, TABLE_SIZE, color, at, baseline, line);
                baseline -= leading;
            }
            x += col.width();
        }
    }

    private void notes() {
        List<Evaluation.Finding> notes = m.notes();
        if (notes.isEmpty()) {
            return;
        }
        c.heading("What to know", 20);
        for (Evaluation.Finding f : notes) {
            List<String> lines = c.wrap(c.regular, 9, f.message(), PdfCanvas.WIDTH - 12);
            c.need(lines.size() * 12);
            c.text(c.regular, 9, PdfCanvas.MUTED, PdfCanvas.SIDE, c.y() - 9, "•");
            for (String line : lines) {
                c.text(c.regular, 9, PdfCanvas.INK, PdfCanvas.SIDE + 12, c.y() - 9, line);
                c.down(12);
            }
            c.down(2);
        }
    }

    private void citations() {
        c.heading("Sources of the requirements", 20);
        if (m.citations().isEmpty()) {
            c.paragraph(c.regular, 9.5f, PdfCanvas.MUTED, 0, "None.");
            return;
        }
        for (int i = 0; i < m.citations().size(); i++) {
            Citation cite = m.citations().get(i);
            String number = "[" + (i + 1) + "]";
            List<String> head = c.wrap(c.bold, 9, cite.citation() + " - " + cite.rule(), PdfCanvas.WIDTH - 24);
            List<String> source = c.wrap(c.regular, 8, (cite.source() == null ? "" : cite.source())
                    + (cite.verified() == null ? "" : " (checked " + m.text().date(cite.verified()) + ")")
                    + (cite.confidence() == Confidence.SECONDARY ? " " + Model.SECONDARY : ""),
                    PdfCanvas.WIDTH - 24);
            c.need(head.size() * 12 + source.size() * 10 + 4);
            c.text(c.bold, 9, PdfCanvas.MUTED, PdfCanvas.SIDE, c.y() - 9, number);
            for (String line : head) {
                c.text(c.bold, 9, PdfCanvas.INK, PdfCanvas.SIDE + 24, c.y() - 9, line);
                c.down(12);
            }
            for (String line : source) {
                c.text(c.regular, 8, PdfCanvas.MUTED, PdfCanvas.SIDE + 24, c.y() - 8, line);
                c.down(10);
            }
            c.down(4);
        }
    }
}
