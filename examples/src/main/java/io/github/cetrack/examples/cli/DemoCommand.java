package io.github.cetrack.examples.cli;

import io.github.cetrack.catalog.ComplianceEngine;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.License;
import io.github.cetrack.core.LicenseType;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Evaluates a sample clinician licensed in California and New York.",
        footer = {"", "Example: cetrack demo --out demo-reports"})
final class DemoCommand implements Callable<Integer> {

    @picocli.CommandLine.Option(names = "--out", paramLabel = "DIR",
            description = "Directory for the renewal report PDF (default: a new temporary directory).")
    java.nio.file.Path dir;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Input sample = Files2.parse(resource("/demo/clinician.json"));
        ComplianceEngine engine = ComplianceEngine.create();
        out.println("cetrack demo: one clinician, one set of CE records, two licences.");
        out.println("The same activities are evaluated against each board's rules.");
        List<License> licenses = List.of(sample.license(),
                License.of(io.github.cetrack.core.Jurisdiction.US_NY, "LCSW", java.time.LocalDate.of(2016, 9, 12))
                        .withHolder(sample.license().holder()).withNumber("087421")
                        .withExpiresOn(java.time.LocalDate.of(2027, 8, 31)));
        List<String> reports = new java.util.ArrayList<>();
        for (License license : licenses) {
            out.println();
            out.println("=".repeat(100));
            Evaluation e = engine.evaluate(license, sample.activities());
            LicenseType type = engine.catalog().licenseType(license.jurisdiction(), license.licenseType())
                    .orElse(null);
            Render.evaluation(out, e, type == null ? null : type.board());
            java.nio.file.Path pdf = directory().resolve("renewal-report-" + license.jurisdiction().toString()
                    .toLowerCase(java.util.Locale.ROOT) + "-" + license.licenseType().toLowerCase(java.util.Locale.ROOT)
                    + ".pdf");
            Reporting.write(pdf, io.github.cetrack.reporting.Reports.create(Reporting.options(null))
                    .renewalPdf(io.github.cetrack.reporting.ReportData.of(e, type, sample.activities())));
            reports.add(pdf.toString());
        }
        out.println();
        out.println("Renewal reports (PDF):");
        reports.forEach(path -> out.println("  " + path));
        out.println();
        out.println("Try: cetrack evaluate examples/sample/ca-lcsw.json --json");
        out.flush();
        return Cetrack.OK;
    }

    private java.nio.file.Path directory() {
        try {
            if (dir == null) {
                dir = java.nio.file.Files.createTempDirectory("cetrack-demo");
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for the reports: " + e.getMessage(), e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = DemoCommand.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
