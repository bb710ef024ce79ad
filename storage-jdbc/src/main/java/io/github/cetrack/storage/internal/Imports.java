package io.github.cetrack.storage.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cetrack.core.ActivityKind;
import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.DeliveryFormat;
import io.github.cetrack.core.HourUnit;
import io.github.cetrack.core.Inputs;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.Violation;
import io.github.cetrack.core.internal.Duplicates;
import io.github.cetrack.core.internal.IsoDates;
import io.github.cetrack.core.json.CetrackJson;
import io.github.cetrack.core.store.Ids;
import io.github.cetrack.core.store.ImportFormat;
import io.github.cetrack.core.store.StoreException;
import io.github.cetrack.core.store.StoredActivity;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Parses activity imports. CSV rows become the same JSON objects a JSON import holds, so both
 * formats share one set of field names, coercions and error messages. Not API.
 */
final class Imports {

    static final List<String> COLUMNS = List.of("id", "title", "provider", "approvals", "started_on", "completed_on",
            "hours", "unit", "format", "kind", "topics");
    private static final Set<String> LISTS = Set.of("approvals", "topics");
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("-?[0-9]{1,12}(\\.[0-9]{1,12})?");
    private static final ObjectMapper MAPPER = CetrackJson.mapper();
    // Reads one array element at a time: what follows it is the next element, not trailing junk.
    private static final ObjectReader ELEMENT = MAPPER.readerFor(JsonNode.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * A record of the input and the line it starts on: a JSON object, or for a CSV row whose cells
     * are all plainly valid, the activity they spell ({@link #direct}).
     */
    record Item(int line, JsonNode node, CeActivity read) {}

    /** A parsed activity and the line it came from. */
    record Parsed(int line, CeActivity activity) {}

    private Imports() {}

    /** Returns every activity, with ids, or throws naming every bad line and field. */
    static List<Parsed> parse(Reader input, ImportFormat format) {
        if (input == null || format == null) {
            throw InvalidInputException.of(input == null ? "input" : "format", "must not be null", null);
        }
        List<Item> records = format == ImportFormat.CSV ? csv(input) : json(input);
        List<Parsed> activities = new ArrayList<>(records.size());
        List<Violation> violations = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (Item record : records) {
            try {
                CeActivity a = Inputs.check(record.read() != null ? record.read()
                        : MAPPER.treeToValue(record.node(), CeActivity.class));
                Text.id("id", a.id());
                a = a.withId(Ids.orRandom(a.id()));
                Text.check("title", a.title());
                Text.check("provider", a.provider());
                Integer first = ids.putIfAbsent(a.id(), record.line());
                if (first != null) {
                    throw InvalidInputException.of("id", "must be unique (also on line " + first + ")", a.id());
                }
                activities.add(new Parsed(record.line(), a.withHours(Rows.hours(a.hours()), a.unit())));
            } catch (JacksonException e) {
                prefix(record.line(), CetrackJson.translate(e), violations);
            } catch (InvalidInputException e) {
                prefix(record.line(), e, violations);
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return activities;
    }

    /** Refuses every activity completed after {@code completedBy} (no limit when it is {@code null}), naming its line. */
    static void refuseLate(List<Parsed> activities, LocalDate completedBy) {
        if (completedBy == null) {
            return;
        }
        List<Violation> late = new ArrayList<>();
        for (Parsed p : activities) {
            if (p.activity().completedOn().isAfter(completedBy)) {
                late.add(new Violation("line " + p.line() + ": completed_on", "must not be after today ("
                        + completedBy + "): CE counts once completed", p.activity().completedOn().toString()));
            }
        }
        if (!late.isEmpty()) {
            throw new InvalidInputException(late);
        }
    }

    /**
     * Refuses every activity that is probably a duplicate of an earlier line or of a stored activity
     * ({@link Duplicates}), naming both.
     */
    static void refuseDuplicates(List<Parsed> activities, List<StoredActivity> stored) {
        // Earlier entries by completion date and by certificate: a duplicate shares one or the other.
        Map<LocalDate, List<Map.Entry<String, CeActivity>>> byDate = new HashMap<>();
        Map<String, String> byCertificate = new HashMap<>();
        for (StoredActivity s : stored) {
            remember("activity " + s.activity().id() + " already stored", s.activity(), byDate, byCertificate);
        }
        List<Violation> twins = new ArrayList<>();
        for (Parsed p : activities) {
            CeActivity a = p.activity();
            String found = a.certificate() == null ? null : byCertificate.get(a.certificate().sha256());
            found = found == null ? null : found + " (the same certificate)";
            for (Map.Entry<String, CeActivity> e : byDate.getOrDefault(a.completedOn(), List.of())) {
                String why = found == null ? Duplicates.why(a, e.getValue()) : null;
                if (why != null) {
                    found = e.getKey() + " (" + why + ")";
                }
            }
            if (found != null) {
                twins.add(new Violation("line " + p.line() + ": title", "is probably a duplicate of " + found
                        + "; to record a genuine repeat, import with duplicates allowed", a.title()));
            }
            remember("line " + p.line(), a, byDate, byCertificate);
        }
        if (!twins.isEmpty()) {
            throw new InvalidInputException(twins);
        }
    }

    private static void remember(String label, CeActivity a, Map<LocalDate, List<Map.Entry<String, CeActivity>>> byDate,
            Map<String, String> byCertificate) {
        byDate.computeIfAbsent(a.completedOn(), d -> new ArrayList<>()).add(Map.entry(label, a));
        if (a.certificate() != null) {
            byCertificate.putIfAbsent(a.certificate().sha256(), label);
        }
    }

    /** Ids given in the file must be new in this tenant: an import never overwrites. */
    static void refuseExistingIds(Handle h, String tenant, List<Parsed> activities) {
        Set<String> existing = new java.util.HashSet<>();
        // Only the file's own ids are looked up, in chunks that every database accepts in an IN list.
        for (int from = 0; from < activities.size(); from += 500) {
            List<String> chunk = activities.subList(from, Math.min(activities.size(), from + 500)).stream()
                    .map(p -> p.activity().id()).toList();
            existing.addAll(h.createQuery("select id from cetrack_activity where tenant_id = :t and id in (<ids>)")
                    .bind("t", tenant).bindList("ids", chunk).mapTo(String.class).list());
        }
        List<Violation> clashes = new ArrayList<>();
        for (Parsed p : activities) {
            if (existing.contains(p.activity().id())) {
                clashes.add(new Violation("line " + p.line() + ": id", "must not name an activity already stored",
                        p.activity().id()));
            }
        }
        if (!clashes.isEmpty()) {
            throw new InvalidInputException(clashes);
        }
    }

    private static void prefix(int line, InvalidInputException e, List<Violation> into) {
        for (Violation v : e.violations()) {
            into.add(new Violation("line " + line + ": " + v.field(), v.rule(), v.rejectedValue()));
        }
    }

    private static List<Item> csv(Reader input) {
        List<Csv.Row> rows = Csv.read(input);
        if (rows.isEmpty()) {
            throw InvalidInputException.of("line 1", "must be a header row naming the columns (" + String.join(", ", COLUMNS) + ")", null);
        }
        List<String> header = new ArrayList<>();
        for (String name : rows.get(0).cells()) {
            String column = name.trim().toLowerCase(java.util.Locale.ROOT);
            if (!COLUMNS.contains(column)) {
                throw InvalidInputException.of("line " + rows.get(0).line() + ": " + (column.isEmpty() ? "header" : column),
                        "is not a known column (known: " + String.join(", ", COLUMNS) + ")", null);
            }
            if (header.contains(column)) {
                throw InvalidInputException.of("line " + rows.get(0).line() + ": " + column, "must appear once in the header", null);
            }
            header.add(column);
        }
        List<Item> records = new ArrayList<>();
        List<Violation> shape = new ArrayList<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            if (row.cells().size() != header.size()) {
                shape.add(new Violation("line " + row.line(), "must have " + header.size() + " cells like the header",
                        row.cells().size() + " cells"));
                continue;
            }
            List<String> cells = new ArrayList<>(header.size());
            for (String cell : row.cells()) {
                cells.add(cell.trim());
            }
            CeActivity read = direct(header, cells);
            records.add(new Item(row.line(), read == null ? node(header, cells) : null, read));
        }
        if (!shape.isEmpty()) {
            throw new InvalidInputException(shape);
        }
        return records;
    }

    /** A row as the JSON object a JSON import would hold: an empty cell is an absent field. */
    static ObjectNode node(List<String> header, List<String> cells) {
        ObjectNode node = MAPPER.createObjectNode();
        for (int i = 0; i < header.size(); i++) {
            String cell = cells.get(i);
            if (cell.isEmpty()) {
                continue;
            }
            if (LISTS.contains(header.get(i))) {
                ArrayNode list = node.putArray(header.get(i));
                for (String code : codes(cell)) {
                    list.add(code);
                }
            } else if (header.get(i).equals("hours") && DECIMAL.matcher(cell).matches()) {
                // A cell is text; JSON reading is strict (no text as a number), so say it is one.
                node.put("hours", new java.math.BigDecimal(cell));
            } else {
                node.put(header.get(i), cell);
            }
        }
        return node;
    }

    /**
     * The activity a row spells when every cell is plainly valid (a date as YYYY-MM-DD, hours as a
     * decimal, a lower-case code), built without Jackson's tree and binding, which took most of an
     * import's own time; {@code null} for anything else, which then takes the JSON path, so that
     * every error reads as a JSON import's. Where it gives an activity, the JSON path gives an equal
     * one (ImportsTest compares them).
     */
    static CeActivity direct(List<String> header, List<String> cells) {
        Map<String, String> at = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                at.put(header.get(i), cells.get(i));
            }
        }
        LocalDate started = date(at.get("started_on"));
        LocalDate completed = date(at.get("completed_on"));
        String hours = at.get("hours");
        HourUnit unit = code(UNITS, at.get("unit"));
        DeliveryFormat format = code(FORMATS, at.get("format"));
        ActivityKind kind = code(KINDS, at.get("kind"));
        if (started == NONE || completed == NONE || hours != null && !DECIMAL.matcher(hours).matches()
                || unit == null && at.containsKey("unit") || format == null && at.containsKey("format")
                || kind == null && at.containsKey("kind")) {
            return null;
        }
        try {
            return new CeActivity(at.get("id"), at.get("title"), at.get("provider"), list(at.get("approvals")), started,
                    completed, hours == null ? null : new java.math.BigDecimal(hours), unit, format, kind,
                    list(at.get("topics")), null);
        } catch (RuntimeException e) {
            return null; // the JSON path reports it
        }
    }

    /** A date that is not YYYY-MM-DD: {@link #direct} leaves such a row to the JSON path. */
    private static final LocalDate NONE = LocalDate.MIN;
    private static final Map<String, HourUnit> UNITS = codes(HourUnit.values());
    private static final Map<String, DeliveryFormat> FORMATS = codes(DeliveryFormat.values());
    private static final Map<String, ActivityKind> KINDS = codes(ActivityKind.values());

    private static LocalDate date(String cell) {
        if (cell == null) {
            return null;
        }
        LocalDate date = IsoDates.parse(cell);
        return date == null ? NONE : date;
    }

    private static <E extends Enum<E>> Map<String, E> codes(E[] values) {
        Map<String, E> out = new HashMap<>();
        for (E e : values) {
            out.put(e.name().toLowerCase(java.util.Locale.ROOT), e);
        }
        return Map.copyOf(out);
    }

    private static <E> E code(Map<String, E> codes, String cell) {
        return cell == null ? null : codes.get(cell);
    }

    private static Set<String> list(String cell) {
        return cell == null ? null : new java.util.HashSet<>(codes(cell));
    }

    /** A list cell's codes: separated by semicolons, trimmed, blanks left out. */
    private static List<String> codes(String cell) {
        List<String> out = new ArrayList<>();
        for (String code : cell.split(";")) {
            if (!code.isBlank()) {
                out.add(code.trim());
            }
        }
        return out;
    }

    private static List<Item> json(Reader input) {
        List<Item> records = new ArrayList<>();
        try (JsonParser parser = MAPPER.createParser(input)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw InvalidInputException.of("json", "must be an array of activities", null);
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                int line = parser.currentTokenLocation().getLineNr();
                records.add(new Item(line, ELEMENT.readValue(parser), null));
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                throw InvalidInputException.of("line " + parser.currentTokenLocation().getLineNr(),
                        "must be an activity object", parser.getText());
            }
            if (parser.nextToken() != null) {
                throw InvalidInputException.of("line " + parser.currentTokenLocation().getLineNr(),
                        "must be the end of the input after the array", parser.getText());
            }
        } catch (JacksonException e) {
            throw CetrackJson.translate(e);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw InvalidInputException.of("json", "must be UTF-8 text (save the file as UTF-8)", null);
        } catch (IOException e) {
            throw new StoreException("cannot read the JSON input: " + e.getMessage(), e);
        }
        return records;
    }
}
