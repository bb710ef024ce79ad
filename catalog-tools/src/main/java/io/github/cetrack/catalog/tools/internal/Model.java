package io.github.cetrack.catalog.tools.internal;

import io.github.cetrack.core.Confidence;
import io.github.cetrack.core.Jurisdiction;
import io.github.cetrack.core.Profession;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A state data file as read: the values of docs/catalog-format.md. Not API. */
public final class Model {

    private Model() {}

    /** Where a value was read. */
    public record Ref(String citation, String source, LocalDate verified, Confidence confidence) {}

    /** A board and the reference for the licence types it issues. */
    public record Board(String id, String name, Ref ref) {}

    /** A licence type. */
    public record Type(String code, String name, Profession profession, String board) {}

    /** A board's category and the shared topics that satisfy it. */
    public record Category(String code, String label, List<String> topics) {}

    /** A profession the file leaves out, and why. */
    public record NotCovered(Profession profession, String reason) {}

    /**
     * One dated value: {@code from} (null: since ever), {@code none} (the reason nothing is stated
     * from then on) or the kind's {@code fields} with their reference.
     */
    public record Value(int line, LocalDate from, String none, Map<String, Object> fields, Ref ref) {}

    /** A rule: one kind of requirement for some licence types, with its dated values. */
    public record Rule(int line, String name, List<String> types, Boolean firstCycle, String role, boolean byStart,
            LocalDate startingBefore, String kind, Map<String, String> subject, List<Value> values) {}

    /** The whole file. */
    public record StateFile(Jurisdiction jurisdiction, Map<String, Board> boards, Map<String, Type> types,
            Map<String, Category> categories, List<NotCovered> notCovered, List<Rule> rules) {}
}
