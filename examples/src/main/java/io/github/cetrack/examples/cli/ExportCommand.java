package io.github.cetrack.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Backs up all your records and certificates into a new directory (tenant.json and certificates/).",
        footer = {"", "Example: cetrack export ~/cetrack-backup-2026-11-29", "Restore with: cetrack restore DIR --db URL",
                "Exit codes: 0 ok, 2 bad input (the directory is not empty), 3 storage error."})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Parameters(paramLabel = "DIR", description = "A directory that does not exist yet or is empty.")
    Path dir;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Tracker tracker = Tracker.open(db, Tracker.Use.READ)) {
            tracker.records().exportTo(dir);
            int activities = tracker.records().activitiesOf(Tracker.HOLDER).size();
            spec.commandLine().getOut().printf("Exported %s and %s to %s%n",
                    Render.count(tracker.records().licenses().size(), "licence", "licences"),
                    Render.count(activities, "activity", "activities"), dir.toAbsolutePath());
        }
        spec.commandLine().getOut().flush();
        return Cetrack.OK;
    }
}
