package io.github.cetrack.reporting;

import static io.github.cetrack.reporting.AuditPacketTest.zip;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HostilePacketTest {

    @TempDir
    Path dir;

    static final byte[] MANIFEST = "{\"files\": []}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    static byte[] one(String name, byte[] bytes) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(AuditPacket.MANIFEST, MANIFEST);
        files.put(name, bytes);
        return zip(files);
    }

    static byte[] zeros(int bytes) {
        return new byte[bytes];
    }

    static Map<String, byte[]> many(int n) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            files.put("f" + i, new byte[0]);
        }
        return files;
    }

    /** Every hostile archive of issue 12, with the words its refusal must contain. */
    static Stream<Arguments> hostile() throws IOException {
        byte[] bomb = one("payload.bin", zeros(20 << 20));
        byte[] pair = zip(Map.of("aaaa", new byte[] {1}, "bbbb", new byte[] {2}));
        return Stream.of(
                Arguments.of("a ZIP bomb (20 MiB of zeros in 20 KiB)", bomb, "payload.bin is compressed more than 100 to 1"),
                Arguments.of("a ZIP bomb whose directory lies about its size", HostileZips.declaredSize(bomb, 1000),
                        "payload.bin is compressed more than 100 to 1"),
                Arguments.of("an entry declared larger than 256 MiB", HostileZips.declaredSize(one("big", zeros(10)), 300L << 20),
                        "is larger than 268,435,456 bytes"),
                Arguments.of("more than 10,000 entries", zip(many(10_001)), "10,001 entries, more than the 10,000 allowed"),
                Arguments.of("more than 1 GiB in all", HostileZips.declaredSizes(zip(many(5)), 250L << 20, 10L << 20),
                        "more than 1,073,741,824 bytes uncompressed"),
                Arguments.of("an absolute path", one("/etc/cron.d/x", new byte[] {1}), "/etc/cron.d/x is an absolute path"),
                Arguments.of("a drive path", one("C:/x", new byte[] {1}), "C:/x is an absolute path"),
                Arguments.of("a path leaving through ..", one("certificates/../../x", new byte[] {1}),
                        "certificates/../../x leaves the packet through .."),
                Arguments.of("a backslash path", one("..\\x", new byte[] {1}), "has a backslash"),
                Arguments.of("a symbolic link", HostileZips.unixType(one("certificates/link", "/etc/passwd".getBytes()),
                        "certificates/link", 0120000), "certificates/link is a symbolic link"),
                Arguments.of("a FIFO", HostileZips.unixType(one("fifo", new byte[0]), "fifo", 0010000), "fifo is not a regular file"),
                Arguments.of("a name used twice", HostileZips.rename(pair, "bbbb", "aaaa"), "aaaa appears twice"),
                Arguments.of("an entry hidden from the directory", HostileZips.renameLocalOnly(pair, "bbbb", "cccc"),
                        "differ from its central directory"),
                Arguments.of("a control character in a name", one("a\u001b[2Jb", new byte[] {1}), "a\\u001b[2Jb has a control character"),
                Arguments.of("not a ZIP at all", "%PDF-1.7 hello".repeat(10).getBytes(), "not a ZIP archive"),
                Arguments.of("an empty file", new byte[0], "not a ZIP archive"),
                Arguments.of("a truncated packet", Arrays.copyOf(bomb, bomb.length / 2), "not a ZIP archive"),
                Arguments.of("damaged compressed data", damaged(one("data.bin", "hello hello hello".repeat(50).getBytes())),
                        "the archive is damaged"));
    }

    static byte[] damaged(byte[] zip) {
        byte[] out = zip.clone();
        // The second entry's deflated bytes start after its 30-byte local header and name.
        int at = indexOf(out, "data.bin".getBytes()) + "data.bin".length();
        for (int i = 0; i < 8; i++) {
            out[at + i] = (byte) 0xff;
        }
        return out;
    }

    static int indexOf(byte[] in, byte[] what) {
        for (int i = 0; i + what.length <= in.length; i++) {
            if (Arrays.equals(in, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void aHostileArchiveIsInvalidNeverIntactAndNeverAnException(String what, byte[] zip, String problem) throws IOException {
        Path file = dir.resolve("packet.zip");
        Files.write(file, zip);
        PacketVerification v = AuditPacket.verify(file);
        assertThat(v.isValid()).as(what).isFalse();
        assertThat(v.isIntact()).isFalse();
        assertThat(v.invalid()).hasSize(1);
        assertThat(v.describe()).startsWith("invalid: ").contains(problem).doesNotContain("\u001b");
        assertThat(v.verified()).isEmpty();
        assertThat(AuditPacket.verify(new ByteArrayInputStream(zip)).invalid()).isEqualTo(v.invalid());
    }

    @Test
    void aLargeWellCompressedEntryBelowTheRatioIsReadAndReportedAsUnexpected() throws IOException {
        byte[] random = new byte[2 << 20];
        new java.util.Random(7).nextBytes(random);
        PacketVerification v = AuditPacket.verify(new ByteArrayInputStream(one("photo.jpg", random)));
        assertThat(v.isValid()).isTrue();
        assertThat(v.unexpected()).containsExactly("photo.jpg");
        assertThat(v.describe()).isEqualTo("unexpected: photo.jpg");
    }
}
