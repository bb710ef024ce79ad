package io.github.cetrack.catalog;

import io.github.cetrack.core.Citation;
import io.github.cetrack.core.CycleRule;

/**
 * A licence type's cycle rule and the catalogue rule that states it.
 *
 * @param rule how cycles are laid out
 * @param citation where that comes from
 */
public record CycleRuleInForce(CycleRule rule, Citation citation) {}
