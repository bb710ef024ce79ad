package io.github.cetrack.examples.cli;

import io.github.cetrack.core.json.CetrackJson;
import io.github.cetrack.core.store.StoredActivity;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists your CE activities, oldest first.",
        footer = {"", "Example: cetrack list --from 2024-04-01 --json", "Exit codes: 0 ok, 2 bad input, 3 storage error."})
final class ListCommand extends Printing {

    @Mixin
    DbOption db;

    @Option(names = "--from", description = "Only activities completed on or after this date.")
    LocalDate from;

    @Option(names = "--to", description = "Only activities completed on or before this date.")
    LocalDate to;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    int print(PrintWriter out) {
        try (Tracker tracker = Tracker.open(db, Tracker.Use.READ)) {
            List<StoredActivity> all = tracker.records().activitiesOf(Tracker.HOLDER).stream()
                    .filter(a -> from == null || !a.activity().completedOn().isBefore(from))
                    .filter(a -> to == null || !a.activity().completedOn().isAfter(to)).toList();
            if (json) {
                out.println(CetrackJson.write(all.stream().map(StoredActivity::activity).toList()));
            } else if (all.isEmpty()) {
                out.println("No activities yet. Log one: cetrack log --title ... --provider ... --date ... --hours ... --format ...");
            } else {
                out.printf("%-8s  %-10s  %-40s  %-24s  %6s  %-11s  %-12s  %s%n", "id", "date", "title", "provider", "hours",
                        "format", "certificate", "topics");
                for (StoredActivity s : all) {
                    var a = s.activity();
                    out.printf("%-8s  %-10s  %-40s  %-24s  %6s  %-11s  %-12s  %s%n", s.id(), a.completedOn(),
                            Render.cut(a.title(), 40), Render.cut(a.provider(), 24), Render.num(a.hours()),
                            a.format().name().toLowerCase(java.util.Locale.ROOT),
                            a.certificate() == null ? "MISSING" : a.certificate().sha256().substring(0, 12),
                            Terminal.safe(topics(s)));
                }
            }
            return Cetrack.OK;
        }
    }

    // The topics, then any codes from before topics that name none: they count toward nothing.
    static String topics(StoredActivity s) {
        String topics = String.join(", ", s.activity().topics());
        if (s.unmappedTopics().isEmpty()) {
            return topics;
        }
        return (topics.isEmpty() ? "" : topics + "; ") + "not a topic: " + String.join(", ", s.unmappedTopics());
    }
}
