package io.github.cetrack.reporting;

import static io.github.cetrack.reporting.Fixture.REPORTS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cetrack.reporting.internal.PdfCanvas;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class PdfReportTest {

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // In drawing order each table cell's lines follow each other; join lines with one space.
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theRenewalReportStatesHolderBoardCycleStatusAndEveryNumber() throws IOException {
        String text = text(REPORTS.renewalPdf(Fixture.data()));
        assertThat(text).contains("Continuing education renewal report", "Maria Alvarez",
                "US-CA LCSW (Licensed Clinical Social Worker), number LCSW 98765", "Board of Behavioral Sciences",
                "2025-02-01 to 2027-01-31", "Incomplete: 3 more hours needed by 2027-01-31",
                "Total hours", "33 of 36 hours", "Remaining: 3 hours.", "Law and ethics", "3 of 6 hours", "At least 6 hours of law and ethics.",
                "Remaining: 3 hours.");
    }

    @Test
    void theRenewalReportListsWhatCountedWithCertificateFingerprintsAndWhatDidNotWithTheReason() throws IOException {
        String text = text(REPORTS.renewalPdf(Fixture.data()));
        String cert = Fixture.certificate("ce-01", null).sha256().substring(0, 12);
        assertThat(text).contains("Activities that counted", "Law and Ethics for California Clinicians", "CAMFT",
                "camft", "live online", "3 h", "law and ethics", cert, "Trauma-Informed Care with", "24 h",
                "MISSING");
        assertThat(text).contains("Activities that did not count", "Suicide Risk Assessment",
                "completed on 2020-06-01, outside this cycle", "Clinical Supervision Seminar",
                "1.5 h (1.5 CEU)", "no equivalence for CEU in hours");
    }

    @Test
    void theRenewalReportCitesTheSourceOfEachRequirement() throws IOException {
        String text = text(REPORTS.renewalPdf(Fixture.data()));
        assertThat(text).contains("Sources of the requirements", "[1]", "16 CCR § 1887.3(a) - US-CA LCSW total hours",
                "[2]", "16 CCR § 1887.3(c)", "https://www.bbs.ca.gov/pdf/publications/lawsregs.pdf",
                "(checked 2026-11-29)", "Source [1]: 16 CCR § 1887.3(a)");
        // The fixture's ethics requirement rests on secondary sources; the total does not.
        assertThat(text).containsOnlyOnce("Read in secondary sources: the official text could not be read.");
    }

    @Test
    void everyPageHasAFooterWithPageNumberGenerationDateAndCatalogVersion() throws IOException {
        byte[] pdf = REPORTS.renewalPdf(Fixture.many(120));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            for (int p = 1; p <= pages; p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(doc);
                assertThat(page).contains("Page " + p + " of " + pages,
                        "Generated on 2026-11-29 by cetrack from catalogue version 2026.11.29");
            }
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(2);
            last.setEndPage(2);
            assertThat(last.getText(doc)).as("the table header repeats on a new page").contains("Certificate");
        }
    }

    @Test
    void everyFontIsEmbeddedAndNoneIsAStandardFourteenFont() throws IOException {
        try (PDDocument doc = Loader.loadPDF(REPORTS.render(Fixture.data(), ReportKind.AUDIT, ReportFormat.PDF))) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.isStandard14()).isFalse();
                }
            }
            assertThat(fonts).anyMatch(f -> f.endsWith("DejaVuSans")).anyMatch(f -> f.endsWith("DejaVuSans-Bold"));
        }
    }

    @Test
    void reportsRenderedOnManyThreadsAtOnceAreTheSameAsOneAtATime() throws Exception {
        // More threads than FontFile keeps parsed fonts: some documents parse their own.
        List<ReportData> inputs = List.of(Fixture.data(), Fixture.many(120), Fixture.withTitle("Ωμέγα office"));
        List<byte[]> alone = inputs.stream().map(REPORTS::renewalPdf).toList();
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 36; i++) {
                ReportData data = inputs.get(i % inputs.size());
                results.add(threads.submit(() -> REPORTS.renewalPdf(data)));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(alone.get(i % inputs.size()));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void thePdfHasFixedDocumentInformationAndIsByteIdenticalForTheSameInput() throws IOException {
        byte[] a = REPORTS.renewalPdf(Fixture.data());
        byte[] b = REPORTS.renewalPdf(Fixture.data());
        assertThat(a).isEqualTo(b);
        try (PDDocument doc = Loader.loadPDF(a)) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Continuing education renewal report");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Maria Alvarez");
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant())
                    .hasToString("2026-11-29T00:00:00Z");
        }
    }

    @Test
    void pageOneRendersWithNoInkOutsideThePageMargins() throws IOException {
        byte[] pdf = REPORTS.renewalPdf(Fixture.withTitle("W".repeat(120) + " " + "long ".repeat(30)));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            float dpi = 100;
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, dpi);
            Path png = Path.of("target", "renewal-page-1.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(image, "png", png.toFile());
            int edge = (int) Math.floor(PdfCanvas.EDGE * dpi / 72) - 1;
            int inked = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    boolean white = (image.getRGB(x, y) & 0xffffff) == 0xffffff;
                    boolean outside = x < edge || y < edge || x >= image.getWidth() - edge
                            || y >= image.getHeight() - edge;
                    if (!white) {
                        inked++;
                        assertThat(outside).as("ink at (%d, %d), outside the margins", x, y).isFalse();
                    }
                }
            }
            assertThat(inked).as("the page has content").isGreaterThan(10_000);
        }
    }

    @Test
    void aTitleOfThreeHundredCharactersWrapsInsideItsColumnInsteadOfOverflowing() throws IOException {
        String title = ("Advanced-supervision-of-clinical-practice-" + "x".repeat(60) + " ").repeat(3)
                .substring(0, 300);
        byte[] pdf = REPORTS.renewalPdf(Fixture.withTitle(title));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Positions positions = new Positions();
            positions.getText(doc);
            float width = doc.getPage(0).getMediaBox().getWidth();
            assertThat(positions.glyphs).isGreaterThan(1000);
            assertThat(positions.minX).isGreaterThanOrEqualTo(PdfCanvas.SIDE - 0.5f);
            assertThat(positions.maxX).isLessThanOrEqualTo(width - PdfCanvas.SIDE + 0.5f);
            String all = positions.text.toString().replaceAll("\\s", "");
            assertThat(all).contains(title.replace(" ", ""));
        }
    }

    @Test
    void textTheFontLacksIsReplacedInsteadOfFailing() throws IOException {
        String text = text(REPORTS.renewalPdf(Fixture.withTitle("Ethics § 4 – ≥ 3 hours… 漢字 \uD83D\uDE00 end")));
        assertThat(text).contains("Ethics § 4 – ≥ 3 hours…").contains("end");
    }

    @Test
    void datesAndNumbersFollowTheChosenLocale() throws IOException {
        Reports us = Reports.create(ReportOptions.of(Fixture.CLOCK, Locale.US));
        String text = text(us.renewalPdf(Fixture.data()));
        assertThat(text).contains("Feb 1, 2025 to Jan 31, 2027", "Mar 14, 2025", "Generated on Nov 29, 2026");
        Reports de = Reports.create(ReportOptions.of(Fixture.CLOCK, Locale.GERMANY));
        assertThat(text(de.renewalPdf(Fixture.data()))).contains("1,5 h (1,5 CEU)");
    }

    @Test
    void theAuditReportListsEveryActivityInTheCycleFlagsMissingCertificatesAndTotalsPerTopic() throws IOException {
        byte[] pdf = REPORTS.render(Fixture.data(), ReportKind.AUDIT, ReportFormat.PDF);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Files.createDirectories(Path.of("target"));
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 100), "png",
                    Path.of("target", "audit-page-1.png").toFile());
        }
        String text = text(pdf);
        assertThat(text).contains("Continuing education audit report", "4 activities, 34.5 hours in total",
                "1 activity has no certificate on file: Telehealth Law and Ethics.", "camft-law-ethics",
                "MISSING", "Hours per topic", "laws and rules", "telehealth", "supervision", "(no topic)");
        assertThat(text).doesNotContain("Suicide Risk Assessment");
    }

    @Test
    void anExemptCycleWithNoActivitiesStillGivesEveryReport() throws IOException {
        io.github.cetrack.core.Evaluation exempt = new io.github.cetrack.core.Evaluation(Fixture.LICENSE,
                Fixture.CYCLE, io.github.cetrack.core.Evaluation.Status.EXEMPT, List.of(), List.of(), List.of(),
                "2026.11.29");
        ReportData data = ReportData.of(exempt, null, List.of());
        assertThat(text(REPORTS.renewalPdf(data))).contains("Exempt: no hours are required in this cycle",
                "No hours are required in this cycle.", "No activity counted.", "(board not given)", "Page 1 of 1");
        assertThat(text(REPORTS.render(data, ReportKind.AUDIT, ReportFormat.PDF)))
                .contains("0 activities, 0 hours in total", "No activity was completed in this cycle.");
        assertThat(new String(REPORTS.render(data, ReportKind.AUDIT, ReportFormat.CSV),
                java.nio.charset.StandardCharsets.UTF_8).split("\r\n")).hasSize(1);
    }

    @Test
    void aCycleOfFiveHundredActivitiesFitsOnPagesWithEveryActivityListed() throws IOException {
        byte[] pdf = REPORTS.renewalPdf(Fixture.many(500));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isBetween(10, 60);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Course number 0 ", "Course number 499 ", "500 of 36 hours");
        }
    }

    /** Collects where every glyph on every page is drawn. */
    static final class Positions extends PDFTextStripper {
        float minX = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        int glyphs;
        final StringBuilder text = new StringBuilder();

        Positions() throws IOException {
            setSortByPosition(false);
        }

        @Override
        protected void writeString(String string, List<TextPosition> textPositions) throws IOException {
            for (TextPosition t : textPositions) {
                minX = Math.min(minX, t.getXDirAdj());
                maxX = Math.max(maxX, t.getXDirAdj() + t.getWidthDirAdj());
                glyphs++;
            }
            text.append(string).append(' ');
            super.writeString(string, textPositions);
        }
    }
}
