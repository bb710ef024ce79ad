package io.github.cetrack.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/** Detects a certificate's media type from its first bytes (magic numbers), never from its name. Not API. */
public final class MediaTypes {

    /** The types certificates may have, as named in error messages. */
    public static final String ACCEPTED = "a PDF, PNG, JPEG, HEIC or WebP file";

    // ISO/IEC 23008-12 brands of HEIC (HEVC-coded) images and of other HEIF images.
    private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs");
    private static final Set<String> HEIF_BRANDS = Set.of("mif1", "msf1");

    private MediaTypes() {}

    /** Returns the media type of these bytes, or {@code null} when they are none of the accepted types. */
    public static String detect(byte[] b) {
        if (startsWith(b, 0, "%PDF-")) {
            return "application/pdf";
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && startsWith(b, 1, "PNG\r\n\u001a\n")) {
            return "image/png";
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        if (startsWith(b, 0, "RIFF") && startsWith(b, 8, "WEBP")) {
            return "image/webp";
        }
        if (startsWith(b, 4, "ftyp") && b.length >= 12) {
            String brand = ascii(b, 8);
            if (HEIC_BRANDS.contains(brand)) {
                return "image/heic";
            }
            if (HEIF_BRANDS.contains(brand)) {
                return "image/heif";
            }
        }
        return null;
    }

    /** Returns the usual file extension of an accepted media type, like {@code "pdf"}. */
    public static String extension(String mediaType) {
        return switch (mediaType) {
            case "application/pdf" -> "pdf";
            case "image/png" -> "png";
            case "image/jpeg" -> "jpg";
            case "image/webp" -> "webp";
            case "image/heic" -> "heic";
            case "image/heif" -> "heif";
            default -> "bin";
        };
    }

    private static boolean startsWith(byte[] b, int offset, String magic) {
        if (b.length < offset + magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (b[offset + i] != (byte) magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] b, int offset) {
        return new String(b, offset, 4, StandardCharsets.US_ASCII);
    }
}
