package io.github.cetrack.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.cetrack.catalog.ComplianceEngine;
import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.DeliveryFormat;
import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.store.CertificateFile;
import io.github.cetrack.core.store.Holder;
import io.github.cetrack.core.store.ImportFormat;
import io.github.cetrack.core.store.Records;
import io.github.cetrack.core.store.StoredActivity;
import io.github.cetrack.core.store.StoredLicense;
import io.github.cetrack.core.store.Tenant;
import io.github.cetrack.reporting.AuditPacket;
import io.github.cetrack.reporting.PacketVerification;
import io.github.cetrack.storage.JdbcStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The fuzz suite of issue 12: for every input path (evaluation JSON, CSV and JSON import, backups,
 * audit packets), inputs made by mutating a valid one are either accepted or refused with one
 * input error, a one-line message naming fields, never another exception and never a hang. The
 * outcome of each try is collected as statistics (printed in the test log); the README's figures
 * come from them.
 */
class InputFuzzProperties {

    static final Duration HANG = Duration.ofSeconds(30);
    static final ComplianceEngine ENGINE = ComplianceEngine.create(Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"),
            ZoneOffset.UTC));
    static final AtomicInteger TENANTS = new AtomicInteger();

    /**
     * One edit of a text: delete, insert, replace or repeat a span, cut the text there, or (most
     * often, so that many inputs stay well-formed) replace the value of a field or cell with the token.
     */
    record Mutation(int kind, double at, int length, String token) {

        String apply(String text) {
            int from = (int) (at * text.length());
            int to = Math.min(text.length(), from + length);
            return switch (kind) {
                case 0 -> text.substring(0, from) + text.substring(to);
                case 1 -> text.substring(0, from) + token + text.substring(from);
                case 2 -> text.substring(0, from) + token + text.substring(to);
                case 3 -> text.substring(0, to) + text.substring(from, to) + text.substring(to);
                case 4 -> text.substring(0, from);
                default -> replaceValue(text);
            };
        }

        // The value after the n-th ": " (JSON) or the n-th cell after a comma (CSV), n chosen by {@code at}.
        private String replaceValue(String text) {
            String separator = text.contains("\": ") ? "\": " : ",";
            int count = text.split(java.util.regex.Pattern.quote(separator), -1).length - 1;
            if (count == 0) {
                return text;
            }
            int start = -1;
            for (int n = (int) (at * count); n >= 0; n--) {
                start = text.indexOf(separator, start + 1);
            }
            start += separator.length();
            int end = start;
            int depth = 0;
            boolean quoted = false;
            while (end < text.length()) {
                char c = text.charAt(end);
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '[' || c == '{')) {
                    depth++;
                } else if (!quoted && (c == ']' || c == '}') && depth-- == 0) {
                    break;
                } else if (!quoted && depth == 0 && (c == ',' || c == '\n')) {
                    break;
                }
                end++;
            }
            String value = separator.equals(",") && token.startsWith("\"") && token.endsWith("\"") && token.length() > 1
                    ? token.substring(1, token.length() - 1) : token;
            return text.substring(0, start) + value + text.substring(end);
        }
    }

    static final List<String> JSON_TOKENS = List.of("null", "\"\"", "0", "-1", "20120", "1e400", "1.5",
            "123456789012345678901234567890", "\"2025-02-01T00:00:00\"", "\"2025-02-01\\u0000\"", "\"\\u001b[2J\"",
            "\"\\u001b[32mCOMPLIANT\\u001b[0m\"", "{", "}", "[", "]", ",", ":", "\"hours\": 9999,", "\"id\": \"a1\",",
            "true", "\"LIVE_ONLINE\"", "1", "\"1\"", "\"x\"", "\"\\ud800\"", "\"", "\\", "/*", "[[[[[[[[[[[[[[[[",
            "\"" + "a".repeat(400) + "\"", "{\"id\": \"a1\", \"title\": \"t\", \"provider\": \"p\", \"completed_on\":"
                    + " \"2025-02-01\", \"hours\": 6, \"format\": \"in_person\"},", "\"roles\": [\"x\"],", "\u0000",
            "\"format\": 1,", "\"started_on\": \"\",", "\"holder\": \"a\\nb\",");

    static final List<String> CSV_TOKENS = List.of(",", "\"", "\n", "\r\n", ";", "-3", "1e3", "99999.999", "2025-02-30",
            "20120", "\u001b[2J", "\u0000", "\"\"", "ethics;ethics", "unknown_topic", "live-online", "IN_PERSON", "\uFEFF",
            ",,,,,,,,", "\"unterminated", "a1", "\ud800", "x".repeat(400), "2025-02-01T00:00:00", "6 hours");

    @Provide
    Arbitrary<List<Mutation>> jsonEdits() {
        return edits(JSON_TOKENS);
    }

    @Provide
    Arbitrary<List<Mutation>> csvEdits() {
        return edits(CSV_TOKENS);
    }

    static Arbitrary<List<Mutation>> edits(List<String> tokens) {
        return Combinators.combine(Arbitraries.frequency(Tuple.of(1, 0), Tuple.of(1, 1), Tuple.of(1, 2), Tuple.of(1, 3),
                                Tuple.of(1, 4), Tuple.of(10, 5)),
                        Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(1, 40), Arbitraries.of(tokens))
                .as(Mutation::new).list().ofMinSize(1).ofMaxSize(4);
    }

    static String mutate(String text, List<Mutation> edits) {
        String out = text;
        for (Mutation m : edits) {
            out = m.apply(out);
        }
        return out;
    }

    /** Runs one try: "accepted", or "refused" with one input error; anything else fails the property. */
    static String outcome(Runnable attempt) {
        return assertTimeoutPreemptively(HANG, () -> {
            try {
                attempt.run();
                return "accepted";
            } catch (InvalidInputException e) {
                assertThat(e.violations()).isNotEmpty();
                assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\u001b").doesNotContain("Exception");
                return "refused with an input error";
            }
        });
    }

    // ---- evaluation JSON

    static final String SAMPLE = read(Path.of("sample", "ca-lcsw.json"));
    static final Path SAMPLE_CERTIFICATE = Path.of("sample", "certificates", "nasw-law-ethics-2025.pdf");

    @Property(tries = 2000)
    void evaluationJson(@ForAll("jsonEdits") List<Mutation> edits) {
        String text = mutate(SAMPLE, edits);
        Statistics.label("evaluation JSON").collect(outcome(() -> {
            Input input = Input.parse(text);
            ENGINE.evaluate(input.license(), input.cycle(), input.activities());
        }));
    }

    // ---- imports

    static final JdbcStore STORE = JdbcStore.migrate(h2("fuzz"));

    static Records newTenant() {
        String id = "fuzz-" + TENANTS.incrementAndGet();
        STORE.createTenant(Tenant.of(id, "Fuzz " + id));
        Records r = STORE.records(id);
        r.save(Holder.of("me", "Sam Lee"));
        return r;
    }

    static final String CSV = """
            id,title,provider,approvals,started_on,completed_on,hours,unit,format,kind,topics
            a1,Law and ethics,NASW-CA,nasw_ca,,2025-02-01,6,clock_hour,live_online,course,ethics;laws_and_rules
            a2,"Trauma, focused",PESI,apa,2025-05-30,2025-06-01,1.5,ceu,self_study,conference,trauma
            a3,Supervision,CAMFT,camft,,2025-07-01,3,,in_person,,supervision
            """;

    @Property(tries = 1000)
    void csvImport(@ForAll("csvEdits") List<Mutation> edits) {
        Statistics.label("CSV import").collect(imported(mutate(CSV, edits), ImportFormat.CSV));
    }

    /** Imports {@code text} into a new tenant; a refused import must have written nothing. */
    static String imported(String text, ImportFormat format) {
        Records r = newTenant();
        String outcome = outcome(() -> r.importActivities("me", new StringReader(text), format));
        if (!outcome.equals("accepted")) {
            assertThat(r.activitiesOf("me")).isEmpty();
        }
        return outcome;
    }

    static final String JSON = activitiesOf(SAMPLE);

    @Property(tries = 1000)
    void jsonImport(@ForAll("jsonEdits") List<Mutation> edits) {
        Statistics.label("JSON import").collect(imported(mutate(JSON, edits), ImportFormat.JSON));
    }

    // ---- backups

    static final Path BACKUP = backup();

    /** What a try does to a certificate file besides editing tenant.json. */
    enum FileEdit { NONE, LINK_TO_DEV_ZERO, LINK_OUTSIDE, FIFO, DIRECTORY, GARBAGE, EMPTY, DELETED }

    @Property(tries = 400)
    void backupRestore(@ForAll("jsonEdits") List<Mutation> edits, @ForAll FileEdit fileEdit) throws IOException {
        Path copy = copy(BACKUP);
        try {
            Path index = copy.resolve("tenant.json");
            Files.writeString(index, mutate(Files.readString(index), fileEdit == FileEdit.NONE ? edits : edits.subList(0, 0)));
            edit(copy, fileEdit);
            Records r = newTenant();
            Records empty = STORE.records(r.tenantId());
            r.deleteHolder("me", 1);
            String outcome = outcome(() -> empty.restoreFrom(copy));
            if (!outcome.equals("accepted")) {
                assertThat(empty.holders()).isEmpty();
            }
            Statistics.label("backup").collect(fileEdit == FileEdit.NONE ? "tenant.json edited: " + outcome
                    : "certificate " + fileEdit.name().toLowerCase(java.util.Locale.ROOT) + ": " + outcome);
        } finally {
            delete(copy);
        }
    }

    static void edit(Path backup, FileEdit edit) throws IOException {
        if (edit == FileEdit.NONE) {
            return;
        }
        Path certificate;
        try (Stream<Path> files = Files.list(backup.resolve("certificates"))) {
            certificate = files.sorted().findFirst().orElseThrow();
        }
        Files.delete(certificate);
        switch (edit) {
            case LINK_TO_DEV_ZERO -> Files.createSymbolicLink(certificate, Path.of("/dev/zero"));
            case LINK_OUTSIDE -> Files.createSymbolicLink(certificate, SAMPLE_CERTIFICATE.toAbsolutePath());
            case FIFO -> mkfifo(certificate);
            case DIRECTORY -> Files.createDirectory(certificate);
            case GARBAGE -> Files.write(certificate, "%PDF-1.7 not the same bytes".getBytes(StandardCharsets.US_ASCII));
            case EMPTY -> Files.write(certificate, new byte[0]);
            default -> { }
        }
    }

    // ---- audit packets

    static final byte[] PACKET = packet();

    @Provide
    Arbitrary<List<int[]>> byteEdits() {
        // {kind, position in per mille, value}: 0 flip a byte, 1 insert a byte, 2 delete 1 to 64 bytes, 3 cut.
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 999),
                Arbitraries.integers().between(0, 255)).as((k, p, v) -> new int[] {k, p, v}).list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 2000)
    void auditPacket(@ForAll("byteEdits") List<int[]> edits) {
        byte[] zip = PACKET;
        for (int[] e : edits) {
            zip = apply(zip, e);
        }
        byte[] hostile = zip;
        PacketVerification v = assertTimeoutPreemptively(HANG, () -> AuditPacket.verify(new ByteArrayInputStream(hostile)));
        assertThat(v.describe()).doesNotContain("\n").doesNotContain("\u001b");
        Statistics.label("audit packet").collect(!v.isValid() ? "invalid" : v.isIntact() ? "intact" : "not intact");
    }

    @Provide
    Arbitrary<Map<String, Integer>> hostileEntries() {
        Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.of("manifest.json", "audit-report.pdf", "/etc/passwd",
                        "../x", "certificates/../../x", "C:/x", "a\\b", "a\u001b[2J", "", "certificates/"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8));
        return Arbitraries.maps(names, Arbitraries.integers().between(0, 3 << 19)).ofMaxSize(6);
    }

    @Property(tries = 200)
    void hostileArchives(@ForAll("hostileEntries") Map<String, Integer> entries, @ForAll boolean zeros) throws IOException {
        java.util.Random random = new java.util.Random(entries.hashCode());
        Map<String, byte[]> files = new LinkedHashMap<>();
        entries.forEach((name, size) -> {
            byte[] bytes = new byte[size];
            if (!zeros) {
                random.nextBytes(bytes);
            }
            files.put(name, bytes);
        });
        byte[] zip;
        try {
            zip = zip(files);
        } catch (java.util.zip.ZipException e) {
            return; // the JDK refuses to write it (an empty archive): nothing to verify
        }
        PacketVerification v = assertTimeoutPreemptively(HANG, () -> AuditPacket.verify(new ByteArrayInputStream(zip)));
        assertThat(v.isIntact()).isFalse();
        Statistics.label("generated archive").collect(!v.isValid() ? "invalid" : "not intact");
    }

    static byte[] apply(byte[] zip, int[] e) {
        if (zip.length == 0) {
            return zip;
        }
        int at = (int) ((long) e[1] * zip.length / 1000);
        return switch (e[0]) {
            case 0 -> {
                byte[] out = zip.clone();
                out[at] ^= (byte) (e[2] == 0 ? 1 : e[2]);
                yield out;
            }
            case 1 -> {
                byte[] out = new byte[zip.length + 1];
                System.arraycopy(zip, 0, out, 0, at);
                out[at] = (byte) e[2];
                System.arraycopy(zip, at, out, at + 1, zip.length - at);
                yield out;
            }
            case 2 -> {
                int to = Math.min(zip.length, at + 1 + e[2] / 4);
                byte[] out = new byte[zip.length - (to - at)];
                System.arraycopy(zip, 0, out, 0, at);
                System.arraycopy(zip, to, out, at, zip.length - to);
                yield out;
            }
            default -> java.util.Arrays.copyOf(zip, at);
        };
    }

    // ---- fixtures

    static Path backup() {
        try {
            String id = "fuzz-source";
            STORE.createTenant(Tenant.of(id, "Fuzz source"));
            Records r = STORE.records(id);
            r.save(Holder.of("me", "Sam Lee"));
            Input sample = Input.parse(SAMPLE);
            r.save(StoredLicense.of("ca", "me", sample.license()));
            byte[] pdf = Files.readAllBytes(SAMPLE_CERTIFICATE);
            for (CeActivity a : sample.activities()) {
                r.save(StoredActivity.of("me", a), CertificateFile.of(pdf, "certificate.pdf"));
            }
            r.save(StoredActivity.of("me", CeActivity.of("Supervision", "CAMFT", LocalDate.of(2025, 7, 1),
                    new BigDecimal("3"), DeliveryFormat.IN_PERSON).withId("x1").withTopics(Set.of("supervision"))));
            r.saveEvaluation("ca", ENGINE.evaluate(sample.license(), sample.cycle(), sample.activities()),
                    Instant.parse("2026-01-02T03:04:05Z"));
            Path dir = Files.createTempDirectory("cetrack-fuzz-backup").resolve("backup");
            r.exportTo(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] packet() {
        try {
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put("audit-report.pdf", Files.readAllBytes(SAMPLE_CERTIFICATE));
            files.put("certificates/001-0123456789ab.pdf", "%PDF-1.7 certificate".getBytes(StandardCharsets.US_ASCII));
            StringBuilder manifest = new StringBuilder("{\"packet\": \"cetrack audit packet\", \"files\": [");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                manifest.append(manifest.charAt(manifest.length() - 1) == '[' ? "" : ",").append("{\"path\": \"")
                        .append(f.getKey()).append("\", \"sha256\": \"")
                        .append(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(f.getValue())))
                        .append("\", \"size\": ").append(f.getValue().length).append('}');
            }
            files.put("manifest.json", manifest.append("]}").toString().getBytes(StandardCharsets.UTF_8));
            byte[] zip = zip(files);
            assertThat(AuditPacket.verify(new ByteArrayInputStream(zip)).isIntact()).isTrue();
            return zip;
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static String activitiesOf(String sample) {
        int start = sample.indexOf('[', sample.indexOf("\"activities\""));
        return sample.substring(start, sample.lastIndexOf(']') + 1);
    }

    static JdbcDataSource h2(String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + "-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path copy(Path from) throws IOException {
        Path to = Files.createTempDirectory("cetrack-fuzz-try");
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    static void mkfifo(Path at) throws IOException {
        try {
            if (new ProcessBuilder("mkfifo", at.toString()).start().waitFor() != 0) {
                throw new IOException("mkfifo failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
