package io.github.cetrack.core.json;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.Certificate;
import io.github.cetrack.core.Citation;
import io.github.cetrack.core.CycleRule;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.License;
import io.github.cetrack.core.LicenseType;
import io.github.cetrack.core.RenewalCycle;
import io.github.cetrack.core.Requirement;
import io.github.cetrack.core.RequirementSet;
import io.github.cetrack.core.store.EvaluationInput;
import io.github.cetrack.core.store.Holder;
import io.github.cetrack.core.store.SavedEvaluation;
import io.github.cetrack.core.store.StoredActivity;
import io.github.cetrack.core.store.StoredLicense;
import io.github.cetrack.core.store.Tenant;
import java.util.List;

/**
 * A Jackson module for cetrack's public types: snake_case field names and ISO dates (read only as
 * {@code "YYYY-MM-DD"} strings). Register it on
 * your own {@code ObjectMapper}, or use {@link CetrackJson#mapper()}, which also rejects unknown
 * fields and orders output deterministically.
 */
public final class CetrackModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    private static final List<Class<?>> TYPES = List.of(
            License.class, CeActivity.class, Certificate.class, RenewalCycle.class, CycleRule.class, Citation.class,
            LicenseType.class, RequirementSet.class, Evaluation.class, Evaluation.RequirementResult.class,
            Evaluation.ActivityResult.class, Evaluation.Finding.class,
            Requirement.TotalHours.class, Requirement.CategoryMinimum.class, Requirement.FormatCap.class,
            Requirement.CategoryCap.class, Requirement.LiveMinimum.class, Requirement.CarryOver.class,
            Requirement.AcceptedApprovals.class, Requirement.UnitEquivalence.class,
            Requirement.FirstCycleExemption.class, Requirement.ProratedTotal.class, Requirement.OneTime.class,
            Requirement.Periodic.class, Requirement.CategoryOverlap.class, Requirement.Note.class,
            Tenant.class, Holder.class, StoredLicense.class, StoredActivity.class, SavedEvaluation.class,
            EvaluationInput.class);

    /** Creates the module. */
    public CetrackModule() {
        super("cetrack");
        // Only "YYYY-MM-DD": no epoch-day numbers, date-times or trailing characters.
        addDeserializer(java.time.LocalDate.class, new io.github.cetrack.core.internal.IsoDates());
    }

    @Override
    public Iterable<? extends Module> getDependencies() {
        return List.of(new JavaTimeModule());
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        for (Class<?> type : TYPES) {
            context.setMixInAnnotations(type, SnakeCase.class);
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private abstract static class SnakeCase {}
}
