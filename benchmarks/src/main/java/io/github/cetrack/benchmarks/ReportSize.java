package io.github.cetrack.benchmarks;

import io.github.cetrack.reporting.ReportData;
import io.github.cetrack.reporting.ReportFormat;
import io.github.cetrack.reporting.ReportKind;
import io.github.cetrack.reporting.ReportOptions;
import io.github.cetrack.reporting.Reports;
import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Prints the sizes that go with {@link ReportBenchmark}: the renewal report of 500 activities as PDF
 * (bytes and pages), as HTML, and the bare PDFBox baseline. Run: java -cp benchmarks.jar
 * io.github.cetrack.benchmarks.ReportSize
 */
public final class ReportSize {

    private ReportSize() {}

    public static void main(String[] args) throws IOException {
        ReportData data = ReportBenchmark.data();
        Reports reports = Reports.create(ReportOptions.iso(ReportBenchmark.CLOCK));
        byte[] pdf = reports.render(data, ReportKind.RENEWAL, ReportFormat.PDF);
        byte[] html = reports.render(data, ReportKind.RENEWAL, ReportFormat.HTML);
        byte[] font;
        try (InputStream in = Reports.class.getResourceAsStream("internal/fonts/DejaVuSans.ttf")) {
            font = in.readAllBytes();
        }
        byte[] bare = ReportBenchmark.bare(data, font);
        int pages;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pages = doc.getNumberOfPages();
        }
        System.out.printf("report-size pdf %d %d html %d bare %d%n", pdf.length, pages, html.length, bare.length);
    }
}
