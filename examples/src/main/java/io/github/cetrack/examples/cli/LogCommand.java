package io.github.cetrack.examples.cli;

import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.Certificate;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.internal.Duplicates;
import io.github.cetrack.core.store.CertificateFile;
import io.github.cetrack.core.store.Ids;
import io.github.cetrack.core.store.StoredActivity;
import io.github.cetrack.core.store.StoredLicense;
import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "log", mixinStandardHelpOptions = true,
        description = "Logs a CE activity, stores its certificate, and tells how it counts toward each of your licences.",
        footer = {"", "Example:",
                "  cetrack log --title \"Ethics in telehealth\" --provider \"NASW-CA\" --date 2025-03-14 --hours 3 \\",
                "      --topic ethics,telehealth --format live-online --approval nasw_ca --certificate ./cert.pdf",
                "A one-time training completed before your records began (it meets that one-time requirement):",
                "  cetrack log --kind prior_completion --topic suicide_prevention --date 2019-05-10 \\",
                "      --title \"MSW coursework: suicide risk assessment\" --provider \"USC\"",
                "The date must not be after today; a probable duplicate of a logged activity needs --allow-duplicate.",
                "Exit codes: 0 ok, 2 bad input, 3 storage error."})
final class LogCommand extends Printing {

    @Mixin
    DbOption db;

    @Mixin
    ActivityOptions fields;

    @picocli.CommandLine.Option(names = "--allow-duplicate", description = "Record it even though it looks like an"
            + " activity already logged (same certificate, or same title, provider, date and hours): a genuine repeat,"
            + " such as a course the board lets you retake.")
    boolean allowDuplicate;

    @Override
    int print(PrintWriter out) {
        fields.refuseFutureDates(LocalDate.now(Tracker.clock()));
        CeActivity activity = fields.create(Ids.random().substring(0, 8));
        CertificateFile file = fields.certificateFile();
        try (Tracker tracker = Tracker.open(db)) {
            if (!allowDuplicate) {
                refuseDuplicate(tracker, activity, file);
            }
            StoredActivity stored = StoredActivity.of(Tracker.HOLDER, activity);
            StoredActivity saved = file == null ? tracker.records().save(stored) : tracker.records().save(stored, file);
            out.printf("Logged %s: %s, %s h on %s%s%n", saved.id(), Terminal.safe(saved.activity().title()),
                    Render.num(saved.activity().hours()), saved.activity().completedOn(),
                    file == null ? " (no certificate yet: add one with cetrack edit " + saved.id() + " --certificate FILE)"
                            : " with certificate " + saved.activity().certificate().sha256().substring(0, 12));
            counts(out, tracker, saved.id());
            return Cetrack.OK;
        }
    }

    // A probable duplicate of a logged activity is refused, naming it, unless --allow-duplicate.
    private static void refuseDuplicate(Tracker tracker, CeActivity activity, CertificateFile file) {
        CeActivity compared = file == null ? activity : activity.withCertificate(Certificate.describe(file.content(), file.fileName()));
        for (StoredActivity logged : tracker.records().activitiesOf(Tracker.HOLDER)) {
            String why = Duplicates.why(compared, logged.activity());
            if (why != null) {
                throw InvalidInputException.of("--title", "looks like activity " + logged.id() + " (\""
                        + logged.activity().title() + "\" on " + logged.activity().completedOn() + "): " + why
                        + ", so a board would count it once; pass --allow-duplicate to record a genuine repeat",
                        activity.title());
            }
        }
    }

    /** Prints how one activity counts toward each licence's current cycle. */
    static void counts(PrintWriter out, Tracker tracker, String activityId) {
        for (StoredLicense l : tracker.records().licensesOf(Tracker.HOLDER)) {
            Evaluation e = tracker.evaluate(l.id());
            String how = e.activities().stream().filter(a -> activityId.equals(a.id())).findFirst()
                    .map(Evaluation.ActivityResult::explanation).orElse("not evaluated");
            out.printf("  %s %s (cycle ending %s): %s%n", l.license().jurisdiction(), l.license().licenseType(),
                    e.cycle().end(), Terminal.safe(how));
        }
    }
}
