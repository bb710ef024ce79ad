package io.github.cetrack.catalog.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cetrack.core.Jurisdiction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StateFilesTest {

    static final Path CATALOG = Path.of("../rules-catalog/src/main/catalog");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;

    /** The catalogue's state files ({@code us-xx.yaml}). */
    static List<Path> stateFiles() throws IOException {
        try (Stream<Path> files = Files.list(CATALOG)) {
            return files.filter(f -> f.getFileName().toString().matches("us-[a-z]{2}\\.yaml")).sorted().toList();
        }
    }

    @Test
    void everyStateFileOfTheCatalogPasses() throws IOException {
        List<Path> states = stateFiles();
        assertThat(states).isNotEmpty();
        for (Path state : states) {
            assertThat(StateFiles.check(state, TODAY)).as(state.toString()).isEmpty();
        }
    }

    @Test
    void theSkeletonOfEveryJurisdictionPasses() throws IOException {
        for (Jurisdiction j : Jurisdiction.values()) {
            Path file = dir.resolve(j.code().toLowerCase() + ".yaml");
            Files.writeString(file, StateFiles.skeleton(j, TODAY));
            assertThat(StateFiles.check(file, TODAY)).as(j.code()).isEmpty();
        }
    }

    // Each line: a text in the skeleton, what replaces it, the line of the problem, words of its message.
    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            topics: [ethics]            | topics: [ethic]                   | 19 | topics: ethic is not a known topic; did you mean ethics?
            topics: [ethics]            | topics: [suicide_risk_asessment]  | 19 | did you mean suicide_prevention?
            hours: 30                   | hours: 30.123                     | 36 | at most 2 decimals
            hours: 30                   | hourz: 30                         | 36 | hourz: is not a field of this kind
            kind: total_hours           | kind: total_hour                  | 33 | kind: must be one of
            months: 24                  | months: 0                         | 26 | months: 0 must be from 1 to 120
            confidence: official\\n\\n  - name: total hours | confidence: sure\\n\\n  - name: total hours | 30 | confidence: must be official or secondary
            source: https://example.gov/replace-with-the-rule\\n        verified: 2026-11-01\\n        confidence: official\\n\\n  - name: ethics | source: http://example.gov/x\\n        verified: 2026-11-01\\n        confidence: official\\n\\n  - name: ethics | 38 | source: must be an https:// link
            sets the hours>             | sets the hours\\" ); System.exit(1); //     | 37 | must not contain
            board: board}               | board: bored}                     | 16 | board: bored is not one of boards [board]
            LCSW: {name                 | CLINICAL_SW: {name                | 16 | capitals, digits and -, at most 20
            basis: expiration_date      | basis: fixed_date                 | 25 | a fixed_date cycle needs month_day
            basis: expiration_date\\n        months: 24 | basis: year_before_expiration\\n        months: 18 | 25 | lasts whole years
            basis: expiration_date      | basis: birth_month\\n        anchor_year: 2026 | 25 | belong to fixed_date cycles only
            """)
    void aBadValueIsRefusedAtItsLineWithTheRuleItBreaks(String find, String replace, int line, String message)
            throws IOException {
        String good = StateFiles.skeleton(Jurisdiction.US_FL, LocalDate.of(2026, 11, 1));
        String text = good.replace(find.replace("\\n", "\n"), replace.replace("\\n", "\n"));
        assertThat(text).as("the test's replacement applies").isNotEqualTo(good);
        Path file = dir.resolve("us-fl.yaml");
        Files.writeString(file, text);
        List<Problem> problems = StateFiles.check(file, TODAY);
        assertThat(problems).as(text).isNotEmpty();
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.message()).contains(message);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.toString()).startsWith(file + ":");
        });
    }

    @Test
    void aValueMustNotComeFromTheFutureNorBeforeTheOneBeforeIt() throws IOException {
        String text = StateFiles.skeleton(Jurisdiction.US_FL, TODAY.plusDays(1));
        Path file = dir.resolve("us-fl.yaml");
        Files.writeString(file, text.replace("  - name: ethics", """
                  - name: old ethics
                    kind: category_minimum
                    category: ethics
                    values:
                      - from: 2021-01-01
                        none: repealed
                      - from: 2020-01-01
                        none: again
                  - name: ethics""".indent(2).stripTrailing()));
        List<Problem> problems = StateFiles.check(file, TODAY);
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("is in the future"));
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("the first value cannot be none"));
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("values must be in date order"));
    }

    @Test
    void theFileNameMustSayItsJurisdiction() throws IOException {
        Path file = dir.resolve("us-ga.yaml");
        Files.writeString(file, StateFiles.skeleton(Jurisdiction.US_FL, TODAY));
        assertThat(StateFiles.check(file, TODAY)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("US-FL belongs in a file named us-fl.yaml"));
    }

    @Test
    void yamlAliasesTagsAndHugeFilesBuildNothing() throws IOException {
        Path file = dir.resolve("us-fl.yaml");
        Files.writeString(file, "a: &a [x, x, x]\nb: [*a, *a, *a]\n");
        assertThat(StateFiles.check(file, TODAY)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not valid YAML"));
        Files.writeString(file, "jurisdiction: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\n");
        assertThat(StateFiles.check(file, TODAY)).isNotEmpty().allSatisfy(p -> assertThat(p.line()).isLessThanOrEqualTo(1));
        Files.writeString(file, "x".repeat(5_000_000));
        assertThat(StateFiles.check(file, TODAY)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("larger than"));
    }

    @Test
    void compilingWritesOneRuleFilePerStateAndRefusesAStateMissingFromTheCoverageList(@TempDir Path out)
            throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("us-fl.yaml"), StateFiles.skeleton(Jurisdiction.US_FL, TODAY));
        StringBuilder others = new StringBuilder();
        for (Jurisdiction j : Jurisdiction.values()) {
            if (j != Jurisdiction.US_FL) {
                others.append(j.code()).append(": Not researched yet.\n");
            }
        }
        Files.writeString(data.resolve(StateFiles.NOT_COVERED), others.toString());
        StateFiles.compile(data, out, out, TODAY, DrlLintTest.lint());
        String drl = Files.readString(out.resolve("us_fl.drl"), StandardCharsets.UTF_8);
        assertThat(drl).contains("rule \"US-FL total hours @ 2020-01-01\"", "$f.totalHours(\"30\");",
                "@dates(\"end:2020-01-01\")", "Renewal(jurisdiction == \"US-FL\", endsOnOrAfter(\"2020-01-01\"))",
                "$f.categoryMinimum(\"ethics\", \"Ethics\", \"3\", \"ethics\");");
        assertThat(Files.readString(out.resolve("coverage.tsv"))).contains("US-GA\t*\tNot researched yet.");
        assertThat(drl).startsWith("package io.github.cetrack.catalog.rules.data.us_fl;");
        List<String> index = Files.readAllLines(out.resolve(StateFiles.LICENSE_TYPES));
        assertThat(index.get(0)).startsWith("#");
        assertThat(index.subList(1, index.size())).isNotEmpty().allSatisfy(line -> {
            assertThat(line.split("\t", -1)).hasSize(12);
            assertThat(line).startsWith("US-FL\t").contains("\tUS-FL licence types\t")
                    .endsWith("\t2020-01-01\tofficial");
            assertThat(drl).contains("$f.define(\"US-FL\", \"" + line.split("\t")[1] + "\"");
        });

        Files.writeString(data.resolve(StateFiles.NOT_COVERED), others.toString().replace("US-GA: Not researched yet.\n", ""));
        assertThatThrownBy(() -> StateFiles.compile(data, out, out, TODAY, DrlLintTest.lint()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("US-GA has no state file and must be listed with the reason");
    }
}
