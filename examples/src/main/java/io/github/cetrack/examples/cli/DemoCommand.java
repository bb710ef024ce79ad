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
        footer = {"", "Example: cetrack demo"})
final class DemoCommand implements Callable<Integer> {

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
        for (License license : licenses) {
            out.println();
            out.println("=".repeat(100));
            Evaluation e = engine.evaluate(license, sample.activities());
            String board = engine.catalog().licenseType(license.jurisdiction(), license.licenseType())
                    .map(LicenseType::board).orElse(null);
            Render.evaluation(out, e, board);
        }
        out.println();
        out.println("Try: cetrack evaluate examples/sample/ca-lcsw.json --json");
        out.flush();
        return Cetrack.OK;
    }

    private static String resource(String path) {
        try (InputStream in = DemoCommand.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
