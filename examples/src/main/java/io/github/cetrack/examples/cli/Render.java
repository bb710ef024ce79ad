package io.github.cetrack.examples.cli;

import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.License;
import io.github.cetrack.core.Requirement;
import io.github.cetrack.core.RequirementSet;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Plain-text rendering of evaluations and requirement sets for the terminal. */
public final class Render {

    private static final int BAR = 20;

    private Render() {}

    static void evaluation(PrintWriter out, Evaluation e, String board) {
        License l = e.license();
        out.printf("%s%s %s%s%s%n", l.holder() == null ? "" : Terminal.safe(l.holder()) + " - ", l.jurisdiction(), l.licenseType(),
                l.number() == null ? "" : " " + Terminal.safe(l.number()), board == null ? "" : " (" + board + ")");
        out.printf("Cycle %s to %s - %s%n", e.cycle().start(), e.cycle().end(), status(e.status()));
        if (!e.requirements().isEmpty()) {
            out.println();
            for (Evaluation.RequirementResult r : e.requirements()) {
                out.printf("  %-34s %s %6s / %-6s %s%n", cut(name(r), 34), bar(r.counted(), r.required()),
                        num(r.counted()), num(r.required()), r.isMet() ? "met" : num(r.remaining()) + " to go");
            }
        }
        out.println();
        out.println("Activities:");
        for (Evaluation.ActivityResult a : e.activities()) {
            out.printf("  %s  %-40s %6s h  %s%n", a.completedOn(), cut(a.title(), 40), num(a.hours()), Terminal.safe(a.explanation()));
        }
        if (!e.findings().isEmpty()) {
            out.println();
            out.println("Findings:");
            for (Evaluation.Finding f : e.findings()) {
                out.printf("  %-7s %s%n", f.severity().name(), Terminal.safe(f.message()));
                if (f.citation() != null && f.severity() == Evaluation.Severity.ERROR) {
                    out.printf("          per %s%n", f.citation().citation());
                }
            }
        }
    }

    /** A requirement's short name, like {@code "law and ethics"} or {@code "total hours"}. */
    public static String name(Evaluation.RequirementResult r) {
        return name(r.kind().code(), r.category());
    }

    /** The same from a requirement's kind and category (which may be {@code null}). */
    public static String name(String kind, String category) {
        String name = category != null ? category.replace('_', ' ') : kind.replace('_', ' ');
        return io.github.cetrack.core.RequirementKind.ONE_TIME.code().equals(kind) ? name + " (once)" : name;
    }

    static void requirements(PrintWriter out, RequirementSet set) {
        for (Requirement r : set.requirements()) {
            out.printf("  - %s%n      %s  <%s>  verified %s%s%n", r.describe(), r.citation().citation(),
                    r.citation().source(), r.citation().verified(),
                    r.citation().confidence() == io.github.cetrack.core.Confidence.SECONDARY
                            ? "  (secondary sources: the official text could not be read)" : "");
        }
    }

    static String status(Evaluation.Status status) {
        return switch (status) {
            case COMPLIANT -> "COMPLIANT: every requirement is met";
            case INCOMPLETE -> "INCOMPLETE: hours still needed";
            case EXEMPT -> "EXEMPT: no hours required this cycle";
        };
    }

    static String bar(BigDecimal counted, BigDecimal required) {
        int filled = required.signum() == 0 ? BAR
                : counted.multiply(BigDecimal.valueOf(BAR)).divide(required, 0, RoundingMode.FLOOR).min(BigDecimal.valueOf(BAR)).intValue();
        return "[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "]";
    }

    /** A decimal without trailing zeros or exponent: {@code 12}, {@code 1.5}. */
    public static String num(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0).toPlainString() : plain.toPlainString();
    }

    /** {@code "1 licence"}, {@code "2 licences"}. */
    static String count(long n, String one, String many) {
        return String.format(java.util.Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }

    /** Text from records cut to {@code width}, its control characters escaped (see {@link Terminal}). */
    public static String cut(String text, int width) {
        String safe = Terminal.safe(text);
        return safe.length() <= width ? safe : safe.substring(0, width - 3) + "...";
    }
}
