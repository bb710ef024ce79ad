package io.github.cetrack.examples.cli;

import io.github.cetrack.catalog.Catalog;
import io.github.cetrack.catalog.ComplianceEngine;
import io.github.cetrack.catalog.CycleRuleInForce;
import io.github.cetrack.core.Approvals;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.Jurisdiction;
import io.github.cetrack.core.LicenseType;
import io.github.cetrack.core.RequirementSet;
import io.github.cetrack.core.Topics;
import io.github.cetrack.core.json.CetrackJson;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "Browses the rules catalogue, its coverage and the topic and provider-approval vocabularies,"
                + " and checks state files.",
        subcommands = {CatalogCommand.ListTypes.class, CatalogCommand.Show.class, CatalogCommand.Export.class,
            CatalogCommand.ListTopics.class, CatalogCommand.ListApprovals.class,
            CatalogMaintenance.CoverageCommand.class, CatalogMaintenance.Check.class, CatalogMaintenance.New.class,
            CatalogMaintenance.Stale.class})
final class CatalogCommand extends Group {

    static Catalog catalog() {
        return ComplianceEngine.create().catalog();
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists jurisdictions and licence types.",
            footer = {"", "Example: cetrack catalog list"})
    static final class ListTypes extends Printing {
        @Override
        int print(PrintWriter out) {
            Catalog catalog = catalog();
            out.printf("Catalogue %s: %d jurisdictions, %d licence types%n", catalog.version(),
                    catalog.jurisdictions().size(), catalog.licenseTypes().size());
            for (LicenseType t : catalog.licenseTypes()) {
                out.printf("  %-6s %-13s %-40s %s%n", t.jurisdiction(), t.code(), t.name(), t.board());
            }
            return Cetrack.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Shows the cycle rule and requirements in force for a licence type.",
            footer = {"", "Example: cetrack catalog show US-CA LCSW --on 2026-06-30 --role supervisor"})
    static final class Show extends Printing {
        @Parameters(index = "0", paramLabel = "JURISDICTION", description = "ISO 3166-2 code, like US-CA.")
        String jurisdiction;

        @Parameters(index = "1", paramLabel = "TYPE", description = "Licence type code, like LCSW.")
        String type;

        @Option(names = "--on", paramLabel = "DATE", description = "Renewal (cycle end) date; default today.")
        String on;

        @Option(names = "--role", paramLabel = "ROLE", description = "A role such as supervisor; repeatable.")
        Set<String> roles = new TreeSet<>();

        @Override
        int print(PrintWriter out) {
            Catalog catalog = catalog();
            Jurisdiction j = Jurisdiction.of(jurisdiction);
            LicenseType t = catalog.licenseType(j, type).orElseThrow(() -> InvalidInputException.of("type",
                    "is not a licence type of " + j + " (known: " + catalog.licenseTypes(j).stream()
                            .map(LicenseType::code).toList() + ")", type));
            LocalDate date = date(on);
            CycleRuleInForce cycle = catalog.cycleRule(t, date);
            out.printf("%s %s - %s (%s)%n", t.jurisdiction(), t.code(), t.name(), t.board());
            out.printf("Rules in force for a cycle ending %s%s%n", date, roles.isEmpty() ? "" : ", roles " + roles);
            out.printf("Cycle: %s, %d months%n      %s  <%s>%n", cycle.rule().kind().name().toLowerCase()
                    .replace('_', ' '), cycle.rule().periodMonths(), cycle.citation().citation(),
                    cycle.citation().source());
            RequirementSet set = catalog.requirements(t, date, roles);
            out.println("Requirements:");
            Render.requirements(out, set);
            RequirementSet first = catalog.firstCycleRequirements(t, date, roles);
            if (!first.equals(set)) {
                out.println("In the first cycle after licensure:");
                Render.requirements(out, first);
            }
            out.println("Rules change on: " + catalog.effectiveDates(t));
            Set<String> known = catalog.roles(t);
            if (!known.isEmpty()) {
                out.println("Roles that add requirements: " + known);
            }
            return Cetrack.OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Prints the whole catalogue as JSON, with citations.",
            footer = {"", "Example: cetrack catalog export > catalogue.json"})
    static final class Export extends Printing {
        @Override
        int print(PrintWriter out) {
            out.println(catalog().exportJson());
            return Cetrack.OK;
        }
    }

    /** A vocabulary listed as a table or as JSON: one row of named columns per code. */
    abstract static class Vocabulary extends Printing {
        @Option(names = "--json", description = "Print JSON: an object per code, with the columns as fields.")
        boolean json;

        abstract List<Map<String, String>> rows();

        // The table's printf format: a column each, the last one unpadded.
        abstract String format();

        @Override
        int print(PrintWriter out) {
            List<Map<String, String>> rows = rows();
            if (json) {
                out.println(CetrackJson.write(rows));
            } else {
                out.printf(format(), rows.get(0).keySet().toArray());
                rows.forEach(r -> out.printf(format(), r.values().toArray()));
            }
            return Cetrack.OK;
        }

        static Map<String, String> row(String code, String label, String name, String value) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("code", code);
            row.put("label", label);
            row.put(name, value);
            return row;
        }
    }

    @Command(name = "topics", mixinStandardHelpOptions = true,
            description = "Lists the topics an activity can be tagged with (--topic): code, label, definition.",
            footer = {"", "Example: cetrack catalog topics --json"})
    static final class ListTopics extends Vocabulary {
        @Override
        List<Map<String, String>> rows() {
            return Topics.all().stream().map(t -> row(t.code(), t.label(), "definition", t.definition())).toList();
        }

        @Override
        String format() {
            return "%-24s  %-40s  %s%n";
        }
    }

    @Command(name = "approvals", mixinStandardHelpOptions = true,
            description = "Lists the provider approvals an activity can carry (--approval): code, label, and the "
                    + "jurisdiction of a state approval or \"national\".",
            footer = {"", "Example: cetrack catalog approvals"})
    static final class ListApprovals extends Vocabulary {
        @Override
        List<Map<String, String>> rows() {
            return Approvals.all().stream().map(a -> row(a.code(), a.label(), "jurisdiction",
                    a.jurisdiction() == null ? "national" : a.jurisdiction().code())).toList();
        }

        @Override
        String format() {
            return "%-22s  %-78s  %s%n";
        }
    }

    static LocalDate date(String text) {
        if (text == null) {
            return LocalDate.now(Tracker.clock());
        }
        try {
            LocalDate date = LocalDate.parse(text.trim());
            if (date.getYear() < 1900 || date.getYear() > 2199) {
                throw InvalidInputException.of("--on", "must be a date between 1900-01-01 and 2199-12-31", text);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("--on", "must be a date like 2026-06-30", text);
        }
    }
}
