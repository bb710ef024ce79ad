package io.github.cetrack.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A US licensing jurisdiction, identified by its ISO 3166-2 code such as {@code "US-CA"}: the 50
 * states and the District of Columbia.
 */
public enum Jurisdiction {
    US_AL("US-AL", "Alabama"),
    US_AK("US-AK", "Alaska"),
    US_AZ("US-AZ", "Arizona"),
    US_AR("US-AR", "Arkansas"),
    US_CA("US-CA", "California"),
    US_CO("US-CO", "Colorado"),
    US_CT("US-CT", "Connecticut"),
    US_DE("US-DE", "Delaware"),
    US_DC("US-DC", "District of Columbia"),
    US_FL("US-FL", "Florida"),
    US_GA("US-GA", "Georgia"),
    US_HI("US-HI", "Hawaii"),
    US_ID("US-ID", "Idaho"),
    US_IL("US-IL", "Illinois"),
    US_IN("US-IN", "Indiana"),
    US_IA("US-IA", "Iowa"),
    US_KS("US-KS", "Kansas"),
    US_KY("US-KY", "Kentucky"),
    US_LA("US-LA", "Louisiana"),
    US_ME("US-ME", "Maine"),
    US_MD("US-MD", "Maryland"),
    US_MA("US-MA", "Massachusetts"),
    US_MI("US-MI", "Michigan"),
    US_MN("US-MN", "Minnesota"),
    US_MS("US-MS", "Mississippi"),
    US_MO("US-MO", "Missouri"),
    US_MT("US-MT", "Montana"),
    US_NE("US-NE", "Nebraska"),
    US_NV("US-NV", "Nevada"),
    US_NH("US-NH", "New Hampshire"),
    US_NJ("US-NJ", "New Jersey"),
    US_NM("US-NM", "New Mexico"),
    US_NY("US-NY", "New York"),
    US_NC("US-NC", "North Carolina"),
    US_ND("US-ND", "North Dakota"),
    US_OH("US-OH", "Ohio"),
    US_OK("US-OK", "Oklahoma"),
    US_OR("US-OR", "Oregon"),
    US_PA("US-PA", "Pennsylvania"),
    US_RI("US-RI", "Rhode Island"),
    US_SC("US-SC", "South Carolina"),
    US_SD("US-SD", "South Dakota"),
    US_TN("US-TN", "Tennessee"),
    US_TX("US-TX", "Texas"),
    US_UT("US-UT", "Utah"),
    US_VT("US-VT", "Vermont"),
    US_VA("US-VA", "Virginia"),
    US_WA("US-WA", "Washington"),
    US_WV("US-WV", "West Virginia"),
    US_WI("US-WI", "Wisconsin"),
    US_WY("US-WY", "Wyoming");

    private final String code;
    private final String displayName;

    Jurisdiction(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    /** Returns the ISO 3166-2 code, like {@code "US-NY"}. */
    @JsonValue
    public String code() {
        return code;
    }

    /** Returns the English name, like {@code "New York"}. */
    public String displayName() {
        return displayName;
    }

    /**
     * Returns the jurisdiction with the ISO 3166-2 code {@code code}, like {@code "US-TX"};
     * case-insensitive.
     *
     * @throws InvalidInputException if no US state or DC has that code
     */
    @JsonCreator
    public static Jurisdiction of(String code) {
        if (code != null) {
            String wanted = code.trim().toUpperCase(Locale.ROOT);
            for (Jurisdiction j : values()) {
                if (j.code.equals(wanted)) {
                    return j;
                }
            }
        }
        throw InvalidInputException.of("jurisdiction", "must be a US state or DC as an ISO 3166-2 code, like US-CA", code);
    }

    @Override
    public String toString() {
        return code;
    }
}
