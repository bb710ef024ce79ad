package io.github.cetrack.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Backs up all your records and certificates into a new directory (tenant.json and certificates/).",
        footer = {"", "Example: cetrack export ~/cetrack-backup-2026-11-29", "Restore with: cetrack restore DIR --db URL",
                "Exit codes: 0 ok, 2 bad input (the directory is not empty), 3 storage error."})
final class ExportCommand extends Printing {

    @Mixin
    DbOption db;

    @Parameters(paramLabel = "DIR", description = "A directory that does not exist yet or is empty.")
    Path dir;

    @Override
    int print(PrintWriter out) {
        try (Tracker tracker = Tracker.open(db, Tracker.Use.READ)) {
            tracker.records().exportTo(dir);
            out.printf("Exported %s to %s%n", tracker.contents(), dir.toAbsolutePath());
            return Cetrack.OK;
        }
    }
}
