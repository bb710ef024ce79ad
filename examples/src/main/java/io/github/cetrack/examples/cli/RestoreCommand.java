package io.github.cetrack.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restores a backup written by cetrack export into a database that has no records yet. Every "
                + "certificate is verified first; nothing is written if anything is wrong.",
        footer = {"", "Example: cetrack restore ~/cetrack-backup-2026-11-29 --db jdbc:h2:~/.cetrack/restored",
                "Exit codes: 0 ok, 2 bad input, 3 storage error (including records already present)."})
final class RestoreCommand extends Printing {

    @Mixin
    DbOption db;

    @Parameters(paramLabel = "DIR", description = "A directory written by cetrack export.")
    Path dir;

    @Override
    int print(PrintWriter out) {
        try (Tracker tracker = Tracker.forRestore(db)) {
            tracker.store.restoreTenant(dir);
            out.printf("Restored %s into %s%n", tracker.contents(), tracker.url);
            return Cetrack.OK;
        }
    }
}
