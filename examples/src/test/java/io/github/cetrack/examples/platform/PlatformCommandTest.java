package io.github.cetrack.examples.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cetrack.core.json.CetrackJson;
import io.github.cetrack.examples.cli.CetrackTest;
import io.github.cetrack.examples.cli.CetrackTest.Result;
import io.github.cetrack.examples.cli.Jar;
import io.github.cetrack.examples.cli.Tracker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code cetrack platform} in-process on small rosters: the files agree with each other and with the store. */
class PlatformCommandTest {

    @TempDir
    Path tmp;

    /** A run's two files, parsed. */
    record Output(Result result, JsonNode summary, List<JsonNode> learners, String jsonl) {}

    Output platform(String dir, String... args) {
        Path out = tmp.resolve(dir);
        List<String> all = new ArrayList<>(List.of("platform", "--out", out.toString()));
        all.addAll(List.of(args));
        Result r = CetrackTest.run(all.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        try {
            String jsonl = Files.readString(out.resolve("learners.jsonl"));
            List<JsonNode> lines = new ArrayList<>();
            for (String line : jsonl.split("\n")) {
                lines.add(CetrackJson.mapper().readTree(line));
            }
            return new Output(r, CetrackJson.mapper().readTree(out.resolve("summary.json").toFile()), lines, jsonl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theSummaryAddsUpAndAgreesWithEveryLearnerLine() {
        Output o = platform("a", "--learners", "200", "--seed", "7");
        JsonNode s = o.summary();
        assertThat(o.learners()).hasSize(200);
        assertThat(s.get("learners").asLong()).isEqualTo(200);
        long licences = s.get("licences").asLong();
        assertThat(s.get("compliant").asLong() + s.get("incomplete").asLong() + s.get("exempt").asLong())
                .isEqualTo(licences);

        Map<String, Long> statuses = new TreeMap<>();
        Map<String, Long> states = new TreeMap<>();
        Map<String, Long> short_ = new HashMap<>();
        Map<String, BigDecimal> hours = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (JsonNode learner : o.learners()) {
            ids.add(learner.get("id").asText());
            assertThat(learner.get("name").asText()).matches("[A-Z][a-z]+ [A-Z][a-z]+");
            assertThat(learner.get("licences")).isNotEmpty();
            for (JsonNode l : learner.get("licences")) {
                String status = l.get("status").asText();
                statuses.merge(status, 1L, Long::sum);
                states.merge(l.get("jurisdiction").asText(), 1L, Long::sum);
                assertThat(l.get("missing").isEmpty()).as(l.toString()).isEqualTo(!status.equals("incomplete"));
                for (JsonNode m : l.get("missing")) {
                    String key = m.get("kind").asText() + "/" + m.path("category").asText("");
                    short_.merge(key, 1L, Long::sum);
                    hours.merge(key, m.get("hours").decimalValue(), BigDecimal::add);
                    assertThat(m.get("text").asText()).matches("[0-9.]+ more hours? .+");
                }
            }
        }
        assertThat(ids).doesNotHaveDuplicates().isSorted();
        assertThat(statuses.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(licences);
        assertThat(statuses).containsEntry("compliant", s.get("compliant").asLong())
                .containsEntry("incomplete", s.get("incomplete").asLong());
        states.forEach((state, n) -> assertThat(s.get("by_state").get(state).get("licences").asLong()).isEqualTo(n));
        assertThat(s.get("by_state").size()).isEqualTo(states.size());

        JsonNode ranks = s.get("most_often_missing");
        assertThat(ranks.size()).isEqualTo(short_.size()).isGreaterThan(3);
        long previous = Long.MAX_VALUE;
        for (JsonNode rank : ranks) {
            String key = rank.get("kind").asText() + "/" + rank.path("category").asText("");
            assertThat(rank.get("licences_short").asLong()).as(key).isEqualTo(short_.get(key)).isLessThanOrEqualTo(previous);
            assertThat(rank.get("hours_short").decimalValue()).as(key).isEqualByComparingTo(hours.get(key));
            previous = rank.get("licences_short").asLong();
        }
    }

    @Test
    void theSameSeedGivesTheSameFilesAndAnotherSeedAnotherRoster() {
        Output first = platform("a", "--learners", "150", "--seed", "42");
        Output again = platform("b", "--learners", "150", "--seed", "42");
        assertThat(again.jsonl()).isEqualTo(first.jsonl());
        assertThat(withoutRun(again.summary())).isEqualTo(withoutRun(first.summary()));
        assertThat(first.summary().get("run").get("licences_per_second").asLong()).isPositive();

        Output other = platform("c", "--learners", "150", "--seed", "43");
        assertThat(other.jsonl()).isNotEqualTo(first.jsonl());
    }

    @Test
    void licencesCutsTheRosterAtExactlyThatManyLicences() {
        Output o = platform("a", "--licences", "333");
        assertThat(o.summary().get("licences").asLong()).isEqualTo(333);
        assertThat(o.learners().stream().mapToInt(l -> l.get("licences").size()).sum()).isEqualTo(333);
        assertThat(o.summary().get("learners").asLong()).isEqualTo(o.learners().size()).isLessThan(333);
    }

    @Test
    void pipedOutputIsPlainTextWithThroughputAndPeakHeap() {
        Output o = platform("a", "--learners", "1200");
        assertThat(o.result().out()).doesNotContain("\r")
                .containsPattern("Evaluated [0-9,]+ licences of 1,200 learners \\(generated, seed 1\\) in [0-9.]+ s: "
                        + "[0-9,]+ licences/s on [0-9]+ cores, peak heap [0-9,]+ MiB")
                .contains("compliant", "Most often missing", "By state", "learners.jsonl");
        assertThat(o.summary().get("run").get("peak_heap_mib").asLong()).isPositive();
        assertThat(o.result().err()).isEmpty();
    }

    @Test
    void badOptionsAreOneReadableLine() {
        assertBad(CetrackTest.run("platform", "--learners", "0", "--out", tmp.toString()), 2,
                "cetrack: invalid input: --learners: must be at least 1 (was \"0\")");
        assertBad(CetrackTest.run("platform", "--learners", "5", "--licences", "9"), 2,
                "cetrack: invalid input: --licences: cannot be combined with --learners (was \"9\")");
        assertBad(CetrackTest.run("platform", "--from-db", "postgres://x"), 2,
                "cetrack: invalid input: --from-db: must be a jdbc:h2:, jdbc:postgresql: or jdbc:mariadb: URL (was \"postgres://x\")");
        String empty = Jar.newDatabase("h2", tmp);
        Result missing = CetrackTest.run("platform", "--from-db", empty, "--out", tmp.resolve("o").toString());
        assertThat(missing.code()).isEqualTo(3);
        assertThat(missing.err()).startsWith("cetrack: ").hasLineCount(1);
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aRosterWrittenToADatabaseEvaluatesToTheSameLines(String kind) {
        String db = Jar.newDatabase(kind, tmp);
        Result seeded = CetrackTest.run("platform", "--learners", "60", "--seed", "5", "--seed-db", db, "--tenant", "acme");
        assertThat(seeded.code()).as(seeded.err()).isZero();
        assertThat(seeded.out()).startsWith("Wrote 60 learners with ").contains("to tenant acme");

        Output stored = platform("stored", "--from-db", db, "--tenant", "acme");
        Output generated = platform("generated", "--learners", "60", "--seed", "5");
        assertThat(stored.jsonl()).isEqualTo(generated.jsonl());
        assertThat(stored.summary().get("source").asText()).isEqualTo("database, tenant acme");
        ObjectNode a = withoutRun(stored.summary());
        ObjectNode b = withoutRun(generated.summary());
        a.remove("source");
        b.remove("source");
        assertThat(a).isEqualTo(b);
        assertThat(a.get("incomplete").asLong()).isPositive();

        Result again = CetrackTest.run("platform", "--learners", "1", "--seed", "5", "--seed-db", db, "--tenant", "acme");
        assertThat(again.code()).as("learner L00000001 is there already").isEqualTo(3);
    }

    @Test
    void aStoredLicenceTheCatalogueDoesNotCoverIsNamedInOneLine() {
        String db = Jar.newDatabase("h2", tmp);
        assertThat(CetrackTest.run("platform", "--learners", "3", "--seed-db", db).code()).isZero();
        try (var pool = Tracker.pool(db)) {
            var records = io.github.cetrack.storage.JdbcStore.open(pool).records("platform");
            records.save(io.github.cetrack.core.store.StoredLicense.of("fl", "L00000002",
                    io.github.cetrack.core.License.of(io.github.cetrack.core.Jurisdiction.US_FL, "LCSW",
                            java.time.LocalDate.of(2015, 1, 1)).withExpiresOn(java.time.LocalDate.of(2027, 3, 31))));
        }
        Result r = CetrackTest.run("platform", "--from-db", db, "--out", tmp.resolve("o").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("cetrack: invalid input: licence fl of L00000002: ").hasLineCount(1);
    }

    private static void assertBad(Result r, int code, String line) {
        assertThat(r.code()).isEqualTo(code);
        assertThat(r.err().strip()).startsWith(line);
        assertThat(r.out()).isEmpty();
    }

    private static ObjectNode withoutRun(JsonNode summary) {
        ObjectNode copy = summary.deepCopy();
        copy.remove("run");
        return copy;
    }
}
