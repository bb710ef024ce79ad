package io.github.cetrack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cetrack.core.Jurisdiction;
import io.github.cetrack.core.json.CetrackJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each jurisdiction's whole resolved timeline (every licence type, every dated version of its
 * cycle rule and requirements, first cycle and roles) is checked in under {@code
 * src/test/resources/timelines}, so a change to a state file shows as a reviewable diff. After a
 * deliberate change, rewrite them with {@code ./mvnw -pl rules-catalog -am test -Dtest=TimelinesTest
 * -Dcetrack.timelines=write -Dsurefire.failIfNoSpecifiedTests=false} and review the diff.
 */
class TimelinesTest {

    static final Path TIMELINES = Path.of("src/test/resources/timelines");

    private final Catalog catalog = ComplianceEngine.create().catalog();

    @TestFactory
    Stream<DynamicTest> everyJurisdictionResolvesToItsCheckedInTimeline() throws IOException {
        JsonNode export = CetrackJson.mapper().readTree(catalog.exportJson());
        boolean write = "write".equals(System.getProperty("cetrack.timelines"));
        List<DynamicTest> tests = new ArrayList<>();
        for (Jurisdiction j : catalog.jurisdictions()) {
            Path file = TIMELINES.resolve(j.code().toLowerCase(Locale.ROOT) + ".json");
            String actual = timeline(export, j);
            if (write) {
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            tests.add(DynamicTest.dynamicTest(j.code(), () -> {
                assertThat(file).as("the timeline of %s is checked in (see the class comment to write it)", j)
                        .exists();
                assertThat(actual).as("%s resolves to %s; if the change is deliberate, rewrite it (class comment)",
                        j, file).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
            }));
        }
        return tests.stream();
    }

    @Test
    void noTimelineIsLeftForAJurisdictionTheCatalogDropped() throws IOException {
        try (Stream<Path> files = Files.list(TIMELINES)) {
            List<String> checkedIn = files.map(f -> f.getFileName().toString()).sorted().toList();
            assertThat(checkedIn).containsExactlyElementsOf(catalog.jurisdictions().stream()
                    .map(j -> j.code().toLowerCase(Locale.ROOT) + ".json").sorted().toList());
        }
    }

    private static String timeline(JsonNode export, Jurisdiction j) {
        ObjectNode out = CetrackJson.mapper().createObjectNode();
        out.put("jurisdiction", j.code());
        ArrayNode types = out.putArray("license_types");
        for (JsonNode type : export.get("license_types")) {
            if (type.get("jurisdiction").asText().equals(j.code())) {
                types.add(type);
            }
        }
        return CetrackJson.write(out) + "\n";
    }
}
