package io.github.cetrack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.cetrack.core.json.CetrackJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The JSON Schemas in docs/schemas describe what the library really writes and reads. */
class SchemasTest {

    static final Path SCHEMAS = Path.of("../docs/schemas");
    private static final ObjectMapper JSON = CetrackJson.mapper();

    @Test
    void theExportMatchesItsSchemaWithEveryRequirementTyped() throws IOException {
        JsonNode export = JSON.readTree(ComplianceEngine.create().catalog().exportJson());
        assertThat(problems("catalog-export", export)).isEmpty();
        assertThat(export.findValues("type")).isNotEmpty();
        ObjectNode untyped = export.deepCopy();
        JsonNode firstRequirement = untyped.findValues("requirements").stream().filter(r -> r.size() > 0).findFirst()
                .orElseThrow().get(0);
        ((ObjectNode) firstRequirement).remove("type");
        assertThat(problems("catalog-export", untyped)).as("a requirement without its type is refused").isNotEmpty();
    }

    @Test
    void everyStateFileMatchesItsSchema() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (Stream<Path> files = Files.list(CatalogIntegrityTest.STATES)) {
            List<Path> states = files.filter(f -> f.getFileName().toString().matches("us-[a-z]{2}\\.yaml")).toList();
            assertThat(states).isNotEmpty();
            for (Path state : states) {
                JsonNode tree = yaml.readTree(state.toFile());
                assertThat(problems("state-file", tree)).as(state.toString()).isEmpty();
                ((ObjectNode) tree.get("rules").get(0)).put("kind", "totally_new");
                assertThat(problems("state-file", tree)).as("an unknown kind in %s", state).isNotEmpty();
            }
        }
    }

    @Test
    void evaluationsAndTheirInputMatchTheirSchemas() throws IOException {
        JsonNode input = JSON.readTree(SCHEMAS.resolve("examples/evaluation-input.json").toFile());
        assertThat(problems("evaluation-input", input)).isEmpty();
        assertThat(problems("evaluation", JSON.readTree(SCHEMAS.resolve("examples/evaluation.json").toFile())))
                .isEmpty();
        EvaluationRequest request = new EvaluationRequest(
                JSON.treeToValue(input.get("license"), io.github.cetrack.core.License.class),
                input.has("cycle") ? JSON.treeToValue(input.get("cycle"), io.github.cetrack.core.RenewalCycle.class)
                        : null,
                List.of(JSON.treeToValue(input.get("activities"), io.github.cetrack.core.CeActivity[].class)));
        JsonNode evaluation = JSON.readTree(CetrackJson.write(ComplianceEngine.create()
                .evaluate(request.license(), request.cycle(), request.activities())));
        assertThat(problems("evaluation", evaluation)).as(evaluation.toPrettyString()).isEmpty();
    }

    private static Set<ValidationMessage> problems(String schema, JsonNode document) throws IOException {
        try (InputStream in = Files.newInputStream(SCHEMAS.resolve(schema + ".schema.json"))) {
            JsonSchema checker = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            return checker.validate(document);
        }
    }
}
