package io.github.cetrack.examples.cli;

import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.Jurisdiction;
import io.github.cetrack.core.License;
import io.github.cetrack.core.LicenseType;
import io.github.cetrack.core.RenewalCycle;
import io.github.cetrack.core.json.CetrackJson;
import io.github.cetrack.core.store.StoredLicense;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "license", mixinStandardHelpOptions = true, description = "Adds and lists your licences.",
        subcommands = {LicenseCommand.Add.class, LicenseCommand.ListLicenses.class},
        footer = {"", "Example: cetrack license add --state US-TX --type LPC --number 12345 --expires 2026-05-31"})
final class LicenseCommand extends Group {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Adds a licence. Its renewal cycle comes from the catalogue unless you give --cycle-start "
                    + "and --cycle-end.",
            footer = {"", "Examples:",
                    "  cetrack license add --state US-TX --type LPC --number 12345 --expires 2026-05-31",
                    "  cetrack license add --state US-CA --type LCSW --number 98765 --issued 2012-03-10 --expires 2026-03-31",
                    "  cetrack license add --state US-NY --type LCSW --cycle-start 2024-09-01 --cycle-end 2027-08-31",
                    "Exit codes: 0 ok, 2 bad input, 3 storage error."})
    static final class Add extends Printing {

        @Mixin
        DbOption db;

        @Option(names = "--state", required = true, description = "Jurisdiction, like US-TX.")
        String state;

        @Option(names = "--type", required = true, description = "Licence type, like LPC (see: cetrack catalog list).")
        String type;

        @Option(names = "--number", description = "Licence number.")
        String number;

        @Option(names = "--issued", description = "Date first issued (default: assumed past its first cycle).")
        LocalDate issued;

        @Option(names = "--expires", description = "Expiration date printed on the licence.")
        LocalDate expires;

        @Option(names = "--birth-date", description = "Your birth date, for boards whose cycles end in the birth month.")
        LocalDate birthDate;

        @Option(names = "--role", description = "A role with its own rules, like supervisor (repeatable).")
        List<String> roles = new ArrayList<>();

        @Option(names = "--cycle-start", description = "Start of the current renewal cycle, if you know it.")
        LocalDate cycleStart;

        @Option(names = "--cycle-end", description = "End of the current renewal cycle, if you know it.")
        LocalDate cycleEnd;

        @Option(names = "--id", description = "An id for the licence (default: like us-tx-lpc).")
        String id;

        @Override
        int print(PrintWriter out) {
            if ((cycleStart == null) != (cycleEnd == null)) {
                throw InvalidInputException.of(cycleStart == null ? "--cycle-start" : "--cycle-end",
                        "must be given together with " + (cycleStart == null ? "--cycle-end" : "--cycle-start"), null);
            }
            if (expires == null && cycleEnd == null) {
                throw InvalidInputException.of("--expires", "is required unless --cycle-start and --cycle-end are given", null);
            }
            Jurisdiction jurisdiction = Jurisdiction.of(state.trim().toUpperCase(Locale.ROOT));
            try (Tracker tracker = Tracker.open(db)) {
                LicenseType licenseType = tracker.engine().catalog().licenseType(jurisdiction, type)
                        .orElseThrow(() -> InvalidInputException.of("--type", "is not a licence type the catalogue covers in "
                                + jurisdiction + " (see: cetrack catalog list)", type));
                LocalDate end = expires != null ? expires : cycleEnd;
                // Without --issued, the licence is taken to be well past its first cycle, so no
                // first-cycle exemption applies; the note below says so.
                LocalDate firstIssued = issued != null ? issued : end.minusYears(10);
                License license = new License(tracker.holder().name(), jurisdiction, licenseType.code(), number, firstIssued,
                        expires, birthDate, Set.copyOf(roles));
                List<RenewalCycle> cycles = cycleStart == null ? List.of() : List.of(RenewalCycle.of(cycleStart, cycleEnd));
                String licenseId = id != null ? id : freeId(tracker, jurisdiction, licenseType.code());
                StoredLicense saved = tracker.records().save(
                        StoredLicense.of(licenseId, Tracker.HOLDER, license).withCycles(cycles));
                RenewalCycle cycle = tracker.cycle(saved);
                out.printf("Added licence %s: %s %s%s (%s)%n", saved.id(), jurisdiction, licenseType.code(),
                        number == null ? "" : " " + number, licenseType.board());
                out.printf("Current cycle: %s to %s (%s)%n", cycle.start(), cycle.end(),
                        cycles.isEmpty() ? "from the catalogue's cycle rule" : "as you gave it");
                if (issued == null) {
                    out.println("First issue date not given: taken to be before this cycle, so no first-cycle exemption"
                            + " applies (pass --issued if this is your first renewal).");
                }
                return Cetrack.OK;
            }
        }

        private static String freeId(Tracker tracker, Jurisdiction j, String code) {
            String base = (j.code() + "-" + code).toLowerCase(Locale.ROOT);
            String candidate = base;
            for (int n = 2; tracker.records().license(candidate).isPresent(); n++) {
                candidate = base + "-" + n;
            }
            return candidate;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists your licences and their current cycles.",
            footer = {"", "Example: cetrack license list --json", "Exit codes: 0 ok, 3 storage error."})
    static final class ListLicenses extends Printing {

        @Mixin
        DbOption db;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int print(PrintWriter out) {
            try (Tracker tracker = Tracker.open(db)) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (StoredLicense l : tracker.records().licensesOf(Tracker.HOLDER)) {
                    RenewalCycle cycle = tracker.cycle(l);
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", l.id());
                    row.put("license", l.license());
                    row.put("cycle", cycle);
                    rows.add(row);
                    if (!json) {
                        out.printf("%-14s %-6s %-13s %-12s cycle %s to %s%n", l.id(), l.license().jurisdiction(),
                                l.license().licenseType(), l.license().number() == null ? "" : Terminal.safe(l.license().number()),
                                cycle.start(), cycle.end());
                    }
                }
                if (json) {
                    out.println(CetrackJson.write(rows));
                } else if (rows.isEmpty()) {
                    out.println("No licences yet. Add one: cetrack license add --state US-CA --type LCSW --expires 2026-03-31");
                }
                return Cetrack.OK;
            }
        }
    }
}
