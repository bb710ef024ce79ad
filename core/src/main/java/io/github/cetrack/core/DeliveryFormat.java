package io.github.cetrack.core;

/** How a CE activity was delivered. Boards cap some formats and require minimums of live ones. */
public enum DeliveryFormat {
    /** In the same room as the instructor. */
    IN_PERSON,
    /** Live and interactive over the internet (webinar with the instructor present). */
    LIVE_ONLINE,
    /** Self-paced: recorded courses, home study, reading with a test. */
    SELF_STUDY;

    /**
     * The format in words, as every evaluation and report writes it.
     *
     * @return {@code "in-person"}, {@code "live online"} or {@code "self-study"}
     */
    public String text() {
        return switch (this) {
            case IN_PERSON -> "in-person";
            case LIVE_ONLINE -> "live online";
            case SELF_STUDY -> "self-study";
        };
    }

    /** Returns whether boards treat this format as live instruction. */
    public boolean isLive() {
        return this != SELF_STUDY;
    }
}
