package io.github.cetrack.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.Jurisdiction;
import io.github.cetrack.core.License;
import io.github.cetrack.core.LicenseType;
import io.github.cetrack.core.RenewalCycle;
import io.github.cetrack.core.json.CetrackJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every scenario of every jurisdiction's case file in {@code src/test/resources/cases}
 * against the real catalogue.
 */
class CaseFilesTest {

    static final Path CASES = Path.of("src/test/resources/cases");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = CetrackJson.mapper();
    private static final ComplianceEngine ENGINE =
            ComplianceEngine.create(Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC));

    @TestFactory
    Stream<DynamicTest> everyCaseOfEveryJurisdiction() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(CASES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode root = YAML.readTree(file.toFile());
                String jurisdiction = root.get("jurisdiction").asText();
                JsonNode shared = root.has("activities") ? root.get("activities") : YAML.createObjectNode();
                java.util.Set<String> unused = new java.util.TreeSet<>();
                shared.fieldNames().forEachRemaining(unused::add);
                for (JsonNode c : root.get("cases")) {
                    if (c.has("activities")) {
                        c.get("activities").forEach(a -> unused.remove(a.path("use").asText()));
                    }
                    tests.add(DynamicTest.dynamicTest(jurisdiction + ": " + c.get("name").asText(),
                            () -> run(jurisdiction, c, shared)));
                }
                tests.add(DynamicTest.dynamicTest(jurisdiction + ": every licence type has a compliant and a short case",
                        () -> everyTypeHasBothOutcomes(jurisdiction, root)));
                tests.add(DynamicTest.dynamicTest(jurisdiction + ": every shared activity is used",
                        () -> assertThat(unused).as("shared activities no case uses in %s", file).isEmpty()));
            }
        }
        assertThat(tests).as("case files").isNotEmpty();
        return tests.stream();
    }

    // A type without a compliant case could be impossible to satisfy, and one without a short case
    // could never fail; either way the file would not show what the rules ask.
    private static void everyTypeHasBothOutcomes(String jurisdiction, JsonNode root) {
        Map<String, java.util.Set<String>> outcomes = new java.util.TreeMap<>();
        for (LicenseType type : ENGINE.catalog().licenseTypes(Jurisdiction.of(jurisdiction))) {
            outcomes.put(type.code(), new java.util.TreeSet<>());
        }
        for (JsonNode c : root.get("cases")) {
            java.util.Set<String> seen = outcomes.get(c.get("license").get("license_type").asText());
            if (seen != null && c.get("expect").has("status")) {
                seen.add(c.get("expect").get("status").asText());
            }
        }
        assertThat(outcomes).as("outcomes per licence type in %s's case file", jurisdiction)
                .allSatisfy((type, seen) -> assertThat(seen).as(type).contains("compliant", "incomplete"));
    }

    // {use: NAME, id: a1, ...} is the shared activity NAME with the case's own fields on top.
    private static JsonNode expand(JsonNode activity, JsonNode shared) {
        if (!activity.has("use")) {
            return activity;
        }
        String name = activity.get("use").asText();
        assertThat(shared.has(name)).as("shared activity %s is defined", name).isTrue();
        ObjectNode out = shared.get(name).deepCopy();
        activity.properties().forEach(e -> {
            if (!e.getKey().equals("use")) {
                out.set(e.getKey(), e.getValue());
            }
        });
        return out;
    }

    static void run(String jurisdiction, JsonNode c, JsonNode shared) throws IOException {
        ObjectNode licenseNode = ((ObjectNode) c.get("license").deepCopy());
        licenseNode.put("jurisdiction", jurisdiction);
        License license = JSON.treeToValue(licenseNode, License.class);
        List<CeActivity> activities = new ArrayList<>();
        if (c.has("activities")) {
            for (JsonNode a : c.get("activities")) {
                activities.add(JSON.treeToValue(expand(a, shared), CeActivity.class));
            }
        }
        RenewalCycle cycle = c.has("cycle") ? JSON.treeToValue(c.get("cycle"), RenewalCycle.class) : null;
        JsonNode expect = c.get("expect");
        // as_of: the evaluation date (default 2026-11-29); activities after it do not count yet.
        ComplianceEngine engine = c.has("as_of") ? ComplianceEngine.create(Clock.fixed(
                java.time.LocalDate.parse(c.get("as_of").asText()).atStartOfDay(ZoneOffset.UTC).toInstant(),
                ZoneOffset.UTC)) : ENGINE;
        if (expect.has("error")) {
            assertThatThrownBy(() -> engine.evaluate(license, cycle, activities))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(expect.get("error").asText());
            return;
        }
        Evaluation e = engine.evaluate(license, cycle, activities);
        String shown = CetrackJson.write(e);
        if (expect.has("status")) {
            assertThat(e.status().name().toLowerCase(Locale.ROOT)).as(shown).isEqualTo(expect.get("status").asText());
        }
        if (expect.has("cycle")) {
            assertThat(e.cycle()).as(shown).isEqualTo(JSON.treeToValue(expect.get("cycle"), RenewalCycle.class));
        }
        if (expect.has("requirements")) {
            Iterator<Map.Entry<String, JsonNode>> fields = expect.get("requirements").properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> want = fields.next();
                Evaluation.RequirementResult got = e.requirements().stream()
                        .filter(r -> want.getKey().equals(r.category() != null ? r.category() : r.kind().code()))
                        .findFirst().orElse(null);
                assertThat(got).as("requirement " + want.getKey() + " in " + shown).isNotNull();
                for (String part : List.of("required", "counted", "remaining")) {
                    if (want.getValue().has(part)) {
                        BigDecimal value = switch (part) {
                            case "required" -> got.required();
                            case "counted" -> got.counted();
                            default -> got.remaining();
                        };
                        assertThat(value).as(want.getKey() + "." + part + " in " + shown)
                                .isEqualByComparingTo(want.getValue().get(part).asText());
                    }
                }
            }
            if (expect.has("only_requirements") && expect.get("only_requirements").asBoolean()) {
                assertThat(e.requirements()).as(shown).hasSize(expect.get("requirements").size());
            }
        }
        if (expect.has("absent_requirements")) {
            for (JsonNode key : expect.get("absent_requirements")) {
                assertThat(e.requirements()).as(shown).noneMatch(r ->
                        key.asText().equals(r.category() != null ? r.category() : r.kind().code()));
            }
        }
        if (expect.has("findings")) {
            List<String> codes = e.findings().stream().map(f -> f.code().name().toLowerCase(Locale.ROOT)).toList();
            for (JsonNode code : expect.get("findings")) {
                assertThat(codes).as(shown).contains(code.asText());
            }
        }
        if (expect.has("no_findings")) {
            List<String> codes = e.findings().stream().map(f -> f.code().name().toLowerCase(Locale.ROOT)).toList();
            for (JsonNode code : expect.get("no_findings")) {
                assertThat(codes).as(shown).doesNotContain(code.asText());
            }
        }
        if (expect.has("activities")) {
            Iterator<Map.Entry<String, JsonNode>> fields = expect.get("activities").properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> want = fields.next();
                Evaluation.ActivityResult got = e.activities().stream().filter(a -> a.id().equals(want.getKey()))
                        .findFirst().orElse(null);
                assertThat(got).as("activity " + want.getKey() + " in " + shown).isNotNull();
                if (want.getValue().has("counted")) {
                    assertThat(got.counted()).as(want.getKey() + ".counted in " + shown)
                            .isEqualByComparingTo(want.getValue().get("counted").asText());
                }
                if (want.getValue().has("reason")) {
                    String reason = got.reason() == null ? "none" : got.reason().name().toLowerCase(Locale.ROOT);
                    assertThat(reason).as(want.getKey() + ".reason in " + shown)
                            .isEqualTo(want.getValue().get("reason").asText());
                }
            }
        }
    }
}
