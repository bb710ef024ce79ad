package io.github.cetrack.examples.cli;

import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.LicenseType;
import io.github.cetrack.core.json.CetrackJson;
import io.github.cetrack.core.store.StoredActivity;
import io.github.cetrack.core.store.StoredLicense;
import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Shows every licence: days to the deadline, progress per requirement, what is still missing, "
                + "and activities without certificates.",
        footer = {"", "Example: cetrack status", "Exit codes: 0 every licence compliant (or exempt), 1 hours still "
                + "needed, 3 storage error."})
final class StatusCommand extends Printing {

    @Mixin
    DbOption db;

    @Option(names = "--json", description = "Print JSON: per licence, the days left and the full evaluation.")
    boolean json;

    @Override
    int print(PrintWriter out) {
        try (Tracker tracker = Tracker.open(db, Tracker.Use.READ)) {
            return print(out, tracker, json) ? Cetrack.OK : Cetrack.NOT_COMPLIANT;
        }
    }

    /** Prints the status of every licence; returns whether all are compliant (or exempt). */
    static boolean print(PrintWriter out, Tracker tracker, boolean json) {
        boolean compliant = true;
        List<Map<String, Object>> rows = new ArrayList<>();
        List<StoredLicense> licenses = tracker.records().licensesOf(Tracker.HOLDER);
        for (StoredLicense l : licenses) {
            Evaluation e = tracker.evaluate(l.id());
            long days = ChronoUnit.DAYS.between(tracker.today(), e.cycle().end());
            compliant &= e.isCompliant();
            if (json) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("license_id", l.id());
                row.put("days_left", days);
                row.put("evaluation", e);
                rows.add(row);
            } else {
                show(out, tracker, l, e, days);
            }
        }
        List<StoredActivity> missing = tracker.records().activitiesWithoutCertificate();
        if (json) {
            out.println(CetrackJson.write(rows));
        } else {
            if (licenses.isEmpty()) {
                out.println("No licences yet. Add one: cetrack license add --state US-CA --type LCSW --expires 2026-03-31");
            } else if (!missing.isEmpty()) {
                out.println("Activities without a certificate (an auditor will ask for them):");
                for (StoredActivity a : missing) {
                    out.printf("  %s  %s  %s  (cetrack edit %s --certificate FILE)%n", a.id(), a.activity().completedOn(),
                            Terminal.safe(a.activity().title()), a.id());
                }
            }
            unmapped(out, tracker);
        }
        return compliant;
    }

    /** Returns the activities that keep codes, saved before activities had topics, that name no topic. */
    static List<StoredActivity> withUnmappedTopics(Tracker tracker) {
        return tracker.records().activitiesOf(Tracker.HOLDER).stream().filter(a -> !a.unmappedTopics().isEmpty()).toList();
    }

    // Those codes are kept, but count toward nothing until the activity is given topics.
    private static void unmapped(PrintWriter out, Tracker tracker) {
        List<StoredActivity> unmapped = withUnmappedTopics(tracker);
        if (unmapped.isEmpty()) {
            return;
        }
        out.println("Activities with codes that name no topic (they count toward no requirement until you give topics):");
        for (StoredActivity a : unmapped) {
            out.printf("  %s  %s  %s  %s  (cetrack edit %s --topic ...; cetrack catalog topics lists them)%n", a.id(),
                    a.activity().completedOn(), Terminal.safe(a.activity().title()),
                    Terminal.safe(String.join(", ", a.unmappedTopics())), a.id());
        }
    }

    private static void show(PrintWriter out, Tracker tracker, StoredLicense l, Evaluation e, long days) {
        String board = tracker.engine().catalog().licenseType(l.license().jurisdiction(), l.license().licenseType())
                .map(LicenseType::board).orElse("");
        out.printf("%s %s%s  [%s]  %s%n", l.license().jurisdiction(), l.license().licenseType(),
                l.license().number() == null ? "" : " " + Terminal.safe(l.license().number()), l.id(), board);
        out.printf("  cycle %s to %s: %s, %s%n", e.cycle().start(), e.cycle().end(),
                days >= 0 ? days + " days left" : "ended " + -days + " days ago", Render.status(e.status()));
        for (Evaluation.RequirementResult r : e.requirements()) {
            out.printf("  %-34s %s %6s / %-6s %s%n", Render.cut(Render.name(r), 34), Render.bar(r.counted(), r.required()),
                    Render.num(r.counted()), Render.num(r.required()) + " h", r.isMet() ? "met" : Render.num(r.remaining()) + " h to go");
        }
        List<String> needed = e.findings().stream().filter(f -> f.severity() == Evaluation.Severity.ERROR)
                .map(Evaluation.Finding::message).toList();
        if (!needed.isEmpty()) {
            out.println("  Still needed:");
            needed.forEach(m -> out.println("    - " + m));
        }
        out.println();
    }
}
