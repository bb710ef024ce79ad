package io.github.cetrack.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.json.CetrackJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class CetrackTest {

    static final Path SAMPLE = Path.of("sample/ca-lcsw.json");

    @TempDir
    Path dir;

    public record Result(int code, String out, String err) {}

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cetrack.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    Path file(String json) throws IOException {
        Path f = dir.resolve("input.json");
        Files.writeString(f, json);
        return f;
    }

    @Test
    void evaluatePrintsProgressPerRequirementAndExitsOneWhenShort() {
        Result r = run("evaluate", SAMPLE.toString());
        assertThat(r.code()).isEqualTo(Cetrack.NOT_COMPLIANT);
        assertThat(r.out()).contains("Sam Lee - US-CA LCSW LCSW 12345 (Board of Behavioral Sciences)",
                "Cycle 2024-04-01 to 2026-03-31 - INCOMPLETE",
                "total hours", "33 / 36", "3 to go",
                "3 more hours of CE needed by 2026-03-31", "per 16 CCR § 1887.3(a)",
                "not counted: completed outside this cycle");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void evaluateWithJsonPrintsTheWholeEvaluation() {
        Result r = run("evaluate", SAMPLE.toString(), "--json");
        Evaluation e = CetrackJson.read(r.out(), Evaluation.class);
        assertThat(e.status()).isEqualTo(Evaluation.Status.INCOMPLETE);
        assertThat(e.activities()).hasSize(4);
        assertThat(run("evaluate", SAMPLE.toString(), "--json").out()).isEqualTo(r.out());
    }

    @Test
    void aCompliantFileExitsZero() throws IOException {
        String json = Files.readString(SAMPLE).replace("\"hours\": 24", "\"hours\": 27");
        Result r = run("evaluate", file(json).toString());
        assertThat(r.code()).as(r.out()).isEqualTo(Cetrack.OK);
        assertThat(r.out()).contains("COMPLIANT");
    }

    @Test
    void badInputGivesOneLineAndExitTwo() throws IOException {
        String sample = Files.readString(SAMPLE);
        assertBad("{\"license\": ", "json: is not valid JSON");
        assertBad(sample.replace("US-CA", "US-XX"), "license.jurisdiction: must be a US state or DC");
        assertBad(sample.replace("\"hours\": 24", "\"hours\": -24"), "activities[1].hours: must not be negative");
        assertBad(sample.replace("2025-06-01", "20250-06-01"), "is not a valid date");
        assertBad(sample.replace("\"format\": \"self_study\"", "\"format\": \"by_post\""), "format: is not a valid value");
        assertBad(sample.replace("\"title\"", "\"titel\""), "titel: is not a known field");
        assertBad(sample.replace("\"LCSW\"", "\"LPC\""), "license_type: is not a licence type of US-CA");
        Result missing = run("evaluate", dir.resolve("nope.json").toString());
        assertThat(missing.code()).isEqualTo(Cetrack.BAD_INPUT);
        assertThat(missing.err()).contains("file: does not exist");
    }

    private void assertBad(String json, String expected) throws IOException {
        Result r = run("evaluate", file(json).toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Cetrack.BAD_INPUT);
        assertThat(r.err()).startsWith("cetrack: ").contains(expected);
        assertThat(r.err().strip().lines()).as("one line: %s", r.err()).hasSize(1);
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void catalogListShowsEveryLicenceType() {
        Result r = run("catalog", "list");
        assertThat(r.code()).isZero();
        assertThat(r.out()).containsPattern("\\d+ jurisdictions, \\d+ licence types").contains("US-NY  LMHC", "US-TX  LPC");
    }

    @Test
    void catalogShowGivesRequirementsWithCitationsOnADate() {
        Result r = run("catalog", "show", "US-CA", "LCSW", "--on", "2026-06-30");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("at least 36 hours in total", "16 CCR § 1887.3(a)",
                "at least 6 hours of law and ethics", "Rules change on:", "2023-07-01");
        Result supervisor = run("catalog", "show", "US-TX", "LPC", "--on", "2026-06-30", "--role", "supervisor");
        assertThat(supervisor.out()).contains("at least 6 hours of supervision");
        Result bad = run("catalog", "show", "US-CA", "LCSW", "--on", "20250-01-01");
        assertThat(bad.code()).isEqualTo(Cetrack.BAD_INPUT);
        assertThat(bad.err()).contains("--on: must be a date");
    }

    @Test
    void catalogExportIsJson() throws IOException {
        Result r = run("catalog", "export");
        assertThat(CetrackJson.mapper().readTree(r.out()).get("license_types"))
                .hasSize(io.github.cetrack.catalog.ComplianceEngine.create().catalog().licenseTypes().size());
    }

    @Test
    void demoShowsBothLicences() {
        Result r = run("demo");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("US-CA LCSW", "US-NY LCSW", "3 more hours of law and ethics needed by 2027-01-31",
                "provider approval not accepted", "over a cap");
    }

    @Test
    void everyCommandHasHelpWithAnExample() {
        for (String[] command : new String[][] {{"evaluate"}, {"catalog", "list"}, {"catalog", "show"},
                {"catalog", "export"}, {"demo"}, {"init"}, {"license", "add"}, {"license", "list"}, {"log"}, {"status"},
                {"list"}, {"edit"}, {"delete"}, {"import"}, {"export"}, {"restore"}, {"catalog", "topics"},
                {"catalog", "approvals"}}) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            Result r = run(args);
            assertThat(r.code()).isZero();
            assertThat(r.out()).as(String.join(" ", command)).contains("Usage:")
                    .containsPattern("Examples?:\\s+cetrack ");
        }
    }
}
