package io.github.cetrack.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every requirement in force for one licence type and cycle, as the catalogue resolved it.
 *
 * <p>Caps must be on delivery formats (any number: a format cap never overlaps another) or on a
 * single category, so that each activity falls under at most one cap; the allocator's optimality
 * depends on it, and {@link #of} refuses other combinations.
 *
 * @param requirements the requirements, in the catalogue's order
 */
public record RequirementSet(List<Requirement> requirements) {

    /** Copies the list. */
    public RequirementSet {
        requirements = List.copyOf(requirements);
    }

    /**
     * Returns the set of {@code requirements}.
     *
     * @throws InvalidInputException if the caps could overlap (see the class comment), or a single
     *     kind that may appear once appears twice
     */
    public static RequirementSet of(List<Requirement> requirements) {
        RequirementSet set = new RequirementSet(requirements);
        long categoryCaps = set.all(Requirement.CategoryCap.class).count();
        long formatCaps = set.all(Requirement.FormatCap.class).count();
        if (categoryCaps > 1 || (categoryCaps == 1 && formatCaps > 0)) {
            throw InvalidInputException.of("requirements", "caps must be on formats, or on one category alone", requirements);
        }
        if (categoryCaps == 1 && set.first(Requirement.LiveMinimum.class).isPresent()) {
            throw InvalidInputException.of("requirements", "a category cap cannot be combined with a live minimum",
                    requirements);
        }
        if (set.all(Requirement.FormatCap.class).map(Requirement.FormatCap::format).distinct().count() != formatCaps) {
            throw InvalidInputException.of("requirements", "at most one cap per format", requirements);
        }
        for (Class<? extends Requirement> once : List.of(Requirement.TotalHours.class, Requirement.ProratedTotal.class,
                Requirement.LiveMinimum.class, Requirement.CarryOver.class, Requirement.AcceptedApprovals.class,
                Requirement.FirstCycleExemption.class, Requirement.CategoryOverlap.class)) {
            if (set.all(once).count() > 1) {
                throw InvalidInputException.of("requirements", "at most one " + once.getSimpleName() + " per cycle",
                        requirements);
            }
        }
        return set;
    }

    /** Returns every requirement of {@code type}, in order. */
    public <R extends Requirement> Stream<R> all(Class<R> type) {
        return requirements.stream().filter(type::isInstance).map(type::cast);
    }

    /** Returns the first requirement of {@code type}, if any. */
    public <R extends Requirement> Optional<R> first(Class<R> type) {
        return all(type).findFirst();
    }

    /** Returns whether this set has no requirements. */
    @JsonIgnore
    public boolean isEmpty() {
        return requirements.isEmpty();
    }
}
