package io.github.cetrack.core;

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
        @NotBlank @Size(max = 100) String mediaType,
        @PositiveOrZero long size,
        @Size(max = 255) String fileName) {

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
}
