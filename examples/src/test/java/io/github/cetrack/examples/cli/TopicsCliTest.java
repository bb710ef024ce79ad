package io.github.cetrack.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import io.github.cetrack.core.json.CetrackJson;
import io.github.cetrack.examples.cli.CetrackTest.Result;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Topics and approvals on the command line: the vocabularies, refused codes, codes from before topics. */
class TopicsCliTest {

    @TempDir
    Path dir;

    String db() {
        return "jdbc:h2:" + dir.resolve("records").toAbsolutePath();
    }

    Result run(String... args) {
        String[] withDb = java.util.Arrays.copyOf(args, args.length + 2);
        withDb[args.length] = "--db";
        withDb[args.length + 1] = db();
        return CetrackTest.run(withDb);
    }

    @Test
    void catalogTopicsListsEachTopicsCodeLabelAndDefinition() throws IOException {
        Result r = CetrackTest.run("catalog", "topics");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines().findFirst()).hasValueSatisfying(h -> assertThat(h).startsWith("code").contains("label",
                "definition"));
        assertThat(r.out()).containsPattern("suicide_prevention +Suicide prevention and risk assessment +Assessing");
        JsonNode json = CetrackJson.mapper().readTree(CetrackTest.run("catalog", "topics", "--json").out());
        assertThat(json).hasSize(io.github.cetrack.core.Topics.all().size());
        assertThat(json.get(0).get("code").asText()).isEqualTo("ethics");
        assertThat(json.get(0).get("label").asText()).isEqualTo("Ethics");
        assertThat(json.get(0).get("definition").asText()).startsWith("Professional ethics");
    }

    @Test
    void catalogApprovalsSaysTheJurisdictionOfAStateApprovalOrNational() throws IOException {
        Result r = CetrackTest.run("catalog", "approvals");
        assertThat(r.code()).isZero();
        assertThat(r.out()).containsPattern("nbcc +National Board for Certified Counselors \\(NBCC\\) +national")
                .containsPattern("nysed +New York State Education Department .+ +US-NY");
        JsonNode json = CetrackJson.mapper().readTree(CetrackTest.run("catalog", "approvals", "--json").out());
        assertThat(json).anySatisfy(a -> {
            assertThat(a.get("code").asText()).isEqualTo("camft");
            assertThat(a.get("jurisdiction").asText()).isEqualTo("US-CA");
        }).anySatisfy(a -> {
            assertThat(a.get("code").asText()).isEqualTo("apa");
            assertThat(a.get("jurisdiction").asText()).isEqualTo("national");
        });
    }

    @Test
    void logAndEditRefuseAnUnknownTopicOrApprovalInOneLineNamingTheNearestCode() {
        assertThat(run("init").code()).isZero();
        Result typo = run("log", "--title", "Suicide risk", "--provider", "PESI", "--date", "2025-03-01", "--hours", "6",
                "--format", "self_study", "--topic", "suicide_risk_asessment");
        assertThat(typo.code()).isEqualTo(Cetrack.BAD_INPUT);
        assertThat(typo.err().strip()).isEqualTo("cetrack: invalid input: --topic: is not a known topic; did you mean"
                + " suicide_prevention? (`cetrack catalog topics` lists them) (was \"suicide_risk_asessment\")");
        Result approval = run("log", "--title", "Ethics", "--provider", "ASWB", "--date", "2025-03-01", "--hours", "3",
                "--format", "live_online", "--topic", "ethics", "--approval", "aswb");
        assertThat(approval.code()).isEqualTo(Cetrack.BAD_INPUT);
        assertThat(approval.err()).startsWith("cetrack: invalid input: --approval: is not a known provider approval;"
                + " did you mean aswb_ace?").hasLineCount(1);
        assertThat(run("list", "--json").out().strip()).isEqualTo("[ ]");

        Result ok = run("log", "--title", "Suicide risk", "--provider", "PESI", "--date", "2025-03-01", "--hours", "6",
                "--format", "self_study", "--topic", "Suicide-Prevention", "--approval", "apa");
        assertThat(ok.code()).as(ok.err()).isZero();
        String id = ok.out().substring("Logged ".length(), "Logged ".length() + 8);
        Result edit = run("edit", id, "--topic", "suicide_prevention,telehelth");
        assertThat(edit.code()).isEqualTo(Cetrack.BAD_INPUT);
        assertThat(edit.err()).contains("--topic: is not a known topic; did you mean telehealth?").hasLineCount(1);
        assertThat(run("list").out()).contains("suicide_prevention").doesNotContain("telehealth");
        assertThat(run("edit", id, "--topic", "suicide_prevention,telehealth").code()).isZero();
        assertThat(run("list").out()).contains("suicide_prevention, telehealth");
    }

    @Test
    void codesSavedBeforeTopicsThatNameNoTopicAreShownUntilTopicsReplaceThem() throws Exception {
        try (HikariDataSource ds = new HikariDataSource()) {
            ds.setJdbcUrl(db());
            io.github.cetrack.storage.internal.Schema.migrate(ds, "2");
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("insert into cetrack_tenant (id, name) values ('local', 'Local records')");
                s.executeUpdate("insert into cetrack_holder (tenant_id, id, name, row_version) values ('local', 'me', 'Sam', 1)");
                s.executeUpdate("insert into cetrack_activity (tenant_id, id, holder_id, title, provider, approvals,"
                        + " completed_on, hours, hour_unit, delivery_format, activity_kind, categories, row_version)"
                        + " values ('local', 'a1', 'me', 'Ethics update', 'NASW-CA', 'nasw_ca', date '2025-02-01', 6,"
                        + " 'clock_hour', 'live_online', 'course', 'law_and_ethics,foo_bar', 1)");
            }
        }
        assertThat(run("list").err()).contains("run: cetrack init");
        Result init = run("init");
        assertThat(init.out()).contains("1 activity keeps codes from before topics that name no topic");
        assertThat(run("list").out()).contains("ethics, laws_and_rules; not a topic: foo_bar");
        assertThat(run("status").out()).contains("Activities with codes that name no topic",
                "a1  2025-02-01  Ethics update  foo_bar  (cetrack edit a1 --topic ...");

        Result edit = run("edit", "a1", "--topic", "ethics,laws_and_rules");
        assertThat(edit.code()).as(edit.err()).isZero();
        assertThat(edit.out()).contains("Replaced codes that named no topic (foo_bar) with topics: ethics, laws_and_rules");
        assertThat(run("list").out()).doesNotContain("foo_bar");
        assertThat(run("status").out()).doesNotContain("name no topic");
    }
}
