package io.github.cetrack.examples.cli;

import io.github.cetrack.catalog.Catalog;
import io.github.cetrack.catalog.Coverage;
import io.github.cetrack.catalog.dsl.CycleQuery;
import io.github.cetrack.catalog.dsl.LicenseTypes;
import io.github.cetrack.catalog.dsl.Renewal;
import io.github.cetrack.catalog.tools.DrlLint;
import io.github.cetrack.catalog.tools.Problem;
import io.github.cetrack.catalog.tools.StateFiles;
import io.github.cetrack.core.Citation;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.Jurisdiction;
import io.github.cetrack.core.LicenseType;
import io.github.cetrack.core.Requirement;
import io.github.cetrack.core.json.CetrackJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The catalogue commands for maintainers and platforms: coverage, check, new, stale. */
final class CatalogMaintenance {

    private CatalogMaintenance() {}

    @Command(name = "coverage", mixinStandardHelpOptions = true,
            description = "Lists all 51 jurisdictions: per profession, the licence types covered and how sure the"
                    + " catalogue is of them, or why not yet.",
            footer = {"", "Example: cetrack catalog coverage --json > coverage.json"})
    static final class CoverageCommand extends Printing {
        @Option(names = "--json", description = "Print JSON instead of a table.")
        boolean json;

        @Option(names = "--markdown", description = "Print the README's coverage table.")
        boolean markdown;

        @Override
        int print(PrintWriter out) {
            List<Coverage> coverage = CatalogCommand.catalog().coverage();
            if (json) {
                out.println(CetrackJson.write(coverage));
            } else if (markdown) {
                out.print(markdown(coverage));
            } else {
                for (Coverage c : coverage) {
                    out.printf("%-6s %-28s %s%n", c.jurisdiction(), c.profession().name().toLowerCase(Locale.ROOT),
                            c.covered() ? String.join(", ", c.types()) + " (" + word(c) + ")"
                                    + (c.reason() == null ? "" : "; " + c.reason())
                                    : "not yet: " + c.reason());
                }
            }
            return Cetrack.OK;
        }
    }

    /** The README's table: one row per jurisdiction, a column per profession. */
    static String markdown(List<Coverage> coverage) {
        StringBuilder out = new StringBuilder(
                "| jurisdiction | clinical social work | professional counseling | marriage and family therapy | psychology |\n"
                        + "|---|---|---|---|---|\n");
        Map<Jurisdiction, List<Coverage>> rows = new TreeMap<>();
        coverage.forEach(c -> rows.computeIfAbsent(c.jurisdiction(), k -> new ArrayList<>()).add(c));
        // What a covered cell leaves out (other licences, refused cycles) goes in a numbered note
        // below the table, so the table never reads as more than the catalogue answers.
        List<String> notes = new ArrayList<>();
        rows.forEach((j, cells) -> {
            out.append("| ").append(j.code());
            for (Coverage c : cells) {
                out.append(" | ");
                if (!c.covered()) {
                    out.append("not yet");
                    continue;
                }
                out.append(String.join(", ", c.types()));
                if (c.confidence() == io.github.cetrack.core.Confidence.SECONDARY) {
                    out.append(" (some values secondary)");
                }
                if (c.reason() != null) {
                    notes.add(j.code() + ", " + c.profession().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                            + ": " + c.reason());
                    out.append(" [").append(notes.size()).append(']');
                }
            }
            out.append(" |\n");
        });
        if (!notes.isEmpty()) {
            out.append('\n');
            for (int i = 0; i < notes.size(); i++) {
                out.append('[').append(i + 1).append("] ").append(notes.get(i)).append("\n\n");
            }
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    private static String word(Coverage c) {
        return c.confidence() == io.github.cetrack.core.Confidence.SECONDARY
                ? "some values from secondary sources" : "official texts";
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Checks a state data file, or a rule file (.drl) with the rule-file lint, with the build's"
                    + " own checks; prints FILE:LINE: problem for each. Exit code 1 when there are problems.",
            footer = {"", "Example: cetrack catalog check rules-catalog/src/main/catalog/us-ca.yaml",
                "         cetrack catalog check rules-catalog/src/main/resources/io/github/cetrack/catalog/rules/us/x.drl"})
    static final class Check extends Printing {
        @Parameters(paramLabel = "FILE", description = "A state file, like us-ca.yaml, or a rule file, like x.drl.")
        Path file;

        @Override
        int print(PrintWriter out) {
            if (!Files.isRegularFile(file)) {
                throw InvalidInputException.of("FILE", "is not a file", file);
            }
            List<Problem> problems = file.getFileName().toString().endsWith(".drl")
                    ? DrlLint.of(Renewal.class, CycleQuery.class, LicenseTypes.class).check(file)
                    : StateFiles.check(file, LocalDate.now(Tracker.clock()));
            PrintWriter err = spec.commandLine().getErr();
            problems.forEach(err::println);
            err.flush();
            if (problems.isEmpty()) {
                out.println(file + ": valid");
                return 0;
            }
            return 1;
        }
    }

    @Command(name = "new", mixinStandardHelpOptions = true,
            description = "Writes a skeleton state file for a jurisdiction (and its case file) that passes"
                    + " `catalog check`, to fill in from the board's rules.",
            footer = {"", "Example: cetrack catalog new US-FL --dir rules-catalog/src/main/catalog"
                    + " --cases rules-catalog/src/test/resources/cases"})
    static final class New extends Printing {
        @Parameters(paramLabel = "JURISDICTION", description = "ISO 3166-2 code, like US-FL.")
        String jurisdiction;

        @Option(names = "--dir", paramLabel = "DIR", description = "Where the state file goes; default the current directory.")
        Path dir = Path.of(".");

        @Option(names = "--cases", paramLabel = "DIR", description = "Where the case file goes; default --dir.")
        Path cases;

        @Override
        int print(PrintWriter out) throws IOException {
            Jurisdiction j = Jurisdiction.of(jurisdiction);
            String name = j.code().toLowerCase(Locale.ROOT) + ".yaml";
            Path state = dir.resolve(name);
            Path caseFile = (cases == null ? dir : cases).resolve(cases == null ? j.code().toLowerCase(Locale.ROOT)
                    + "-cases.yaml" : name);
            for (Path target : List.of(state, caseFile)) {
                if (Files.exists(target)) {
                    throw InvalidInputException.of("JURISDICTION", "already has a file at " + target
                            + " (nothing was written)", jurisdiction);
                }
            }
            LocalDate today = LocalDate.now(Tracker.clock());
            Files.createDirectories(state.getParent() == null ? Path.of(".") : state.getParent());
            Files.createDirectories(caseFile.getParent() == null ? Path.of(".") : caseFile.getParent());
            Files.writeString(state, StateFiles.skeleton(j, today), StandardCharsets.UTF_8);
            Files.writeString(caseFile, cases(j), StandardCharsets.UTF_8);
            out.println("Wrote " + state + " and " + caseFile + ".");
            out.println("Fill them in from the board's rules, then: cetrack catalog check " + state);
            out.println("Remove " + j.code() + " from not-covered.yaml; CONTRIBUTING.md has the steps.");
            return 0;
        }

        private static String cases(Jurisdiction j) {
            return "# Scenarios for " + j.code() + ": one case on each side of every effective date, and one where"
                    + " each cap or limit bites.\n"
                    + "jurisdiction: " + j.code() + "\n"
                    + "cases:\n"
                    + "  - name: \"LCSW: 30 hours with 3 of ethics is compliant\"\n"
                    + "    license: {license_type: LCSW, first_issued_on: 2015-03-10, expires_on: 2026-03-31}\n"
                    + "    activities:\n"
                    + "      - {id: a1, title: Ethics update, provider: NASW, approvals: [nasw], completed_on: 2025-02-01,"
                    + " hours: 3, format: live_online, topics: [ethics]}\n"
                    + "      - {id: a2, title: Trauma-focused CBT, provider: PESI, approvals: [apa], completed_on: 2025-06-01,"
                    + " hours: 27, format: self_study}\n"
                    + "    expect:\n"
                    + "      status: compliant\n"
                    + "      requirements:\n"
                    + "        total_hours: {required: 30, counted: 30, remaining: 0}\n"
                    + "        ethics: {required: 3, counted: 3, remaining: 0}\n";
        }
    }

    @Command(name = "stale", mixinStandardHelpOptions = true,
            description = "Lists the catalogue's values verified longer ago than --older-than days, oldest first.",
            footer = {"", "Example: cetrack catalog stale --older-than 365"})
    static final class Stale extends Printing {
        @Option(names = "--older-than", paramLabel = "DAYS", description = "Age in days; default 365.")
        int days = 365;

        @Override
        int print(PrintWriter out) {
            if (days < 0) {
                throw InvalidInputException.of("--older-than", "must not be negative", days);
            }
            LocalDate cutoff = LocalDate.now(Tracker.clock()).minusDays(days);
            Catalog catalog = CatalogCommand.catalog();
            Map<String, Citation> stale = new TreeMap<>();
            for (LicenseType type : catalog.licenseTypes()) {
                Citation declared = catalog.citation(type);
                collect(stale, declared, cutoff);
                for (var date : catalog.effectiveDates(type)) {
                    for (boolean first : new boolean[] {false, true}) {
                        try {
                            collect(stale, catalog.cycleRule(type, date).citation(), cutoff);
                            var set = first ? catalog.firstCycleRequirements(type, date, catalog.roles(type))
                                    : catalog.requirements(type, date, catalog.roles(type));
                            for (Requirement r : set.requirements()) {
                                collect(stale, r.citation(), cutoff);
                            }
                        } catch (InvalidInputException notCovered) {
                            // no cycle rule on that date: nothing in force to list
                        }
                    }
                }
            }
            List<Citation> sorted = stale.values().stream()
                    .sorted(java.util.Comparator.comparing(Citation::verified).thenComparing(Citation::rule)).toList();
            for (Citation c : sorted) {
                out.printf("%s  %s: %s  <%s>%n", c.verified(), c.rule(), c.citation(), c.source());
            }
            out.println(Render.count(sorted.size(), "value", "values") + " verified before " + cutoff + ".");
            return 0;
        }

        private static void collect(Map<String, Citation> into, Citation c, LocalDate cutoff) {
            if (c != null && c.verified() != null && c.verified().isBefore(cutoff)) {
                into.putIfAbsent(c.rule() + "\t" + c.citation() + "\t" + c.source(), c);
            }
        }
    }
}
