package io.github.cetrack.examples.cli;

import static io.github.cetrack.examples.cli.CetrackTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cetrack.core.json.CetrackJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue commands for maintainers and platforms: coverage, check, new, stale. */
class CatalogMaintenanceTest {

    @TempDir
    Path dir;

    @Test
    void coverageListsAll51JurisdictionsAsJsonAndTheReadmeTableIsItsMarkdown() throws IOException {
        CetrackTest.Result json = run("catalog", "coverage", "--json");
        assertThat(json.code()).isZero();
        JsonNode rows = CetrackJson.mapper().readTree(json.out());
        assertThat(rows).hasSize(51 * 4);
        assertThat(rows.findValuesAsText("jurisdiction").stream().distinct()).hasSize(51);
        assertThat(json.out()).contains("\"confidence\" : \"secondary\"", "\"reason\" : \"Not researched yet.\"");

        String markdown = run("catalog", "coverage", "--markdown").out();
        String readme = Files.readString(Path.of("../README.md"));
        String table = readme.substring(readme.indexOf("<!-- coverage:start -->\n") + 24,
                readme.indexOf("<!-- coverage:end -->"));
        assertThat(table).as("README's coverage table; rewrite it with `cetrack catalog coverage --markdown`")
                .isEqualTo(markdown);
        assertThat(run("catalog", "coverage").out()).contains("US-FL  clinical_social_work         not yet: ");
        assertThat(markdown).as("a covered cell that leaves something out points to a note saying what")
                .containsPattern("\\| US-WA \\| [^|]*LICSW[^|]*\\[\\d+] \\|")
                .containsPattern("(?m)^\\[\\d+] US-WA, psychology: .*Current cycles are refused");
    }

    @Test
    void aLicenceOfAJurisdictionNotCoveredIsRefusedWithTheReasonAndExitTwo() throws IOException {
        String sample = Files.readString(CetrackTest.SAMPLE).replace("US-CA", "US-WY");
        Path file = dir.resolve("wy.json");
        Files.writeString(file, sample);
        CetrackTest.Result r = run("evaluate", file.toString());
        assertThat(r.code()).isEqualTo(Cetrack.BAD_INPUT);
        assertThat(r.err()).contains("jurisdiction: is not covered by the catalogue yet: Not researched yet.");
    }

    @Test
    void newWritesFilesThatCheckPassesAndCheckNamesTheLineOfEachProblem() throws IOException {
        CetrackTest.Result made = run("catalog", "new", "US-GA", "--dir", dir.toString(), "--cases",
                dir.resolve("cases").toString());
        assertThat(made.code()).as(made.err()).isZero();
        Path state = dir.resolve("us-ga.yaml");
        assertThat(dir.resolve("cases/us-ga.yaml")).exists();
        CetrackTest.Result ok = run("catalog", "check", state.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("us-ga.yaml: valid");

        Files.writeString(state, Files.readString(state).replace("topics: [ethics]", "topics: [ethcis]")
                .replace("hours: 30", "hours: -30"));
        CetrackTest.Result bad = run("catalog", "check", state.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains(state + ":19: categories.ethics.topics: ethcis is not a known topic; did you"
                + " mean ethics?", state + ":36: rule 'total hours'.values[0].hours: -30 must be an amount");

        CetrackTest.Result again = run("catalog", "new", "US-GA", "--dir", dir.toString(), "--cases",
                dir.resolve("cases").toString());
        assertThat(again.code()).isEqualTo(Cetrack.BAD_INPUT);
        assertThat(again.err()).contains("already has a file");
    }

    @Test
    void checkLintsARuleFileAndPassesEveryRuleFileTheCatalogueWasBuiltFrom() throws IOException {
        Path generated = Path.of("../rules-catalog/src/main/resources/io/github/cetrack/catalog/rules/data");
        List<Path> drl;
        try (Stream<Path> files = Files.list(generated)) {
            drl = files.filter(f -> f.toString().endsWith(".drl")).sorted().toList();
        }
        try (Stream<Path> states = Files.list(Path.of("../rules-catalog/src/main/catalog"))) {
            assertThat(drl).hasSize((int) states.filter(f -> f.getFileName().toString().matches("us-[a-z]{2}\\.yaml")).count());
        }
        for (Path file : drl) {
            CetrackTest.Result ok = run("catalog", "check", file.toString());
            assertThat(ok.code()).as(ok.err()).isZero();
            assertThat(ok.out()).contains(file + ": valid");
        }

        Path evil = dir.resolve("evil.drl");
        Files.writeString(evil, Files.readString(drl.get(0)).replaceFirst("(?m)^then$",
                "then\n    \\$f.firing(null);"));
        CetrackTest.Result bad = run("catalog", "check", evil.toString());
        assertThat(bad.code()).as(bad.out()).isEqualTo(1);
        assertThat(bad.err()).contains(evil + ":", "firing is not a statement of");
    }

    @Test
    void staleListsValuesVerifiedLongerAgoThanAsked() {
        CetrackTest.Result none = run("catalog", "stale", "--older-than", "365");
        assertThat(none.out()).contains("0 values verified before");
        CetrackTest.Result all = run("catalog", "stale", "--older-than", "0");
        assertThat(all.out()).contains("2026-11-29  US-CA BBS total hours: 16 CCR § 1887.3(a)",
                "US-TX psychologist total hours");
    }

    @Test
    void showMarksValuesRestingOnSecondarySources() {
        CetrackTest.Result r = run("catalog", "show", "US-TX", "PSYCHOLOGIST", "--on", "2026-06-30");
        assertThat(r.out()).contains("at least 40 hours in total",
                "(secondary sources: the official text could not be read)");
    }
}
