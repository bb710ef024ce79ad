package io.github.cetrack.core.store;

/** The formats {@link Records#importActivities} reads. */
public enum ImportFormat {
    /**
     * RFC 4180 CSV with a header row naming columns like the JSON fields ({@code title},
     * {@code provider}, {@code completed_on}, {@code hours}, {@code format}, …); {@code approvals}
     * and {@code topics} hold codes separated by {@code ;}.
     */
    CSV,
    /** A JSON array of activities in the format of {@link io.github.cetrack.core.json.CetrackJson}. */
    JSON
}
