package io.github.cetrack.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.json.CetrackJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A CSV row read without Jackson ({@link Imports#direct}) is the activity the JSON path reads from
 * the same row, or is left to that path.
 */
class ImportsProperties {

    private static final ObjectMapper MAPPER = CetrackJson.mapper();
    private static final Map<String, List<String>> CELLS = Map.ofEntries(
            Map.entry("id", List.of("", "a1", " a-2 ", "x y")),
            Map.entry("title", List.of("", "Ethics", " Law ", "Ümlaut & co", "a\u0000b")),
            Map.entry("provider", List.of("", "APA", " NASW ")),
            Map.entry("approvals", List.of("", "apa", "apa;nasw_ca", " ; ", "APA; Nasw-CA", "no_such")),
            Map.entry("topics", List.of("", "ethics", "ethics;telehealth", ";;", "Laws and rules", "no_such")),
            Map.entry("started_on", List.of("", "2025-01-31", "2025-02-30", "2025-1-1", "1899-01-01")),
            Map.entry("completed_on", List.of("", "2025-01-31", "2024-02-29", "2023-02-29", "20250101", "2999-01-01")),
            Map.entry("hours", List.of("", "6", "1.5", "0.125", "-3", "1e3", "12345.5", "abc", "007.50")),
            Map.entry("unit", List.of("", "clock_hour", "ceu", "CEU", "hour")),
            Map.entry("format", List.of("", "in_person", "live_online", "self_study", "Self_Study", "webinar")),
            Map.entry("kind", List.of("", "course", "COURSE", "lecture")));

    @Property(tries = 3000)
    void aRowReadDirectlyIsTheActivityTheJsonPathReads(@ForAll long seed) {
        // Columns in any order and number, each cell one of its column's plain or odd values.
        Random random = new Random(seed);
        List<String> header = new ArrayList<>(Imports.COLUMNS);
        Collections.shuffle(header, random);
        header = header.subList(0, 1 + random.nextInt(header.size()));
        List<String> cells = new ArrayList<>();
        for (String column : header) {
            List<String> values = CELLS.get(column);
            cells.add(values.get(random.nextInt(values.size())).trim());
        }
        CeActivity direct = Imports.direct(header, cells);
        if (direct == null) {
            return;
        }
        CeActivity json;
        try {
            json = MAPPER.treeToValue(Imports.node(header, cells), CeActivity.class);
        } catch (JacksonException e) {
            throw new AssertionError("read directly, but the JSON path refuses it: " + e.getMessage(), e);
        }
        assertThat(direct).isEqualTo(json);
    }

    @Example
    void anOrdinaryRowIsReadDirectly() {
        List<String> header = List.of("title", "provider", "completed_on", "hours", "format", "topics", "approvals");
        CeActivity a = Imports.direct(header, List.of("Ethics", "APA", "2025-01-31", "1.5", "self_study", "ethics;telehealth",
                "apa"));
        assertThat(a).isNotNull();
        assertThat(a.completedOn()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(a.hours()).isEqualTo(new BigDecimal("1.5"));
        assertThat(a.topics()).containsExactly("ethics", "telehealth");
    }
}
