package io.github.cetrack.core;

/**
 * A CE topic of the shared vocabulary, like {@code ethics} or {@code suicide_prevention}. Activities
 * are tagged with topics; a board's category names the topics that satisfy it, so one course
 * tagged once counts wherever a board accepts its topic. {@link Topics} lists them all.
 *
 * @param code the stable code, like {@code "cultural_competence"}
 * @param label the name shown to people, like {@code "Cultural competence and diversity"}
 * @param definition one line saying what the topic covers
 */
public record Topic(String code, String label, String definition) {}
