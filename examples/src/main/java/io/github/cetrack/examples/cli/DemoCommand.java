package io.github.cetrack.examples.cli;

import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.Jurisdiction;
import io.github.cetrack.core.License;
import io.github.cetrack.core.store.CertificateFile;
import io.github.cetrack.core.store.StoredActivity;
import io.github.cetrack.core.store.StoredLicense;
import io.github.cetrack.reporting.AuditPacket;
import io.github.cetrack.reporting.ReportData;
import io.github.cetrack.reporting.ReportOptions;
import io.github.cetrack.reporting.Reports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Creates a new database, logs a year of CE activities with certificate files for a clinician "
                + "licensed in California and New York, shows the status, then writes the renewal report PDFs and an "
                + "audit packet.", "The same activities count differently for each board."},
        footer = {"", "Example: cetrack demo --out demo", "Exit codes: 0 ok, 3 storage error."})
final class DemoCommand extends Printing {

    /** The demo's records describe 2025–26; it judges them as of this day so that they stay current. */
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 15);

    @Option(names = "--out", paramLabel = "DIR",
            description = "Directory for the database, certificates, reports and packet (default: a new temporary directory).")
    Path dir;

    @Override
    int print(PrintWriter out) throws IOException {
        Path home = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("cetrack-demo");
        Input sample = Input.parse(resource("/demo/clinician.json"));
        DbOption db = new DbOption();
        db.url = "jdbc:h2:" + home.resolve("records").toAbsolutePath();
        Clock clock = Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        try (Tracker opened = Tracker.init(db, sample.license().holder()).getKey()) {
            Tracker tracker = opened.at(clock);
            out.printf("cetrack demo: %s's CE records in a new H2 database at %s, as of %s.%n%n",
                    sample.license().holder(), tracker.url, AS_OF);
            List<StoredLicense> licenses = List.of(
                    tracker.records().save(StoredLicense.of("us-ca-lcsw", Tracker.HOLDER, sample.license())),
                    tracker.records().save(StoredLicense.of("us-ny-lcsw", Tracker.HOLDER,
                            License.of(Jurisdiction.US_NY, "LCSW", LocalDate.of(2016, 9, 12))
                                    .withHolder(sample.license().holder()).withNumber("087421")
                                    .withExpiresOn(LocalDate.of(2027, 8, 31)))));
            log(out, tracker, sample.activities(), home.resolve("certificates"));
            StatusCommand.print(out, tracker, false);
            howEachCounts(out, tracker, licenses, sample.activities());

            Reports reports = Reports.create(ReportOptions.iso(clock));
            List<Path> written = new ArrayList<>();
            Map<String, ReportData> data = new LinkedHashMap<>();
            for (StoredLicense l : licenses) {
                data.put(l.id(), tracker.reportData(l.id()));
                Path pdf = home.resolve("renewal-report-" + l.id() + ".pdf");
                Reporting.write(pdf, reports.renewalPdf(data.get(l.id())));
                written.add(pdf);
            }
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            AuditPacket.write(data.get("us-ca-lcsw"), tracker.certificates(), reports, zip);
            Path packet = home.resolve("audit-packet-us-ca-lcsw.zip");
            Reporting.write(packet, zip.toByteArray());
            written.add(packet);

            out.println();
            out.println("Renewal reports (PDF) and the California audit packet:");
            written.forEach(p -> out.println("  " + p));
            out.println();
            out.println("Try: cetrack status --db " + tracker.url);
            out.println("     cetrack audit-packet verify " + packet);
        }
        return Cetrack.OK;
    }

    /** Logs the sample activities; those with a certificate get a generated certificate PDF. */
    private static void log(PrintWriter out, Tracker tracker, List<CeActivity> activities, Path certificates) throws IOException {
        Files.createDirectories(certificates);
        BigDecimal hours = BigDecimal.ZERO;
        int withCertificate = 0;
        for (CeActivity a : activities) {
            StoredActivity stored = StoredActivity.of(Tracker.HOLDER, a.withCertificate(null));
            if (a.certificate() == null) {
                tracker.records().save(stored);
            } else {
                byte[] pdf = certificate(tracker.holder().name(), a);
                Files.write(certificates.resolve(a.certificate().fileName()), pdf);
                tracker.records().save(stored, CertificateFile.of(pdf, a.certificate().fileName()));
                withCertificate++;
            }
            hours = hours.add(a.hours());
        }
        out.printf("Logged %d activities (%s hours), %d with a certificate file in %s.%n%n", activities.size(),
                Render.num(hours), withCertificate, certificates);
    }

    private static void howEachCounts(PrintWriter out, Tracker tracker, List<StoredLicense> licenses, List<CeActivity> activities) {
        Map<String, Map<String, String>> how = new LinkedHashMap<>();
        for (StoredLicense l : licenses) {
            Evaluation e = tracker.evaluate(l.id());
            for (Evaluation.ActivityResult r : e.activities()) {
                how.computeIfAbsent(r.id(), k -> new LinkedHashMap<>()).put(l.license().jurisdiction().code(), r.explanation());
            }
        }
        out.println();
        out.println("How each activity counts, board by board:");
        for (CeActivity a : activities) {
            out.printf("  %s  %s (%s h, %s)%n", a.completedOn(), a.title(), Render.num(a.hours()), a.provider());
            how.getOrDefault(a.id(), Map.of()).forEach((state, text) -> out.printf("      %-6s %s%n", state, text));
        }
    }

    /** A one-page certificate of completion, as a CE provider would issue it. */
    static byte[] certificate(String holder, CeActivity a) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.LETTER.getHeight(), PDRectangle.LETTER.getWidth()));
            doc.addPage(page);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                line(text, bold, 28, 180, 480, "Certificate of Completion");
                line(text, regular, 14, 180, 430, "This certifies that");
                line(text, bold, 20, 180, 400, holder);
                line(text, regular, 14, 180, 360, "completed \"" + a.title() + "\"");
                line(text, regular, 14, 180, 335, "offered by " + a.provider() + " on " + a.completedOn());
                line(text, regular, 14, 180, 310, "for " + Render.num(a.hours()) + " continuing-education contact hours.");
            }
            doc.getDocumentInformation().setTitle("Certificate: " + a.title());
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static void line(PDPageContentStream s, PDType1Font font, float size, float x, float y, String text) throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }

    private static String resource(String path) {
        try (InputStream in = DemoCommand.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
