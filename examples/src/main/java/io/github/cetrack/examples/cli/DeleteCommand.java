package io.github.cetrack.examples.cli;

import io.github.cetrack.core.store.StoredActivity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Deletes an activity after asking (its certificate stays in the records and in backups).",
        footer = {"", "Examples:", "  cetrack delete 3f1c9a0e", "  cetrack delete 3f1c9a0e --yes   # for scripts",
                "Exit codes: 0 deleted or kept as you answered, 2 bad input, 3 storage error."})
final class DeleteCommand extends Printing {

    @Mixin
    DbOption db;

    @Mixin
    ActivityId id;

    @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation.")
    boolean yes;

    @Override
    int print(PrintWriter out) throws IOException {
        try (Tracker tracker = Tracker.open(db)) {
            StoredActivity a = id.in(tracker);
            if (!yes) {
                out.printf("Delete %s \"%s\" (%s h on %s)? [y/N] ", a.id(), Terminal.safe(a.activity().title()), Render.num(a.activity().hours()),
                        a.activity().completedOn());
                out.flush();
                String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (answer == null || !answer.trim().toLowerCase(java.util.Locale.ROOT).startsWith("y")) {
                    if (answer == null) {
                        out.println();
                    }
                    out.println("Nothing deleted.");
                    return Cetrack.OK;
                }
            }
            tracker.records().deleteActivity(a.id(), a.version());
            out.printf("Deleted %s \"%s\".%n", a.id(), Terminal.safe(a.activity().title()));
            return Cetrack.OK;
        }
    }
}
