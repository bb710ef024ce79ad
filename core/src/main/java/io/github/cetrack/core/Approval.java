package io.github.cetrack.core;

/**
 * A provider approval of the shared vocabulary: a national body (like {@code apa}, {@code
 * aswb_ace}, {@code nbcc}) or a state one (a board's own approval, a chapter, a class of listed
 * providers), which names its jurisdiction. {@link Approvals} lists them all.
 *
 * @param code the stable code, like {@code "nbcc"}
 * @param label the body's name, like {@code "National Board for Certified Counselors (NBCC)"}
 * @param jurisdiction the state of a state approval, or {@code null} for a national body
 */
public record Approval(String code, String label, Jurisdiction jurisdiction) {}
