package io.github.cetrack.reporting.internal;

import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.Certificate;
import io.github.cetrack.core.Citation;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.Evaluation.ActivityResult;
import io.github.cetrack.core.Evaluation.RequirementResult;
import io.github.cetrack.core.HourUnit;
import io.github.cetrack.core.Topics;
import io.github.cetrack.core.License;
import io.github.cetrack.core.RequirementKind;
import io.github.cetrack.reporting.ReportData;
import io.github.cetrack.reporting.ReportKind;
import io.github.cetrack.reporting.ReportOptions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything a report shows, worked out once from the data and options; each format only lays it
 * out. Not API.
 *
 * @param kind which report
 * @param data the caller's data
 * @param text the locale's text
 * @param generatedOn the clock's date
 * @param requirements progress per requirement
 * @param rows every activity, in the evaluation's order (date, then title)
 * @param citations the distinct citations behind the requirements, numbered from 1
 */
public record Model(ReportKind kind, ReportData data, Text text, LocalDate generatedOn,
        List<Requirement> requirements, List<Row> rows, List<Citation> citations) {

    /** Said of a requirement whose number rests on secondary sources. */
    static final String SECONDARY = "Read in secondary sources: the official text could not be read.";

    /** Fingerprint characters shown in tables. */
    public static final int FINGERPRINT = 12;

    /**
     * One requirement's progress.
     *
     * @param name short name, like {@code "Law and ethics"}
     * @param result the evaluation's result
     * @param citation number of its citation in {@link #citations()}, or 0
     */
    public record Requirement(String name, RequirementResult result, int citation) {}

    /**
     * One activity with its result.
     *
     * @param activity the activity as entered
     * @param result how it counted
     * @param inCycle whether it was completed in the cycle
     */
    public record Row(CeActivity activity, ActivityResult result, boolean inCycle) {

        /** Returns whether any of its hours counted. */
        public boolean counted() {
            return result.counted().signum() > 0;
        }

        /** Returns whether some or all of its hours did not count. */
        public boolean notAllCounted() {
            return result.reason() != null;
        }

        /** Returns the certificate reference, or {@code null}. */
        public Certificate certificate() {
            return activity.certificate();
        }
    }

    /**
     * Hours per topic in an audit.
     *
     * @param topic the topic code, or {@code ""} for activities without one
     * @param activities how many activities in the cycle name it
     * @param hours their hours
     * @param credited their hours credited to the board's categories that the topic serves
     */
    public record TopicTotal(String topic, int activities, BigDecimal hours, BigDecimal credited) {}

    /** Builds the model of a {@code kind} report. */
    public static Model of(ReportKind kind, ReportData data, ReportOptions options) {
        Evaluation e = data.evaluation();
        List<CeActivity> matched = Matching.match(e, data.activities());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < matched.size(); i++) {
            ActivityResult r = e.activities().get(i);
            rows.add(new Row(matched.get(i), r, e.cycle().contains(r.completedOn())));
        }
        List<Citation> citations = new ArrayList<>();
        List<Requirement> requirements = new ArrayList<>();
        for (RequirementResult r : e.requirements()) {
            int number = 0;
            if (r.citation() != null) {
                int at = citations.indexOf(r.citation());
                if (at < 0) {
                    citations.add(r.citation());
                    at = citations.size() - 1;
                }
                number = at + 1;
            }
            requirements.add(new Requirement(name(r), r, number));
        }
        LocalDate today = LocalDate.now(options.clock());
        return new Model(kind, data, new Text(options.locale()), today, List.copyOf(requirements), List.copyOf(rows),
                List.copyOf(citations));
    }

    private static String name(RequirementResult r) {
        String base = switch (r.kind()) {
            case TOTAL_HOURS -> "Total hours";
            case LIVE_MINIMUM -> "Live instruction";
            case ACCEPTED_APPROVALS -> "From approved providers";
            default -> r.category() != null ? Text.code(r.category()) : Text.code(r.kind().code());
        };
        if (r.kind() == RequirementKind.ONE_TIME) {
            base += " (once per licensure)";
        } else if (r.kind() == RequirementKind.PERIODIC) {
            base += " (periodic)";
        }
        return Character.toUpperCase(base.charAt(0)) + base.substring(1);
    }

    /** Returns the same model with text in another locale. */
    public Model withText(Text other) {
        return new Model(kind, data, other, generatedOn, requirements, rows, citations);
    }

    /** Returns the evaluation. */
    public Evaluation evaluation() {
        return data.evaluation();
    }

    /** Returns the licence. */
    public License license() {
        return data.evaluation().license();
    }

    /** Returns the report's title. */
    public String title() {
        return kind == ReportKind.RENEWAL ? "Continuing education renewal report"
                : "Continuing education audit report";
    }

    /** Returns the holder's name, or a placeholder. */
    public String holder() {
        return license().holder() == null ? "(name not given)" : license().holder();
    }

    /** Returns {@code "US-CA LCSW, number LCSW 12345"}. */
    public String licence() {
        License l = license();
        String type = data.licenseType() == null ? l.typeKey() : l.typeKey() + " (" + data.licenseType().name() + ")";
        return l.number() == null ? type : type + ", number " + l.number();
    }

    /** Returns the board's name or a placeholder. */
    public String board() {
        return data.board() == null ? "(board not given)" : data.board();
    }

    /** Returns {@code "2024-04-01 to 2026-03-31"}. */
    public String cycle() {
        return text.date(evaluation().cycle().start()) + " to " + text.date(evaluation().cycle().end());
    }

    /** Returns the status in plain words. */
    public String status() {
        Evaluation e = evaluation();
        return switch (e.status()) {
            case COMPLIANT -> "Compliant: every requirement is met";
            case EXEMPT -> "Exempt: no hours are required in this cycle";
            case INCOMPLETE -> {
                BigDecimal total = e.requirements().stream().filter(r -> r.kind() == RequirementKind.TOTAL_HOURS)
                        .map(RequirementResult::remaining).findFirst().orElse(BigDecimal.ZERO);
                List<RequirementResult> open = e.requirements().stream().filter(r -> !r.isMet()).toList();
                String by = " needed by " + text.date(e.cycle().end());
                if (total.signum() > 0) {
                    yield "Incomplete: " + more(total) + by;
                }
                if (open.size() == 1 && open.get(0).category() != null) {
                    yield "Incomplete: " + more(open.get(0).remaining()) + " of " + Text.code(open.get(0).category())
                            + by;
                }
                yield "Incomplete: " + open.size() + (open.size() == 1 ? " requirement" : " requirements")
                        + " not yet met by " + text.date(e.cycle().end());
            }
        };
    }

    private String more(BigDecimal hours) {
        return text.number(hours) + " more " + (hours.compareTo(BigDecimal.ONE) == 0 ? "hour" : "hours");
    }

    /** Returns the activities some of whose hours counted. */
    public List<Row> counted() {
        return rows.stream().filter(Row::counted).toList();
    }

    /** Returns the activities some or all of whose hours did not count. */
    public List<Row> notCounted() {
        return rows.stream().filter(Row::notAllCounted).toList();
    }

    /** Returns the activities completed in the cycle. */
    public List<Row> inCycle() {
        return rows.stream().filter(Row::inCycle).toList();
    }

    /** Returns the activities in the cycle that have no certificate on file. */
    public List<Row> missingCertificates() {
        return inCycle().stream().filter(r -> r.certificate() == null).toList();
    }

    /** Returns the hours per topic of the activities in the cycle, topics sorted, then those without one. */
    public List<TopicTotal> topicTotals() {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, BigDecimal> hours = new TreeMap<>();
        Map<String, BigDecimal> credited = new TreeMap<>();
        for (Row row : inCycle()) {
            TreeSet<String> topics = new TreeSet<>(row.activity().topics());
            if (topics.isEmpty()) {
                topics.add("");
            }
            for (String t : topics) {
                counts.computeIfAbsent(t, k -> new int[1])[0]++;
                hours.merge(t, row.result().hours(), BigDecimal::add);
                credited.merge(t, credited(row.result(), t), BigDecimal::add);
            }
        }
        Map<String, TopicTotal> totals = new LinkedHashMap<>();
        counts.forEach((t, n) -> {
            if (!t.isEmpty()) {
                totals.put(t, new TopicTotal(t, n[0], hours.get(t), credited.get(t)));
            }
        });
        if (counts.containsKey("")) {
            totals.put("", new TopicTotal("", counts.get("")[0], hours.get(""), BigDecimal.ZERO));
        }
        return List.copyOf(totals.values());
    }

    // An activity's hours credited to the categories a topic serves (those whose code stands for
    // it), at most what counted: an hour credited to two such categories is one hour of the topic.
    private static BigDecimal credited(ActivityResult result, String topic) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : result.credited().entrySet()) {
            if (Topics.meaning(e.getKey()).contains(topic)) {
                sum = sum.add(e.getValue());
            }
        }
        return sum.min(result.counted());
    }

    /** Returns the hours of the activities in the cycle. */
    public BigDecimal hoursInCycle() {
        return inCycle().stream().map(r -> r.result().hours()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Returns the hours counted toward the total. */
    public BigDecimal hoursCounted() {
        return rows.stream().map(r -> r.result().counted()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Returns the requirement's progress in plain words: {@code "33 of 36 hours counted, 3 hours remaining"}. */
    public String progress(RequirementResult r) {
        return text.number(r.counted()) + " of " + text.hours(r.required()) + " counted, "
                + (r.isMet() ? "met" : text.hours(r.remaining()) + " remaining");
    }

    /** Returns the activity's hours, with its own unit when that is not clock hours: {@code "10 h (1 CEU)"}. */
    public String hours(Row row) {
        CeActivity a = row.activity();
        String h = text.shortHours(row.result().hours());
        return a.unit() == HourUnit.CLOCK_HOUR ? h : h + " (" + text.amount(a.hours(), a.unit()) + ")";
    }

    /** Returns the counted hours of an activity that counted in part: {@code "3 of 6 h"}, else the hours. */
    public String countedHours(Row row) {
        ActivityResult r = row.result();
        return r.counted().compareTo(r.hours()) == 0 ? hours(row)
                : text.number(r.counted()) + " of " + hours(row);
    }

    /** Returns why an activity's hours did not (all) count, in plain words. */
    public String reason(Row row) {
        ActivityResult r = row.result();
        if (r.reason() == null) {
            return "";
        }
        String part = r.counted().signum() > 0 ? text.number(r.counted()) + " of " + text.hours(r.hours())
                + " counted: " : "";
        return part + switch (r.reason()) {
            case OUTSIDE_CYCLE -> "completed on " + text.date(r.completedOn()) + ", outside this cycle ("
                    + cycle() + ")";
            case OVER_CAP -> "hours beyond a limit the board sets on this format or topic";
            case PROVIDER_NOT_ACCEPTED -> "the board does not accept this provider's approval"
                    + (row.activity().approvals().isEmpty() ? " (none given)"
                            : " (" + String.join(", ", row.activity().approvals()) + ")");
            case UNIT_NOT_ACCEPTED -> "no equivalence for " + row.activity().unit().text()
                    + " in hours in the board's rules as the catalogue encodes them";
            case NOT_YET_COMPLETED -> "dated " + text.date(r.completedOn()) + ", after the evaluation date: not completed yet";
            case DUPLICATE -> "probably the same activity as another entry, which counts instead";
            case RECORD_ONLY -> "a record of one-time training completed before these records began";
        };
    }

    /** Returns the approvals, comma separated. */
    public static String approvals(CeActivity a) {
        return String.join(", ", a.approvals());
    }

    /** Returns the topics in words, comma separated. */
    public static String topics(CeActivity a) {
        return String.join(", ", a.topics().stream().map(Text::code).toList());
    }

    /** Returns the first hex digits of the certificate's SHA-256, or {@code ""}. */
    public static String fingerprint(Row row) {
        return row.certificate() == null ? "" : row.certificate().sha256().substring(0, FINGERPRINT);
    }

    /** Returns the findings worth showing in a report (everything but per-activity explanations). */
    public List<Evaluation.Finding> notes() {
        return evaluation().findings();
    }

    /** Returns the requirement in words, like {@code "at least 36 hours in total"}. */
    public static String describe(RequirementResult r) {
        return r.description() == null ? "" : r.description();
    }

    /** Returns {@code text} with its first letter in upper case. */
    public static String sentence(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Returns {@code "16 CCR § 1887.3(a)"} and the rule, or {@code ""}. */
    public static String cite(Citation c) {
        return c == null ? "" : c.citation();
    }
}
