package io.github.cetrack.core;

/**
 * How sure the catalogue is of a value: read in the official text, or resting on secondary
 * sources because the official text could not be read.
 */
public enum Confidence {
    /** Read in the statute, administrative code, or the board's own rule or page. */
    OFFICIAL,
    /**
     * Taken from secondary sources (at least two independent ones that agree) because the official
     * text could not be read; the rule file names them.
     */
    SECONDARY
}
