package io.github.cetrack.benchmarks;

import io.github.cetrack.catalog.ComplianceEngine;
import io.github.cetrack.catalog.EvaluationRequest;
import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.Certificate;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.LicenseType;
import io.github.cetrack.reporting.ReportData;
import io.github.cetrack.reporting.ReportFormat;
import io.github.cetrack.reporting.ReportKind;
import io.github.cetrack.reporting.ReportOptions;
import io.github.cetrack.reporting.Reports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The renewal report PDF of a cycle with 500 activities, against two baselines measured in the same
 * run: a bare PDFBox document holding one line of the same text per activity in the same embedded
 * font (no layout, tables, wrapping or footers), and the same report as HTML.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReportBenchmark {

    static final int ACTIVITIES = 500;
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T00:00:00Z"), ZoneOffset.UTC);

    ReportData data;
    Reports reports;
    byte[] font;

    @Setup
    public void setUp() {
        data = data();
        reports = Reports.create(ReportOptions.iso(CLOCK));
        try (InputStream in = Reports.class.getResourceAsStream("internal/fonts/DejaVuSans.ttf")) {
            font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns a realistic cycle: a licence with 500 activities, most with a certificate, evaluated by the engine. */
    static ReportData data() {
        ComplianceEngine engine = ComplianceEngine.create();
        EvaluationRequest request = new Workload(engine.catalog()).request(42, ACTIVITIES);
        List<CeActivity> activities = new ArrayList<>();
        for (CeActivity a : request.activities()) {
            activities.add(a.id().hashCode() % 9 == 0 ? a : a.withCertificate(Certificate.of(sha256(a.id()),
                    "application/pdf", 40_000, a.id() + "-certificate.pdf")));
        }
        Evaluation e = engine.evaluate(request.license(), engine.currentCycle(request.license()), activities);
        LicenseType type = engine.catalog().licenseType(request.license().jurisdiction(),
                request.license().licenseType()).orElseThrow();
        return ReportData.of(e, type, activities);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The renewal report PDF. */
    @Benchmark
    public byte[] renewalPdf() {
        return reports.render(data, ReportKind.RENEWAL, ReportFormat.PDF);
    }

    /** Baseline: the same report as HTML. */
    @Benchmark
    public byte[] renewalHtml() {
        return reports.render(data, ReportKind.RENEWAL, ReportFormat.HTML);
    }

    /** Baseline: a bare PDFBox document with one line of the same text per activity, in the same embedded font. */
    @Benchmark
    public byte[] barePdf() throws IOException {
        return bare(data, font);
    }

    static byte[] bare(ReportData data, byte[] font) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font f = PDType0Font.load(doc, new ByteArrayInputStream(font), true);
            PDPageContentStream cs = null;
            float y = 0;
            List<CeActivity> activities = data.activities();
            for (int i = 0; i < activities.size(); i++) {
                if (i % 60 == 0) {
                    if (cs != null) {
                        cs.close();
                    }
                    PDPage page = new PDPage(PDRectangle.LETTER);
                    doc.addPage(page);
                    cs = new PDPageContentStream(doc, page);
                    cs.setFont(f, 7.5f);
                    y = 738;
                }
                CeActivity a = activities.get(i);
                Evaluation.ActivityResult r = data.evaluation().activities().get(i);
                String line = a.completedOn() + " " + a.title() + " " + a.provider() + " " + String.join(", ",
                        a.approvals()) + " " + a.format() + " " + r.counted() + " h " + String.join(", ",
                        a.topics()) + " " + (a.certificate() == null ? "MISSING" : a.certificate().sha256()
                        .substring(0, 12));
                cs.beginText();
                cs.newLineAtOffset(54, y);
                cs.showText(line);
                cs.endText();
                y -= 11;
            }
            cs.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
