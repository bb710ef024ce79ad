package io.github.cetrack.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cetrack.catalog.internal.RuleBase;
import io.github.cetrack.core.Jurisdiction;
import io.github.cetrack.core.LicenseType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;

/** Catalogue-wide checks: metadata on every rule, no duplicates, the README's table. */
class CatalogIntegrityTest {

    static final Path STATES = Path.of("src/main/catalog");
    static final Path GENERATED = Path.of("src/main/resources/io/github/cetrack/catalog/rules/data");
    final Catalog catalog = ComplianceEngine.create().catalog();

    @Test
    void everyRuleCarriesCitationSourceAndVerifiedDate() {
        List<Rule> rules = RuleBase.get().rules();
        assertThat(rules).hasSize(generatedRules().size());
        for (Rule rule : rules) {
            Map<String, Object> meta = rule.getMetaData();
            assertThat(text(meta.get("citation"))).as("@citation of %s", rule.getName()).isNotBlank();
            assertThat(text(meta.get("source"))).as("@source of %s", rule.getName()).startsWith("https://");
            String verified = text(meta.get("verified"));
            assertThat(verified).as("@verified of %s", rule.getName()).isNotBlank();
            try {
                assertThat(LocalDate.parse(verified)).isBeforeOrEqualTo(LocalDate.of(2026, 11, 29).plusYears(5));
            } catch (DateTimeParseException e) {
                throw new AssertionError("@verified of " + rule.getName() + " is not an ISO date: " + verified, e);
            }
        }
    }

    // Issue 13: the Texas cycle rule cited a human-trafficking FAQ. A rule's source states that rule,
    // so a cycle rule's source is never a page about one CE topic.
    @Test
    void noCycleRuleCitesAPageAboutACeTopic() {
        List<String> topicWords = io.github.cetrack.core.Topics.all().stream()
                .map(t -> t.code().replace('_', '-')).filter(w -> w.contains("-")).toList();
        // A cycle rule is one that answers the cycle query, whatever the state file calls it.
        Set<String> cycleNames = new HashSet<>();
        generatedRules().forEach((name, body) -> {
            if (body.contains("CycleQuery(")) {
                cycleNames.add(name);
            }
        });
        List<Rule> cycles = RuleBase.get().rules().stream().filter(r -> cycleNames.contains(r.getName())).toList();
        assertThat(cycles).hasSize(cycleNames.size()).isNotEmpty();
        for (Rule rule : cycles) {
            String source = text(rule.getMetaData().get("source"));
            assertThat(topicWords).as("topics named by the source of %s (%s)", text(rule.getMetaData().get("rule")),
                    source)
                    .noneMatch(source::contains);
        }
    }

    @Test
    void everyRuleSaysItsJurisdictionOnceAndComesFromThatJurisdictionsFile() throws IOException {
        Set<String> seen = new HashSet<>();
        for (Path file : drlFiles()) {
            String code = file.getFileName().toString().replace(".drl", "").replace('_', '-').toUpperCase();
            Matcher m = Pattern.compile("(?m)^rule \"([^\"]+)\"").matcher(Files.readString(file));
            while (m.find()) {
                assertThat(seen.add(m.group(1))).as("duplicate rule name %s", m.group(1)).isTrue();
                assertThat(m.group(1)).as("rule in %s", file).startsWith(code + " ");
            }
        }
        assertThat(seen).hasSize(RuleBase.get().rules().size());
        for (Rule rule : RuleBase.get().rules()) {
            String jurisdiction = text(rule.getMetaData().get("jurisdiction"));
            assertThat(rule.getName()).as("@jurisdiction of %s", rule.getName()).startsWith(jurisdiction + " ");
            assertThat(text(rule.getMetaData().get("dates"))).as("@dates of %s", rule.getName()).isNotBlank();
        }
    }

    // The rule-file lint (an allowlist on Drools' parse of each rule file) runs in the build, which
    // fails on any problem: cetrack-catalog-tools lints every generated and hand-written DRL file
    // before the kie-maven-plugin compiles it (DrlLintTest there, on every file of the catalogue and
    // on the hostile files of issue 12). It is not called here because its DRL parser must stay off
    // this module's class path (noRuleCompilerIsOnTheRuntimeClasspath); ModelBytecodeTest checks what
    // the compiled rules can reach.

    @Test
    void theExecutableModelIsCompiledIntoTheArtifact() throws Exception {
        List<String> classes = RuleBase.modelClassNames();
        assertThat(classes).isNotEmpty();
        for (String name : classes) {
            Class<?> model = Class.forName(name);
            assertThat(org.drools.model.Model.class).isAssignableFrom(model);
        }
    }

    @Test
    void noRuleCompilerIsOnTheRuntimeClasspath() {
        for (String compilerClass : List.of("org.drools.compiler.builder.impl.KnowledgeBuilderImpl",
                "org.drools.drl.parser.DrlParser", "org.eclipse.jdt.internal.compiler.Compiler",
                "org.drools.model.codegen.ExecutableModelProject")) {
            assertThatThrownBy(() -> Class.forName(compilerClass)).as(compilerClass)
                    .isInstanceOf(ClassNotFoundException.class);
        }
    }

    @Test
    void everyJurisdictionWithARuleFileDeclaresItsLicenceTypesWithARuleInForceToday() throws IOException {
        Set<Jurisdiction> withFiles = new HashSet<>();
        try (Stream<Path> files = Files.list(STATES)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.matches("us-[a-z]{2}\\.yaml"))
                    .forEach(n -> withFiles.add(Jurisdiction.of(n.replace(".yaml", ""))));
        }
        assertThat(catalog.jurisdictions()).containsExactlyInAnyOrderElementsOf(withFiles);
        for (LicenseType type : catalog.licenseTypes()) {
            LocalDate today = LocalDate.of(2026, 11, 29);
            assertThat(catalog.cycleRule(type, today).citation().citation()).isNotBlank();
            assertThat(catalog.requirements(type, today, Set.of()).requirements()).as(type.key()).isNotEmpty();
        }
    }

    // The exact table is compared with `catalog coverage --markdown` in the examples' tests; here,
    // that every jurisdiction has a row naming the types the catalogue has, and the counts above it.
    @Test
    void theReadmeCoverageTableMatchesTheCatalogue() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        Map<String, List<String>> table = new TreeMap<>();
        Matcher row = Pattern.compile("(?m)^\\| (US-[A-Z]{2}) \\|(.*)\\|$").matcher(readme);
        while (row.find()) {
            List<String> codes = new ArrayList<>();
            for (String cell : row.group(2).split("\\|")) {
                for (String code : cell.replace("(some values secondary)", "").replaceAll("\\[\\d+]", "").split(",")) {
                    if (!code.isBlank() && !code.trim().equals("not yet")) {
                        codes.add(code.trim());
                    }
                }
            }
            table.put(row.group(1), codes.stream().sorted().toList());
        }
        Map<String, List<String>> actual = new TreeMap<>();
        for (Jurisdiction j : Jurisdiction.values()) {
            actual.put(j.code(), catalog.licenseTypes(j).stream().map(LicenseType::code).sorted().toList());
        }
        assertThat(table).isEqualTo(actual);
        Matcher count = Pattern.compile("covers (\\d+) jurisdictions and (\\d+) licence types").matcher(readme);
        assertThat(count.find()).as("README states the counts").isTrue();
        assertThat(Integer.parseInt(count.group(1))).isEqualTo(catalog.jurisdictions().size());
        assertThat(Integer.parseInt(count.group(2))).isEqualTo(catalog.licenseTypes().size());
    }

    @Test
    void everyJurisdictionHasACaseFile() throws IOException {
        for (Jurisdiction j : catalog.jurisdictions()) {
            assertThat(CaseFilesTest.CASES.resolve(j.code().toLowerCase() + ".yaml")).exists();
        }
    }

    // The DRL the build generated from the state files (and any hand-written escape-hatch file).
    static List<Path> drlFiles() throws IOException {
        try (Stream<Path> files = Files.list(GENERATED)) {
            return files.filter(f -> f.toString().endsWith(".drl")).sorted().toList();
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().replace("\"", "");
    }

    private static final Pattern RULE = Pattern.compile("(?m)^rule \"([^\"]+)\"$");

    /** The rules the build generated from the state files, by name, with their text. */
    static Map<String, String> generatedRules() {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(GENERATED)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                String text = Files.readString(file);
                Matcher m = RULE.matcher(text);
                List<Integer> starts = new ArrayList<>();
                List<String> names = new ArrayList<>();
                while (m.find()) {
                    starts.add(m.start());
                    names.add(m.group(1));
                }
                for (int k = 0; k < names.size(); k++) {
                    int end = k + 1 < starts.size() ? starts.get(k + 1) : text.length();
                    assertThat(out.put(names.get(k), text.substring(starts.get(k), end))).as(names.get(k)).isNull();
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }
}
