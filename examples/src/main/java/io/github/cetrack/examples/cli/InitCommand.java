package io.github.cetrack.examples.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Creates your CE records (an H2 file in ~/.cetrack unless --db says otherwise), "
                + "or upgrades their schema. Safe to run again.",
        footer = {"", "Examples:", "  cetrack init --name \"Sam Lee\"",
                "  cetrack init --db jdbc:postgresql://127.0.0.1:5432/test?user=postgres",
                "Exit codes: 0 ok, 2 bad input, 3 storage error."})
final class InitCommand extends Printing {

    @Mixin
    DbOption db;

    @Option(names = "--name", description = "Your name, as it appears on your licences and reports.")
    String name;

    @Override
    int print(PrintWriter out) {
        Map.Entry<Tracker, Boolean> opened = Tracker.init(db, name);
        try (Tracker tracker = opened.getKey()) {
            out.println((opened.getValue() ? "Created" : "Already set up:") + " CE records at " + tracker.url);
            out.println("Holder: " + Terminal.safe(tracker.holder().name()));
            int unmapped = opened.getValue() ? 0 : StatusCommand.withUnmappedTopics(tracker).size();
            if (unmapped > 0) {
                out.println(unmapped + (unmapped == 1 ? " activity keeps codes" : " activities keep codes")
                        + " from before topics that name no topic; cetrack status lists them");
            }
            out.println("Next: cetrack license add --state US-CA --type LCSW --number 12345 --expires 2026-03-31");
            return Cetrack.OK;
        }
    }
}
