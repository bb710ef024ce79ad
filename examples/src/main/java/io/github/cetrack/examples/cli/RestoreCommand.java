package io.github.cetrack.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restores a backup written by cetrack export into a database that has no records yet. Every "
                + "certificate is verified first; nothing is written if anything is wrong.",
        footer = {"", "Example: cetrack restore ~/cetrack-backup-2026-11-29 --db jdbc:h2:~/.cetrack/restored",
                "Exit codes: 0 ok, 2 bad input, 3 storage error (including records already present)."})
final class RestoreCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Parameters(paramLabel = "DIR", description = "A directory written by cetrack export.")
    Path dir;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Tracker tracker = Tracker.forRestore(db)) {
            tracker.store.restoreTenant(dir);
            spec.commandLine().getOut().printf("Restored %s and %s into %s%n",
                    Render.count(tracker.records().licenses().size(), "licence", "licences"),
                    Render.count(tracker.records().activitiesOf(Tracker.HOLDER).size(), "activity", "activities"),
                    tracker.url);
        }
        spec.commandLine().getOut().flush();
        return Cetrack.OK;
    }
}
