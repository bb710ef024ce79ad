package io.github.cetrack.core;

import io.github.cetrack.core.internal.MediaTypes;
import io.github.cetrack.core.internal.Names;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A certificate of completion, identified by the SHA-256 of its bytes. The original file name is
 * kept as data only, never used as a path.
 *
 * @param sha256 lower-case hex SHA-256 of the file's bytes
 * @param mediaType media type detected from the bytes, like {@code "application/pdf"}
 * @param size size in bytes
 * @param fileName the file name the user gave, for display
 */
public record Certificate(
        @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lower-case hex digits") String sha256,
        @NotBlank @Size(max = 100) @PlainText String mediaType,
        @PositiveOrZero long size,
        @Size(max = 255) @PlainText String fileName) {

    /** Normalizes text fields (trimmed, hash in lower case). */
    public Certificate {
        sha256 = sha256 == null ? null : sha256.trim().toLowerCase(java.util.Locale.ROOT);
        mediaType = Names.trim(mediaType);
        fileName = Names.trim(fileName);
    }

    /** Returns a certificate reference. */
    public static Certificate of(String sha256, String mediaType, long size, String fileName) {
        return new Certificate(sha256, mediaType, size, fileName);
    }

    /**
     * Describes a certificate file: its SHA-256, its media type detected from the bytes (not from
     * the name) and its size, like {@code Certificate.describe(Files.readAllBytes(p), "cert.pdf")}.
     *
     * @throws InvalidInputException if the bytes are empty or not a PDF, PNG, JPEG, HEIC or WebP file
     */
    public static Certificate describe(byte[] content, String fileName) {
        if (content.length == 0) {
            throw InvalidInputException.of("certificate", "must not be empty", fileName);
        }
        String mediaType = MediaTypes.detect(content);
        if (mediaType == null) {
            throw InvalidInputException.of("certificate", "must be " + MediaTypes.ACCEPTED, fileName);
        }
        return new Certificate(sha256(content), mediaType, content.length, fileName);
    }

    /** Returns the lower-case hex SHA-256 of some bytes. */
    public static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
