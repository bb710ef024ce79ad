package io.github.cetrack.catalog.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rule-file lint, on the real vocabulary: every trick of issue 12 refused, the catalogue passed. */
class DrlLintTest {

    static final Path VOCABULARY = Path.of("../rules-catalog/src/main/java/io/github/cetrack/catalog/dsl");
    static final Path HOSTILE = Path.of("src/test/resources/hostile");

    /** Each hostile file, the line refused and words of the message that name its trick. */
    static final Map<String, Refusal> REFUSALS = Map.ofEntries(
            Map.entry("whitespace-in-qualified-name.drl", new Refusal(14, "expected $f.statement", "found java")),
            Map.entry("comment-in-qualified-name.drl", new Refusal(14, "found System")),
            Map.entry("tab-after-new.drl", new Refusal(14, "found new")),
            Map.entry("char-literal-quote.drl", new Refusal(13, "a character literal ('\"'")),
            Map.entry("unicode-escape-ends-comment.drl", new Refusal(13, "a unicode escape (\\u000a")),
            Map.entry("import-with-space.drl", new Refusal(4, "import java.io", "File",
                    "import only the vocabulary's facts")),
            Map.entry("reflection-for-name.drl", new Refusal(13, "getClass is not a statement of Renewal")),
            Map.entry("code-in-constraint.drl", new Refusal(11, "java.lang.Runtime",
                    "expected the end of the constraint, found &&")),
            Map.entry("eval.drl", new Refusal(6, "exactly one pattern", "eval")),
            Map.entry("function.drl", new Refusal(6, "a function")),
            Map.entry("global.drl", new Refusal(6, "a global")),
            Map.entry("from.drl", new Refusal(11, "takes its facts from")),
            Map.entry("accumulate.drl", new Refusal(11, "takes its facts accumulate")),
            Map.entry("insert.drl", new Refusal(13, "found insert")),
            Map.entry("modify.drl", new Refusal(13, "found modify")),
            Map.entry("declare.drl", new Refusal(6, "a declare")),
            Map.entry("metadata-not-a-string.drl", new Refusal(7, "@citation(", "must be a single plain string literal")),
            Map.entry("not-a-statement.drl", new Refusal(13, "firing is not a statement of Renewal")),
            Map.entry("non-literal-argument.drl", new Refusal(13, "statement totalHours",
                    "a literal argument (a string, an integer, true or false), found String")),
            Map.entry("dialect-attribute.drl", new Refusal(10, "the attribute dialect; only salience")));

    record Refusal(int line, String... words) {}

    final DrlLint lint = lint();

    @TempDir
    Path dir;

    /** The lint on the real vocabulary, read once for all tests (it compiles the vocabulary's sources). */
    static DrlLint lint() {
        return Holder.LINT;
    }

    private static final class Holder {
        static final DrlLint LINT = DrlLint.compiledFrom(VOCABULARY);
    }

    static Stream<Arguments> hostileFiles() {
        return REFUSALS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void everyHostileFileIsRefusedAtItsLineNamingItsTrick(String name, Refusal refusal) {
        Path file = HOSTILE.resolve(name);
        List<Problem> problems = lint.check(file);
        assertThat(problems).as(name).isNotEmpty();
        assertThat(problems).as(name).anySatisfy(p -> {
            assertThat(p.message()).contains(refusal.words());
            assertThat(p.line()).isEqualTo(refusal.line());
            assertThat(p.toString()).startsWith(file + ":" + refusal.line() + ": ");
        });
    }

    @Test
    void everyFileOfTheHostileFolderIsOneOfTheTricksAbove() throws IOException {
        try (Stream<Path> files = Files.list(HOSTILE)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrderElementsOf(REFUSALS.keySet());
        }
    }

    @Test
    void aHandWrittenEscapeHatchRuleOnTheVocabularyPasses() {
        assertThat(lint.check(Path.of("src/test/resources/valid/escape-hatch.drl"))).isEmpty();
    }

    @Test
    void theVocabularyIsReadFromTheFactClassesPublicMethods() {
        String drl = """
                package io.github.cetrack.catalog.rules.us;
                import io.github.cetrack.catalog.dsl.Renewal;
                import io.github.cetrack.catalog.dsl.LicenseTypes;
                rule "US-ZZ a"
                when $f : Renewal(jurisdiction == "US-ZZ", licenseType == 3, onOrAfter("2020-01-01"), rolesAsked())
                then $f.totalHours(30);
                end
                rule "US-ZZ b"
                when $t : LicenseTypes()
                then $t.define("US-ZZ", "LCSW", "Licensed Clinical Social Worker", "CLINICAL_SOCIAL_WORK", "Board");
                end
                """;
        List<String> problems = lint.check(dir.resolve("a.drl"), drl).stream().map(Problem::message).toList();
        assertThat(problems).anySatisfy(m -> assertThat(m).contains("expected a string literal after licenseType =="))
                .anySatisfy(m -> assertThat(m).contains("of Renewal, found onOrAfter"))
                .anySatisfy(m -> assertThat(m).contains("found rolesAsked"))
                .anySatisfy(m -> assertThat(m).contains("arguments for [totalHours(string)]"))
                .hasSize(4);
    }

    @Test
    void everyStatementOfTheRuleIsChecked() {
        String drl = """
                package io.github.cetrack.catalog.rules.us;
                import io.github.cetrack.catalog.dsl.Renewal;
                rule "US-ZZ a"
                when $f : Renewal()
                then
                    $f.totalHours("30");
                    $f.stated();
                end
                """;
        assertThat(lint.check(dir.resolve("a.drl"), drl)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).contains("stated is not a statement of Renewal");
        });
    }

    @Test
    void everyGeneratedCatalogueFilePasses(@TempDir Path out) throws IOException {
        StateFiles.compile(StateFilesTest.CATALOG, out, dir, StateFilesTest.TODAY, lint);
        try (Stream<Path> files = Files.list(out)) {
            List<Path> drl = files.filter(f -> f.toString().endsWith(".drl")).sorted().toList();
            assertThat(drl).hasSameSizeAs(StateFilesTest.stateFiles());
            for (Path file : drl) {
                assertThat(lint.check(file)).as(file.toString()).isEmpty();
            }
        }
    }

    @Test
    void compilingTheCatalogueRefusesAHandWrittenRuleFileThatFailsTheLint(@TempDir Path out) throws IOException {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules.resolve("us"));
        Files.copy(HOSTILE.resolve("not-a-statement.drl"), rules.resolve("us/evil.drl"));
        Files.copy(Path.of("src/test/resources/valid/escape-hatch.drl"), rules.resolve("us/fine.drl"));
        assertThatThrownBy(() -> StateFiles.compile(StateFilesTest.CATALOG, rules.resolve("data"), rules,
                StateFilesTest.TODAY, lint))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 problem(s)")
                .hasMessageContaining(rules.resolve("us/evil.drl") + ":13: rule \"US-ZZ firing\": firing is not a"
                        + " statement of Renewal");
    }
}
