package io.github.cetrack.core;

/**
 * The normalized kind of practice behind a jurisdiction's own credential: a {@link LicenseType}
 * such as {@code US-CA LPCC} maps to {@link #PROFESSIONAL_COUNSELING}.
 */
public enum Profession {
    /** Clinical social work (LCSW and similar). */
    CLINICAL_SOCIAL_WORK,
    /** Professional or mental-health counseling (LPC, LPCC, LMHC). */
    PROFESSIONAL_COUNSELING,
    /** Marriage and family therapy (LMFT). */
    MARRIAGE_AND_FAMILY_THERAPY,
    /** Psychology (licensed psychologist). */
    PSYCHOLOGY
}
