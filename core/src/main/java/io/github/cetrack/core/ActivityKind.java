package io.github.cetrack.core;

/** What kind of learning an activity was. */
public enum ActivityKind {
    /** A course or workshop from a CE provider. */
    COURSE,
    /** A conference or convention. */
    CONFERENCE,
    /** Graduate academic coursework. */
    ACADEMIC_COURSE,
    /** Teaching or presenting a course. */
    TEACHING,
    /** Writing a published article, chapter or book. */
    PUBLICATION,
    /** Peer consultation or a study group. */
    PEER_CONSULTATION,
    /** Informal self-directed learning without a provider, such as reading a journal article. */
    SELF_DIRECTED,
    /** Anything else. */
    OTHER,
    /**
     * A record that a one-time training (its topics) was completed before these records began, on
     * its completion date: it meets the one-time requirements of its topics whatever its hours, and
     * counts toward nothing else.
     */
    PRIOR_COMPLETION
}
