package io.github.cetrack.examples.cli;

import io.github.cetrack.catalog.ComplianceEngine;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.LicenseType;
import io.github.cetrack.core.json.CetrackJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluates a licence and its activities, read from a JSON file, against the catalogue.",
        footer = {"", "Example: cetrack evaluate examples/sample/ca-lcsw.json --json",
                "Exit codes: 0 compliant or exempt, 1 not compliant, 2 bad input."})
final class EvaluateCommand extends Printing {

    @Parameters(paramLabel = "FILE", description = "JSON file with license, optional cycle, and activities.")
    Path file;

    @Option(names = "--json", description = "Print the full evaluation as JSON.")
    boolean json;

    @Override
    int print(PrintWriter out) {
        Input input = Input.read(file);
        ComplianceEngine engine = ComplianceEngine.create();
        Evaluation e = engine.evaluate(input.license(), input.cycle(), input.activities());
        if (json) {
            out.println(CetrackJson.write(e));
        } else {
            String board = engine.catalog().licenseType(e.license().jurisdiction(), e.license().licenseType())
                    .map(LicenseType::board).orElse(null);
            Render.evaluation(out, e, board);
        }
        return e.isCompliant() ? Cetrack.OK : Cetrack.NOT_COMPLIANT;
    }
}
