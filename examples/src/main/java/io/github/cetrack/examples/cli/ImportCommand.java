package io.github.cetrack.examples.cli;

import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.store.ImportFormat;
import io.github.cetrack.core.store.ImportOptions;
import io.github.cetrack.core.store.StoredActivity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports activities from a CSV or JSON file, all or nothing: if any line is bad, nothing is "
                + "saved and every bad line is listed.",
        footer = {"", "Example: cetrack import my-ce.csv",
                "CSV columns: id,title,provider,approvals,started_on,completed_on,hours,unit,format,kind,topics",
                "(title, provider, completed_on, hours and format are required; lists are separated by ';';",
                "topics and approvals are codes of cetrack catalog topics and cetrack catalog approvals).",
                "Completion dates after today are refused; so are probable duplicates, unless --allow-duplicate.",
                "Exit codes: 0 ok, 2 bad input, 3 storage error."})
final class ImportCommand extends Printing {

    @Mixin
    DbOption db;

    @Parameters(paramLabel = "FILE", description = "A .csv or .json file.")
    Path file;

    @Option(names = "--format", description = "csv or json (default: from the file name).")
    String format;

    @Option(names = "--allow-duplicate", description = "Import lines that look like activities already logged or like"
            + " earlier lines (a genuine repeat, such as a course the board lets you retake).")
    boolean allowDuplicate;

    @Override
    int print(PrintWriter out) {
        ImportFormat f = format();
        try (Tracker tracker = Tracker.open(db);
                Reader in = Progress.reading(Files.newBufferedReader(file, StandardCharsets.UTF_8), out,
                        String.valueOf(file.getFileName()), Files.size(file))) {
            List<StoredActivity> saved = tracker.records().importActivities(Tracker.HOLDER, in, f,
                    ImportOptions.asOf(tracker.today()).withAllowDuplicates(allowDuplicate));
            BigDecimal hours = saved.stream().map(a -> a.activity().hours()).reduce(BigDecimal.ZERO, BigDecimal::add);
            out.printf("Imported %d activities (%s hours) from %s.%n", saved.size(), Render.num(hours), file);
        } catch (NoSuchFileException e) {
            throw InvalidInputException.of("FILE", "does not exist", file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return Cetrack.OK;
    }

    private ImportFormat format() {
        String name = format != null ? format : file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("csv") || lower.endsWith(".csv")) {
            return ImportFormat.CSV;
        }
        if (lower.equals("json") || lower.endsWith(".json")) {
            return ImportFormat.JSON;
        }
        throw InvalidInputException.of("--format", "must be csv or json (or the file must end in .csv or .json)", name);
    }
}
