package io.github.cetrack.examples.cli;

import io.github.cetrack.catalog.ComplianceEngine;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.reporting.ReportData;
import io.github.cetrack.reporting.ReportFormat;
import io.github.cetrack.reporting.ReportKind;
import io.github.cetrack.reporting.Reports;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes the renewal or audit report of a licence and its activities (the file 'cetrack "
                + "evaluate' reads) as PDF, HTML, CSV or JSON.",
            "HTML, CSV and JSON go to standard output unless --out is given; PDF goes to --out, "
                + "by default <kind>-report.pdf."},
        footer = {"", "Examples:", "  cetrack report --license us-ca-lcsw --out renewal.pdf",
                "  cetrack report examples/sample/ca-lcsw.json --format pdf --out renewal.pdf",
                "Exit codes: 0 written, 2 bad input (or a certificate that does not match), 3 file error."})
final class ReportCommand extends Printing {

    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "JSON file with license, optional cycle, and activities. Without it, the report is of a "
                    + "licence in your records (--license).")
    Path file;

    @Option(names = "--license", paramLabel = "ID",
            description = "Which of your licences (see: cetrack license list); needed when you hold several.")
    String license;

    @picocli.CommandLine.Mixin
    DbOption db;

    @Option(names = "--format", paramLabel = "FORMAT", description = "pdf (default), html, csv or json.")
    String format = "pdf";

    @Option(names = "--kind", paramLabel = "KIND", description = "renewal (default) or audit.")
    String kind = "renewal";

    @Option(names = "--out", paramLabel = "PATH", description = "Where to write the report.")
    Path out;

    @Option(names = "--certificates", paramLabel = "DIR",
            description = "Directory of certificate files (named by SHA-256 or file name); each is checked "
                    + "against the SHA-256 in FILE.")
    Path certificates;

    @Option(names = "--locale", paramLabel = "TAG",
            description = "Show dates and numbers in this locale, like en-US (default: ISO dates).")
    String locale;

    @Override
    int print(PrintWriter stdout) {
        ReportFormat f = parse(ReportFormat.class, "--format", format);
        ReportKind k = parse(ReportKind.class, "--kind", kind);
        Reports reports = Reports.create(Reporting.options(locale));
        ReportData data;
        if (file == null) {
            try (Tracker tracker = Tracker.open(db)) {
                data = tracker.reportData(tracker.licenseId(license));
            }
        } else {
            data = Reporting.evaluate(ComplianceEngine.create(), file);
        }
        if (certificates != null) {
            Reporting.checkCertificates(data.activities(), certificates);
        }
        byte[] bytes = reports.render(data, k, f);
        Path target = out;
        if (target == null && f == ReportFormat.PDF) {
            target = Path.of(k.name().toLowerCase(Locale.ROOT) + "-report.pdf");
        }
        if (target == null) {
            stdout.print(new String(bytes, StandardCharsets.UTF_8));
        } else {
            Reporting.write(target, bytes);
            stdout.printf("Wrote the %s report (%s, %,d bytes) to %s%n", k.name().toLowerCase(Locale.ROOT),
                    f.name(), bytes.length, target);
        }
        return Cetrack.OK;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String option, String value) {
        try {
            // Dashes as in "live-online" read like the underscores of the JSON names.
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(option, "must be one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).toList(), value);
        }
    }
}
