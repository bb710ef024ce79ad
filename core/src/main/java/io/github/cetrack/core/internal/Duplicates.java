package io.github.cetrack.core.internal;

import io.github.cetrack.core.CeActivity;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Probable duplicates: the same course entered twice. Two activities are probable duplicates when
 * they carry the same certificate (SHA-256), or when they have the same normalised title and
 * provider, the same completion date and the same amount in the same unit, unless each carries a
 * certificate of its own (two certificates are two completions, such as a course a board lets you
 * retake). The engine, the import and the command line share this one definition. Not API.
 */
public final class Duplicates {

    private Duplicates() {}

    /** Returns why {@code a} and {@code b} are probably the same activity, or {@code null} when they are not. */
    public static String why(CeActivity a, CeActivity b) {
        if (a.certificate() != null && b.certificate() != null) {
            return a.certificate().sha256().equals(b.certificate().sha256()) ? "the same certificate" : null;
        }
        if (!a.completedOn().equals(b.completedOn()) || a.unit() != b.unit()
                || a.hours().compareTo(b.hours()) != 0) {
            return null;
        }
        return normal(a.title()).equals(normal(b.title())) && normal(a.provider()).equals(normal(b.provider()))
                ? "the same title, provider, completion date and hours" : null;
    }

    /** Returns {@code text} in lower case with accents, punctuation and repeated spaces removed. */
    public static String normal(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
