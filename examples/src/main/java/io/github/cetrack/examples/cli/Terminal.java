package io.github.cetrack.examples.cli;

import io.github.cetrack.core.internal.PlainTextValidator;

/**
 * Text from records and files as the terminal shows it: control characters written as {@code
 * \}{@code u001b}, so a title cannot move the cursor, clear a line or paint a fake status.
 */
final class Terminal {

    private Terminal() {}

    /** Returns {@code text} with its control characters escaped; {@code null} stays {@code null}. */
    static String safe(String text) {
        return text == null ? null : PlainTextValidator.escape(text);
    }
}
