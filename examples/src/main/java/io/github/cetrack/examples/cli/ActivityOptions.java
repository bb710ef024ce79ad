package io.github.cetrack.examples.cli;

import io.github.cetrack.core.ActivityKind;
import io.github.cetrack.core.Approvals;
import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.DeliveryFormat;
import io.github.cetrack.core.HourUnit;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.Topics;
import io.github.cetrack.core.Violation;
import io.github.cetrack.core.store.CertificateFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Option;

/** The fields of an activity, as {@code log} and {@code edit} take them. Unset options leave a field alone. */
final class ActivityOptions {

    @Option(names = "--title", description = "Course title, as on the certificate.")
    String title;

    @Option(names = "--provider", description = "Who offered it.")
    String provider;

    @Option(names = "--date", description = "Date completed (ISO, like 2025-03-14).")
    LocalDate date;

    @Option(names = "--started", description = "First day, for events over several days.")
    LocalDate started;

    @Option(names = "--hours", description = "Hours (or credits in --unit), like 3 or 1.5.")
    BigDecimal hours;

    @Option(names = "--unit", description = "clock_hour (default), ce_credit, ceu, semester_credit or quarter_credit.")
    String unit;

    @Option(names = "--format", description = "in_person, live_online or self_study.")
    String format;

    @Option(names = "--kind", description = "course (default), conference, academic_course, teaching, publication, ...")
    String kind;

    @Option(names = "--topic", split = ",", description = "What it covered, like ethics or suicide_prevention"
            + " (repeatable or comma-separated; cetrack catalog topics lists them).")
    List<String> topics;

    @Option(names = "--approval", split = ",", description = "Provider approval, like apa or nbcc"
            + " (repeatable or comma-separated; cetrack catalog approvals lists them).")
    List<String> approvals;

    @Option(names = "--certificate", paramLabel = "FILE", description = "The certificate of completion (PDF, PNG, JPEG, HEIC or WebP).")
    Path certificate;

    /**
     * Returns a new activity from the options; the required ones must be set. A record of a
     * one-time training completed before the records began ({@code --kind prior_completion}) needs
     * no hours or format.
     */
    CeActivity create(String id) {
        require(title, "--title");
        require(provider, "--provider");
        require(date, "--date");
        boolean prior = kind != null && parse(ActivityKind.class, "--kind", kind) == ActivityKind.PRIOR_COMPLETION;
        if (!prior) {
            require(hours, "--hours");
            require(format, "--format");
        }
        return applyTo(CeActivity.of(title, provider, date, hours != null ? hours : BigDecimal.ZERO,
                format != null ? parse(DeliveryFormat.class, "--format", format) : DeliveryFormat.IN_PERSON).withId(id));
    }

    /** Refuses a completion date (or start date) after {@code today}: CE counts once completed. */
    void refuseFutureDates(LocalDate today) {
        for (var option : java.util.Map.of("--date", java.util.Optional.ofNullable(date),
                "--started", java.util.Optional.ofNullable(started)).entrySet()) {
            LocalDate given = option.getValue().orElse(null);
            if (given != null && given.isAfter(today)) {
                throw InvalidInputException.of(option.getKey(), "must not be after today (" + today
                        + "): CE counts once completed; log it when you have completed it", given);
            }
        }
    }

    /** Returns {@code a} with every option that was given applied. */
    CeActivity applyTo(CeActivity a) {
        CeActivity out = new CeActivity(a.id(), title != null ? title : a.title(), provider != null ? provider : a.provider(),
                approvals != null ? codes("--approval", approvals, Approvals::problem) : a.approvals(),
                started != null ? started : a.startedOn(),
                date != null ? date : a.completedOn(), hours != null ? hours : a.hours(),
                unit != null ? parse(HourUnit.class, "--unit", unit) : a.unit(),
                format != null ? parse(DeliveryFormat.class, "--format", format) : a.format(),
                kind != null ? parse(ActivityKind.class, "--kind", kind) : a.kind(),
                topics != null ? codes("--topic", topics, Topics::problem) : a.topics(), a.certificate());
        return out;
    }

    /** The certificate file, read, or {@code null} when none was given. */
    CertificateFile certificateFile() {
        if (certificate == null) {
            return null;
        }
        try {
            return CertificateFile.of(Files.readAllBytes(certificate), certificate.getFileName().toString());
        } catch (NoSuchFileException e) {
            throw InvalidInputException.of("--certificate", "does not exist", certificate);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + certificate + ": " + e.getMessage(), e);
        }
    }

    // The codes given, normalized; each must be in the vocabulary, or the option is refused naming
    // the nearest code (every bad one at once).
    private static Set<String> codes(String option, List<String> values, UnaryOperator<String> problem) {
        Set<String> out = new TreeSet<>();
        List<Violation> refused = new ArrayList<>();
        for (String v : values) {
            if (!v.isBlank()) {
                String code = v.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
                String why = problem.apply(code);
                if (why != null) {
                    refused.add(new Violation(option, why, code));
                }
                out.add(code);
            }
        }
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
        }
        return out;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String option, String value) {
        return ReportCommand.parse(type, option, value);
    }

    private static void require(Object value, String option) {
        if (value == null) {
            throw InvalidInputException.of(option, "is required", null);
        }
    }
}
