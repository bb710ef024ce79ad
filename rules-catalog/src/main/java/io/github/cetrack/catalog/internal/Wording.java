package io.github.cetrack.catalog.internal;

import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.Citation;
import io.github.cetrack.core.Evaluation.ActivityResult;
import io.github.cetrack.core.Evaluation.Finding;
import io.github.cetrack.core.Evaluation.FindingCode;
import io.github.cetrack.core.Evaluation.Reason;
import io.github.cetrack.core.Evaluation.Severity;
import io.github.cetrack.core.RenewalCycle;
import io.github.cetrack.core.Requirement;
import io.github.cetrack.core.RequirementKind;
import io.github.cetrack.core.internal.Words;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes what an evaluation says in words: each activity's result with the explanation of what
 * counted, and the findings, sorted by severity and code.
 */
final class Wording {

    private final Prepared set;
    private final RenewalCycle cycle;
    private final LocalDate asOf;
    // Sized for about two findings an activity (a missing certificate, a reason) and a few about
    // requirements: growing it was 2% of a batch's CPU in the issue 14 profile.
    private final List<Finding> findings;
    // The same for every activity outside the cycle: formatted once, since formatting dates took 7.5%
    // of a batch's CPU in the issue 14 profile, most of it here.
    private String outsideCycle;
    private String end;
    private String asOfText;

    /** Words an evaluation of {@code activities} activities in {@code cycle} as of {@code asOf}. */
    Wording(Prepared set, RenewalCycle cycle, LocalDate asOf, int activities) {
        this.findings = new ArrayList<>(2 * activities + 8);
        this.set = set;
        this.cycle = cycle;
        this.asOf = asOf;
    }

    /**
     * Returns each activity's result, in the order judged, and notes the findings about them.
     *
     * @param plan the allocation of the eligible activities of {@code judged}, in their order
     */
    List<ActivityResult> activities(List<Eligibility> judged, Allocator.Plan plan) {
        List<ActivityResult> out = new ArrayList<>(judged.size());
        int k = 0;
        for (Eligibility e : judged) {
            long cents = 0;
            Map<String, Long> creditedCents = Map.of();
            Reason reason = e.reason();
            if (e.eligible()) {
                cents = plan.counted()[k];
                creditedCents = plan.credited().get(k);
                reason = cents < e.cents() ? Reason.OVER_CAP : null;
                k++;
            }
            BigDecimal counted = e.eligible() ? Hundredths.hours(cents) : BigDecimal.ZERO;
            CeActivity activity = e.activity();
            Eligibility.Twin twin = e.twin();
            String explanation = twin != null
                    ? "not counted: probably the same as " + twin.of().id() + ", which counts instead"
                    : explain(e, cents, creditedCents, reason);
            out.add(new ActivityResult(e.id(), activity.title(), activity.completedOn(), e.shown(), counted,
                    inHours(creditedCents), reason, explanation));
            note(e, cents, reason);
        }
        return out;
    }

    /**
     * Notes the findings about the requirements: hours carried over, shortfalls, one-time
     * requirements met at an earlier renewal, and the set's reminders.
     *
     * @param carried hours carried over that count toward the total, or {@code null}
     */
    void requirements(List<Tally.Line> lines, BigDecimal carried, Map<String, LocalDate> dueEarlier) {
        if (carried != null) {
            findings.add(new Finding(FindingCode.CARRIED_OVER, Severity.INFO, Words.hours(carried)
                    + " carried over from the previous cycle count toward the total", null, set.carryOver.citation()));
        }
        for (Tally.Line line : lines) {
            Prepared.Minimum m = line.minimum();
            LocalDate earlier = m.kind() == RequirementKind.ONE_TIME ? dueEarlier.get(m.category()) : null;
            if (earlier != null) {
                findings.add(new Finding(FindingCode.ONE_TIME_MET_EARLIER, Severity.INFO, Words.capitalized(m.topic())
                        + " (" + Words.hours(m.hours()) + ", once) was due by an earlier renewal (it applied to the"
                        + " cycle ending " + Dates.iso(earlier) + ") and is taken as met; keep its certificate in case of an"
                        + " audit", m.category(), m.citation()));
            } else if (line.remaining().signum() > 0) {
                BigDecimal remaining = line.remaining();
                String needed = Words.number(remaining);
                String noun = remaining.compareTo(BigDecimal.ONE) == 0 ? " more hour of " : " more hours of ";
                findings.add(new Finding(m.code(), Severity.ERROR, needed + noun + m.topic() + " needed by "
                        + end() + " (" + line.result().description() + ")", m.category(), m.citation()));
            }
        }
        for (Requirement.Note note : set.all(Requirement.Note.class)) {
            findings.add(new Finding(FindingCode.REMINDER, Severity.INFO, note.text(), note.code(), note.citation()));
        }
    }

    /** Notes that no CE is required in a licence's first cycle. */
    void exempt() {
        findings.add(new Finding(FindingCode.EXEMPT_FIRST_CYCLE, Severity.INFO, "No CE hours are required for this"
                + " cycle: it is the one in which the licence was first issued", null, set.exemption.citation()));
    }

    /** Returns the findings noted, by severity and then code; findings of one code in the order noted. */
    List<Finding> findings() {
        // A counting sort on (severity, code), stable by construction: a comparison sort with a
        // comparator over two enums was 2.8% of a batch's CPU in the issue 14 profile.
        int[] start = new int[KEYS + 1];
        for (Finding f : findings) {
            start[key(f) + 1]++;
        }
        for (int i = 1; i <= KEYS; i++) {
            start[i] += start[i - 1];
        }
        Finding[] out = new Finding[findings.size()];
        for (Finding f : findings) {
            out[start[key(f)]++] = f;
        }
        return Arrays.asList(out);
    }

    private static final int CODES = FindingCode.values().length;
    private static final int KEYS = Severity.values().length * CODES;

    private static int key(Finding f) {
        return f.severity().ordinal() * CODES + f.code().ordinal();
    }

    private static Map<String, BigDecimal> inHours(Map<String, Long> credited) {
        if (credited.isEmpty()) {
            return Collections.emptySortedMap();
        }
        Map<String, BigDecimal> out = new TreeMap<>();
        credited.forEach((category, cents) -> out.put(category, Hundredths.hours(cents)));
        return out;
    }

    private void note(Eligibility e, long counted, Reason reason) {
        CeActivity activity = e.activity();
        if (reason == Reason.OVER_CAP) {
            add(FindingCode.OVER_CAP, "\"" + activity.title() + "\": " + Words.hoursOfHundredths(e.cents() - counted)
                    + " over the board's limit did not count", e, set.capCitation(activity.format()));
        } else if (reason == Reason.PROVIDER_NOT_ACCEPTED) {
            add(FindingCode.PROVIDER_NOT_ACCEPTED, "\"" + activity.title() + "\" did not count: the board accepts only "
                    + set.acceptedText, e, set.approvals.citation());
        } else if (reason == Reason.UNIT_NOT_ACCEPTED) {
            add(FindingCode.UNIT_NOT_ACCEPTED, "\"" + activity.title() + "\" did not count: the catalogue has no"
                    + " equivalence from the board's rules for " + activity.unit().text() + "s; record the clock"
                    + " hours its certificate states", e, null);
        } else if (reason == Reason.NOT_YET_COMPLETED) {
            add(FindingCode.NOT_YET_COMPLETED, "\"" + activity.title() + "\" is dated " + Dates.iso(activity.completedOn())
                    + ", after the evaluation date " + asOf() + ": CE counts once completed, so it does not count yet", e,
                    null);
        } else if (reason == Reason.OUTSIDE_CYCLE) {
            findings.add(new Finding(FindingCode.OUTSIDE_CYCLE, Severity.INFO, "\"" + activity.title() + "\" was"
                    + " completed on " + Dates.iso(activity.completedOn()) + outsideCycle(), e.id(), null));
        }
        if (counted > 0 && activity.certificate() == null) {
            add(FindingCode.MISSING_CERTIFICATE, "\"" + activity.title() + "\" has no certificate on file; keep it in"
                    + " case of an audit", e, null);
        }
        Eligibility.Twin twin = e.twin();
        if (twin != null) {
            Eligibility first = twin.of();
            add(FindingCode.DUPLICATE, "\"" + activity.title() + "\" (" + e.id() + ") is probably the same activity as"
                    + " \"" + first.activity().title() + "\" (" + first.id() + "): " + twin.why() + "; it counts once."
                    + " If it is a genuine repeat, attach each its own certificate", e, null);
        }
    }

    private void add(FindingCode code, String message, Eligibility about, Citation citation) {
        findings.add(new Finding(code, Severity.WARNING, message, about.id(), citation));
    }

    private String outsideCycle() {
        if (outsideCycle == null) {
            outsideCycle = ", outside the cycle " + Dates.iso(cycle.start()) + " to " + end() + phaseIn();
        }
        return outsideCycle;
    }

    // The cycle's end and the evaluation date as text, formatted once per evaluation.
    private String end() {
        if (end == null) {
            end = Dates.iso(cycle.end());
        }
        return end;
    }

    private String asOf() {
        if (asOfText == null) {
            asOfText = Dates.iso(asOf);
        }
        return asOfText;
    }

    private String phaseIn() {
        return set.phasedIn(cycle) ? " or before the requirement began on " + set.prorated.since() : "";
    }

    private String explain(Eligibility e, long counted, Map<String, Long> credited, Reason reason) {
        if (reason == Reason.UNIT_NOT_ACCEPTED) {
            return "not counted: no equivalence for " + e.activity().unit().text() + "s";
        }
        if (reason == Reason.NOT_YET_COMPLETED) {
            return "not counted: dated after " + asOf() + ", so not completed yet";
        }
        if (reason == Reason.RECORD_ONLY) {
            return "a record of one-time training completed before these records began: it meets the one-time"
                    + " requirements of its topics and counts toward nothing else";
        }
        if (reason == Reason.OUTSIDE_CYCLE) {
            return "not counted: completed outside this cycle" + phaseIn();
        }
        if (reason == Reason.PROVIDER_NOT_ACCEPTED) {
            return "not counted: provider approval not accepted";
        }
        if (credited.isEmpty() && reason == null) {
            return counted(counted);
        }
        StringBuilder out = new StringBuilder(64);
        out.append(Words.hoursOfHundredths(counted)).append(" counted");
        if (!credited.isEmpty()) {
            out.append(" (");
            boolean next = false;
            for (Map.Entry<String, Long> c : credited.entrySet()) {
                if (next) {
                    out.append(", ");
                }
                out.append(Words.hoursOfHundredths(c.getValue())).append(" toward ").append(Words.category(c.getKey()));
                next = true;
            }
            out.append(')');
        }
        if (reason == Reason.OVER_CAP) {
            out.append("; ").append(Words.hoursOfHundredths(e.cents() - counted)).append(" over a cap");
        }
        return out.toString();
    }

    // "6 hours counted", the explanation of most activities, depends on the amount alone: amounts
    // up to 100 hours are kept once written (racy but safe: strings are immutable).
    private static final String[] COUNTED = new String[10_001];

    private static String counted(long hundredths) {
        if (hundredths < 0 || hundredths >= COUNTED.length) {
            return Words.hoursOfHundredths(hundredths) + " counted";
        }
        String known = COUNTED[(int) hundredths];
        if (known == null) {
            known = Words.hoursOfHundredths(hundredths) + " counted";
            COUNTED[(int) hundredths] = known;
        }
        return known;
    }
}
