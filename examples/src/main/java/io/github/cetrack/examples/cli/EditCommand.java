package io.github.cetrack.examples.cli;

import io.github.cetrack.core.store.CertificateFile;
import io.github.cetrack.core.store.StoredActivity;
import java.io.PrintWriter;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "edit", mixinStandardHelpOptions = true,
        description = "Changes an activity: only the options you give change. --certificate attaches or replaces its"
                + " certificate; --topic replaces its topics, and any codes saved before topics that name none.",
        footer = {"", "Example: cetrack edit 3f1c9a0e --hours 2.5 --certificate ./cert.pdf",
                "Exit codes: 0 ok, 2 bad input, 3 storage error (including a change made meanwhile by someone else)."})
final class EditCommand extends Printing {

    @Mixin
    DbOption db;

    @Mixin
    ActivityId id;

    @Mixin
    ActivityOptions fields;

    @Override
    int print(PrintWriter out) {
        fields.refuseFutureDates(java.time.LocalDate.now(Tracker.clock()));
        CertificateFile file = fields.certificateFile();
        try (Tracker tracker = Tracker.open(db)) {
            StoredActivity current = id.in(tracker);
            StoredActivity changed = current.withActivity(fields.applyTo(current.activity()));
            // Topics given say what the activity covered: the old codes they replace are dealt with.
            if (fields.topics != null) {
                changed = changed.withUnmappedTopics(Set.of());
            }
            StoredActivity saved = file == null ? tracker.records().save(changed) : tracker.records().save(changed, file);
            out.printf("Updated %s: %s, %s h on %s%n", saved.id(), Terminal.safe(saved.activity().title()), Render.num(saved.activity().hours()),
                    saved.activity().completedOn());
            if (!current.unmappedTopics().isEmpty() && saved.unmappedTopics().isEmpty()) {
                out.printf("  Replaced codes that named no topic (%s) with topics: %s%n",
                        String.join(", ", current.unmappedTopics()), String.join(", ", saved.activity().topics()));
            }
            LogCommand.counts(out, tracker, saved.id());
            return Cetrack.OK;
        }
    }
}
