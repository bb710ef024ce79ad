package io.github.cetrack.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CertificateTest {

    private static byte[] bytes(String hexPrefix, String asciiRest) {
        byte[] head = java.util.HexFormat.of().parseHex(hexPrefix);
        byte[] tail = asciiRest.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "application/pdf, 255044462d312e370a, rest of a PDF",
        "image/png,       89504e470d0a1a0a,   IHDR...",
        "image/jpeg,      ffd8ffe0,           JFIF",
        "image/webp,      52494646a0000000,   WEBPVP8 ",
        "image/heic,      00000018,           ftypheic....mif1heic",
        "image/heif,      0000001c,           ftypmif1....",
    })
    void theMediaTypeIsDetectedFromTheBytesWhateverTheFileIsCalled(String type, String hex, String rest) {
        Certificate c = Certificate.describe(bytes(hex, rest), "certificate.txt");
        assertThat(c.mediaType()).isEqualTo(type);
        assertThat(c.fileName()).isEqualTo("certificate.txt");
        assertThat(c.size()).isEqualTo(hex.length() / 2 + rest.length());
    }

    @ParameterizedTest
    @CsvSource({"3c68746d6c3e, not a certificate", "52494646a0000000, AVI LIST", "00000018, ftypisom"})
    void otherFilesAreRefusedNamingTheAcceptedTypes(String hex, String rest) {
        assertThatThrownBy(() -> Certificate.describe(bytes(hex, rest), "cert.pdf"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("invalid input: certificate: must be a PDF, PNG, JPEG, HEIC or WebP file (was \"cert.pdf\")");
    }

    @org.junit.jupiter.api.Test
    void theHashIsTheLowerCaseHexSha256OfTheBytes() {
        assertThat(Certificate.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
