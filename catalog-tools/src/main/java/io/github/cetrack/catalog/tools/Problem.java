package io.github.cetrack.catalog.tools;

import java.nio.file.Path;

/**
 * One thing wrong with a state data file or a rule file, where it is.
 *
 * @param file the file
 * @param line the 1-based line, or 0 for the file as a whole
 * @param message what is wrong and which rule of the format (or of the rule-file lint) it breaks
 */
public record Problem(Path file, int line, String message) {

    /** Returns {@code file:line: message}, the form editors and CI logs link. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
