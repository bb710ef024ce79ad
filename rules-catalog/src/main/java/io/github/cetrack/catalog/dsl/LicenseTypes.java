package io.github.cetrack.catalog.dsl;

import io.github.cetrack.core.Citation;
import io.github.cetrack.core.Jurisdiction;
import io.github.cetrack.core.LicenseType;
import io.github.cetrack.core.Profession;
import java.util.ArrayList;
import java.util.List;

/**
 * The fact a jurisdiction's rule file matches to declare the licence types its boards issue.
 *
 * <pre>
 * rule "US-CA licence types" @citation(...) @source(...) @verified(...)
 * when $t : LicenseTypes()
 * then $t.define("US-CA", "LCSW", "Licensed Clinical Social Worker", "CLINICAL_SOCIAL_WORK", "Board of Behavioral Sciences");
 * end
 * </pre>
 */
public final class LicenseTypes extends RuleFact {

    /** A declared type and the rule that declared it. */
    public record Declared(LicenseType type, Citation citation) {}

    private final List<Declared> declared = new ArrayList<>();

    /** Creates an empty fact; for the engine. */
    public LicenseTypes() {}

    /** Declares a licence type. {@code profession} is a {@link Profession} name. */
    public void define(String jurisdiction, String code, String name, String profession, String board) {
        declared.add(new Declared(new LicenseType(Jurisdiction.of(jurisdiction), code, name,
                Profession.valueOf(profession), board), citation()));
    }

    /** Returns what the rules declared; for the engine. */
    public List<Declared> declared() {
        return List.copyOf(declared);
    }
}
