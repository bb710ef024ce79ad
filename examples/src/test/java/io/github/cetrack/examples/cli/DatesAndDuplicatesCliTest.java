package io.github.cetrack.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cetrack.examples.cli.CetrackTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13 on the command line: no completion dates after today, no silent duplicates, prior completions. */
class DatesAndDuplicatesCliTest {

    @TempDir
    Path dir;

    Result run(String... args) {
        String[] withDb = java.util.Arrays.copyOf(args, args.length + 2);
        withDb[args.length] = "--db";
        withDb[args.length + 1] = "jdbc:h2:" + dir.resolve("records").toAbsolutePath();
        return CetrackTest.run(withDb);
    }

    private static final String[] COURSE = {"log", "--title", "Trauma-focused CBT", "--provider", "PESI", "--date",
        "2025-06-01", "--hours", "15", "--format", "self_study", "--approval", "apa"};

    @Test
    void logEditAndImportRefuseACompletionDateAfterTodayInOneLineNamingIt() throws IOException {
        assertThat(run("init").code()).isZero();
        String tomorrow = LocalDate.now().plusDays(1).toString();
        Result log = run("log", "--title", "Ethics", "--provider", "NASW", "--date", tomorrow, "--hours", "3",
                "--format", "live_online");
        assertThat(log.code()).isEqualTo(Cetrack.BAD_INPUT);
        assertThat(log.err().strip()).isEqualTo("cetrack: invalid input: --date: must not be after today ("
                + LocalDate.now() + "): CE counts once completed; log it when you have completed it (was \""
                + tomorrow + "\")");
        Result ok = run(COURSE);
        assertThat(ok.code()).as(ok.err()).isZero();
        String id = ok.out().substring("Logged ".length(), "Logged ".length() + 8);
        Result edit = run("edit", id, "--date", "2030-01-01");
        assertThat(edit.code()).isEqualTo(Cetrack.BAD_INPUT);
        assertThat(edit.err()).contains("--date: must not be after today").hasLineCount(1);

        Path csv = dir.resolve("later.csv");
        Files.writeString(csv, "title,provider,completed_on,hours,format\nLater,P,2030-01-01,2,in_person\n");
        Result imported = run("import", csv.toString());
        assertThat(imported.code()).isEqualTo(Cetrack.BAD_INPUT);
        assertThat(imported.err()).contains("line 2: completed_on: must not be after today").hasLineCount(1);
        assertThat(run("list").out()).contains("Trauma-focused CBT").doesNotContain("Later", "2030");
    }

    @Test
    void logAndImportAskForAllowDuplicateBeforeRecordingTheSameCourseTwice() throws IOException {
        assertThat(run("init").code()).isZero();
        assertThat(run(COURSE).code()).isZero();
        Result again = run(COURSE);
        assertThat(again.code()).isEqualTo(Cetrack.BAD_INPUT);
        assertThat(again.err()).contains("--title: looks like activity", "the same title, provider, completion date"
                + " and hours", "pass --allow-duplicate to record a genuine repeat").hasLineCount(1);

        Path csv = dir.resolve("again.csv");
        Files.writeString(csv, "title,provider,completed_on,hours,format\nTrauma focused CBT,pesi,2025-06-01,15,self_study\n");
        Result imported = run("import", csv.toString());
        assertThat(imported.code()).isEqualTo(Cetrack.BAD_INPUT);
        assertThat(imported.err()).contains("line 2: title: is probably a duplicate of activity");
        assertThat(run("list", "--json").out()).containsOnlyOnce("\"title\"");

        String[] repeat = java.util.Arrays.copyOf(COURSE, COURSE.length + 1);
        repeat[COURSE.length] = "--allow-duplicate";
        assertThat(run(repeat).code()).isZero();
        assertThat(run("import", csv.toString(), "--allow-duplicate").code()).isZero();
        assertThat(run("list", "--json").out().split("\"title\"", -1)).hasSize(4);
    }

    @Test
    void aOneTimeTrainingCompletedBeforeTheRecordsBeganIsLoggedWithoutHoursOrFormat() {
        assertThat(run("init").code()).isZero();
        assertThat(run("license", "add", "--state", "US-CA", "--type", "LCSW", "--issued", "2024-05-01", "--expires",
                "2026-04-30").code()).isZero();
        Result prior = run("log", "--kind", "prior_completion", "--topic", "suicide_prevention", "--date", "2019-05-10",
                "--title", "MSW coursework: suicide risk assessment", "--provider", "USC");
        assertThat(prior.code()).as(prior.err()).isZero();
        assertThat(prior.out()).contains("a record of one-time training completed before these records began");
    }
}
