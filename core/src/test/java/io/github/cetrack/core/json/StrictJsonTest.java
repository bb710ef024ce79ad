package io.github.cetrack.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.License;
import io.github.cetrack.core.Violation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictJsonTest {

    static final String ACTIVITY = "{\"title\": \"Ethics\", \"provider\": \"CAMFT\", \"completed_on\": \"2025-02-01\","
            + " \"hours\": 6, \"format\": \"live_online\", \"approvals\": [], \"topics\": []%s}";

    static CeActivity read(String extra) {
        return CetrackJson.read(String.format(ACTIVITY, extra), CeActivity.class);
    }

    static Violation refusal(String json) {
        try {
            CetrackJson.read(json, CeActivity.class);
        } catch (InvalidInputException e) {
            assertThat(e.violations()).hasSize(1);
            return e.violations().get(0);
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void theFixtureItselfIsAccepted() {
        assertThat(read("").hours()).isEqualByComparingTo("6");
        assertThat(read(", \"started_on\": \"2025-01-31\"").startedOn()).isEqualTo(LocalDate.of(2025, 1, 31));
    }

    @Test
    void aKeyRepeatedInOneObjectIsRefusedNamingIt() {
        Violation v = refusal(String.format(ACTIVITY, ", \"hours\": 9999"));
        assertThat(v.field()).isEqualTo("hours");
        assertThat(v.rule()).isEqualTo("must appear only once in its object");
        assertThatThrownBy(() -> CetrackJson.read("{\"license\": {\"holder\": \"a\", \"holder\": \"b\"}}",
                new com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, Object>>() {}))
                .isInstanceOf(InvalidInputException.class).hasMessage("invalid input: license.holder: must appear only once in its object");
    }

    @Test
    void aListWrittenAsNullInAnEvaluationIsRefusedNamingWhereNotAsAnException() {
        String body = "{\"evaluations\": [{\"status\": \"COMPLIANT\", \"requirements\": [], \"activities\": [],"
                + " \"findings\": null}]}";
        assertThatThrownBy(() -> CetrackJson.read(body, new com.fasterxml.jackson.core.type.TypeReference<
                java.util.Map<String, java.util.List<io.github.cetrack.core.Evaluation>>>() {}))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("invalid input: evaluations[0]: lacks a required field (one is missing or null)");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "completed_on | 20120                 | must be a date (YYYY-MM-DD)",
        "completed_on | \"2025-02-01T00:00:00\" | is not a valid date (YYYY-MM-DD)",
        "completed_on | \"2025-02-01\\u0000\"   | is not a valid date (YYYY-MM-DD)",
        "completed_on | \" 2025-02-01\"         | is not a valid date (YYYY-MM-DD)",
        "completed_on | \"2025-2-1\"            | is not a valid date (YYYY-MM-DD)",
        "completed_on | \"2025-02-30\"          | is not a valid date (YYYY-MM-DD)",
        "started_on   | \"\"                    | is not a valid date (YYYY-MM-DD)",
        "format       | 1                     | is not a valid value (one of in_person, live_online, self_study)",
        "format       | \"1\"                   | is not a valid value (one of in_person, live_online, self_study)",
        "unit         | \"\"                    | is not a valid value (one of clock_hour, ce_credit, ceu, semester_credit, quarter_credit)",
        "hours        | \"6\"                   | must be a number",
        "title        | 6                     | is not a valid string",
        "title        | true                  | is not a valid string",
    })
    void coercionsAreRefusedNamingTheFieldAndWhatItMustBe(String field, String value, String rule) {
        String json = String.format(ACTIVITY, "").replaceFirst("\"" + field + "\": [^,}]+",
                java.util.regex.Matcher.quoteReplacement("\"" + field + "\": " + value));
        if (!json.contains("\"" + field + "\": " + value)) {
            json = String.format(ACTIVITY, ", \"" + field + "\": " + value);
        }
        Violation v = refusal(json);
        assertThat(v.field()).isEqualTo(field);
        assertThat(v.rule()).isEqualTo(rule);
    }

    @Test
    void aWholeNumberIsNotAFractionAndAFractionIsNotAWholeNumber() {
        String json = "{\"sha256\": \"" + "a".repeat(64) + "\", \"media_type\": \"application/pdf\", \"size\": 12.5}";
        assertThatThrownBy(() -> CetrackJson.read(json, io.github.cetrack.core.Certificate.class))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("size:");
    }

    @Test
    void controlCharactersInTextAreRefusedAndShownEscapedInTheMessage() {
        Violation v = refusal(String.format(ACTIVITY, "").replace("\"Ethics\"", "\"Ethics\\u001b[2J\\u001b[32mCOMPLIANT\""));
        assertThat(v.field()).isEqualTo("title");
        assertThat(v.rule()).startsWith("must not contain control characters");
        assertThat(v.describe()).contains("\\u001b[2J\\u001b[32mCOMPLIANT").doesNotContain("\u001b");
        assertThatThrownBy(() -> CetrackJson.read("{\"holder\": \"Sam\\nLee\", \"jurisdiction\": \"US-CA\","
                + " \"license_type\": \"LCSW\", \"first_issued_on\": \"2012-03-10\", \"roles\": []}", License.class))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("holder: must not contain control characters")
                .hasMessageContaining("(was \"Sam\\u000aLee\")");
    }

    @Test
    void anUnknownFieldNamedWithAnEscapeSequenceIsShownEscaped() {
        assertThatThrownBy(() -> read(", \"\\u001b]0;x\\u0007\": 1")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u001b").contains("\\u001b]0;x\\u0007"));
    }
}
