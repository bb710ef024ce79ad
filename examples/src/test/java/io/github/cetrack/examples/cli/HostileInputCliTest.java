package io.github.cetrack.examples.cli;

import static io.github.cetrack.examples.cli.CetrackTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile files on the command line: bad input (exit 2) with a one-line error naming the field, never a stack trace. */
class HostileInputCliTest {

    @TempDir
    Path dir;

    @Test
    void aFileHoldingNullNamesWhatItMustBe() throws IOException {
        CetrackTest.Result r = run("evaluate", Files.writeString(dir.resolve("null.json"), "null").toString());
        assertThat(r.code()).isEqualTo(Cetrack.BAD_INPUT);
        assertThat(r.err()).isEqualTo("cetrack: invalid input: json: must be an object with license, cycle and activities"
                + " (was \"null\")" + System.lineSeparator());
    }

    @Test
    void aFileThatIsNotUtf8IsBadInputNotAStorageError() throws IOException {
        String text = Files.readString(CetrackTest.SAMPLE).replace("Sam Lee", "S\u00e1m Lee");
        Path latin1 = Files.write(dir.resolve("latin1.json"), text.getBytes(StandardCharsets.ISO_8859_1));
        CetrackTest.Result r = run("evaluate", latin1.toString());
        assertThat(r.code()).isEqualTo(Cetrack.BAD_INPUT);
        assertThat(r.err()).startsWith("cetrack: invalid input: file: must be UTF-8 text");
    }

    @Test
    void sixCopiesOfOneCourseAreRefused() throws IOException {
        String one = "{\"id\": \"a1\", \"title\": \"Ethics\", \"provider\": \"P\", \"completed_on\": \"2025-02-01\","
                + " \"hours\": 6, \"format\": \"in_person\", \"approvals\": [\"apa\"]}";
        String json = "{\"license\": {\"jurisdiction\": \"US-CA\", \"license_type\": \"LCSW\", \"first_issued_on\":"
                + " \"2012-03-10\", \"expires_on\": \"2026-03-31\"}, \"cycle\": {\"start\": \"2024-04-01\", \"end\":"
                + " \"2026-03-31\"}, \"activities\": [" + String.join(",", java.util.Collections.nCopies(6, one)) + "]}";
        CetrackTest.Result r = run("evaluate", Files.writeString(dir.resolve("copies.json"), json).toString());
        assertThat(r.code()).isEqualTo(Cetrack.BAD_INPUT);
        assertThat(r.err()).startsWith("cetrack: 5 invalid inputs: activities[1].id: must not repeat the id of activities[0]");
    }

    @Test
    void anEscapeSequenceInATitleIsRefusedAndNotPrinted() throws IOException {
        String text = Files.readString(CetrackTest.SAMPLE).replace("Trauma-Focused CBT", "CBT\\u001b[2K\\rCOMPLIANT");
        CetrackTest.Result r = run("evaluate", Files.writeString(dir.resolve("esc.json"), text).toString());
        assertThat(r.code()).isEqualTo(Cetrack.BAD_INPUT);
        assertThat(r.err()).contains("activities[1].title: must not contain control characters")
                .contains("CBT\\u001b[2K\\u000dCOMPLIANT").doesNotContain("\u001b").doesNotContain("\r");
    }

    @Test
    void textFromOlderRecordsIsPrintedEscaped() {
        assertThat(Render.cut("Ethics\u001b[2J\u001b[32m COMPLIANT", 60)).isEqualTo("Ethics\\u001b[2J\\u001b[32m COMPLIANT");
        assertThat(Terminal.safe("a\rb\nc\u009bd")).isEqualTo("a\\u000db\\u000ac\\u009bd");
    }

    @Test
    void aZipBombIsAnInvalidPacketExitTwoWithoutRunningOutOfMemory() throws IOException {
        Path bomb = dir.resolve("bomb.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(new byte[64 << 20]);
            zip.closeEntry();
        }
        CetrackTest.Result r = run("audit-packet", "verify", bomb.toString());
        assertThat(r.code()).isEqualTo(Cetrack.BAD_INPUT);
        assertThat(r.out()).isEqualTo(bomb + ": invalid: manifest.json is compressed more than 100 to 1 (a ZIP bomb)"
                + System.lineSeparator());
        assertThat(r.err()).isEmpty();
    }
}
