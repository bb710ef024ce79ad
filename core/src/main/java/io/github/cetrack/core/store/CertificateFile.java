package io.github.cetrack.core.store;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A certificate file as uploaded: its bytes and the name it had on the user's machine. The name
 * is kept as data only; the media type is detected from the bytes.
 *
 * @param content the file's bytes
 * @param fileName the original file name, like {@code "ethics-2025.pdf"}; may be {@code null}
 */
public record CertificateFile(@NotNull byte[] content, @Size(max = 255) String fileName) {

    /** Returns a certificate file, like {@code CertificateFile.of(Files.readAllBytes(path), "cert.pdf")}. */
    public static CertificateFile of(byte[] content, String fileName) {
        return new CertificateFile(content, fileName);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CertificateFile file && java.util.Arrays.equals(content, file.content)
                && java.util.Objects.equals(fileName, file.fileName);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(content) + java.util.Objects.hashCode(fileName);
    }

    @Override
    public String toString() {
        return "CertificateFile[" + content.length + " bytes, " + fileName + "]";
    }
}
