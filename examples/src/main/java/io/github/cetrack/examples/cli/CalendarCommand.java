package io.github.cetrack.examples.cli;

import io.github.cetrack.catalog.ComplianceEngine;
import io.github.cetrack.reporting.Deadline;
import io.github.cetrack.reporting.DeadlineCalendar;
import io.github.cetrack.reporting.ReportData;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = "Writes an iCalendar (.ics) file with each licence's renewal deadline (the end of its "
                + "cycle) and reminders before it.",
        footer = {"", "Examples:", "  cetrack calendar --out deadlines.ics      # every licence in your records",
                "  cetrack calendar examples/sample/ca-lcsw.json --out deadlines.ics",
                "Exit codes: 0 written, 2 bad input, 3 file error."})
final class CalendarCommand extends Printing {

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "JSON files with license, optional cycle, and activities; one deadline each. Without "
                    + "them, every licence in your records.")
    List<Path> files = new ArrayList<>();

    @picocli.CommandLine.Mixin
    DbOption db;

    @Option(names = "--out", paramLabel = "FILE.ics", description = "Where to write the calendar (default: standard output).")
    Path out;

    @Option(names = "--remind", paramLabel = "DAYS", split = ",",
            description = "Days before each deadline to remind; default 90,30,7.")
    int[] remind = {90, 30, 7};

    @Override
    int print(PrintWriter stdout) {
        List<Deadline> deadlines = new ArrayList<>();
        if (files.isEmpty()) {
            try (Tracker tracker = Tracker.open(db, Tracker.Use.READ)) {
                for (io.github.cetrack.core.store.StoredLicense l : tracker.records().licensesOf(Tracker.HOLDER)) {
                    deadlines.add(Deadline.of(tracker.evaluate(l.id()), tracker.engine().catalog()
                            .licenseType(l.license().jurisdiction(), l.license().licenseType()).orElse(null)));
                }
            }
        } else {
            ComplianceEngine engine = ComplianceEngine.create();
            for (Path file : files) {
                ReportData data = Reporting.evaluate(engine, file);
                deadlines.add(Deadline.of(data.evaluation(), data.licenseType()));
            }
        }
        String ics = DeadlineCalendar.create(Tracker.clock()).withReminders(remind).ics(deadlines);
        if (out == null) {
            stdout.print(ics);
        } else {
            Reporting.write(out, ics.getBytes(StandardCharsets.UTF_8));
            stdout.printf("Wrote %s to %s%n", Render.count(deadlines.size(), "renewal deadline", "renewal deadlines"), out);
        }
        return Cetrack.OK;
    }
}
