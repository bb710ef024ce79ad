package io.github.cetrack.benchmarks;

import io.github.cetrack.catalog.Catalog;
import io.github.cetrack.catalog.EvaluationRequest;
import io.github.cetrack.core.ActivityKind;
import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.DeliveryFormat;
import io.github.cetrack.core.HourUnit;
import io.github.cetrack.core.License;
import io.github.cetrack.core.LicenseType;
import io.github.cetrack.core.Requirement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Realistic, reproducible licences with activities across every licence type in the catalogue:
 * the topics, approvals and formats each board cares about, some hours outside the cycle, over
 * caps, from unaccepted providers or in units without an equivalence.
 */
public final class Workload {

    private static final String[] TITLES = {"Trauma-informed care", "Ethics in practice", "Motivational interviewing",
        "Suicide risk assessment", "Telehealth law", "Cultural humility", "DBT skills", "Supervision update"};
    private static final String[] PROVIDERS = {"PESI", "NASW", "CAMFT", "Relias", "APA", "TCA"};
    private static final String[] APPROVALS = {"apa", "aswb_ace", "nbcc", "camft", "nasw_ca", "nysed",
        "bhec_listed_provider", "cpa"};

    private final List<LicenseType> types;
    private final List<List<String>> topics = new ArrayList<>();

    /** Prepares licences of every type in {@code catalog} whose renewals from 2025 to 2027 it covers. */
    public Workload(Catalog catalog) {
        this.types = catalog.licenseTypes().stream().filter(type -> coversRenewals(catalog, type)).toList();
        for (LicenseType type : types) {
            // The topics that the categories of the type's boards stand for.
            Set<String> served = new TreeSet<>();
            for (String role : List.of("", "supervisor", "telehealth")) {
                var set = catalog.requirements(type, LocalDate.of(2026, 6, 30), role.isEmpty() ? Set.of() : Set.of(role));
                set.all(Requirement.CategoryMinimum.class).forEach(m -> served.addAll(m.topics()));
                set.all(Requirement.OneTime.class).forEach(m -> served.addAll(m.topics()));
            }
            topics.add(new ArrayList<>(served));
        }
    }

    // Some states' rules are not known for every cycle (a rule text that could not be read is a gap
    // the catalogue refuses); the workload keeps to types it can evaluate throughout.
    private static boolean coversRenewals(Catalog catalog, LicenseType type) {
        for (YearMonth month = YearMonth.of(2025, 1); month.getYear() < 2028; month = month.plusMonths(1)) {
            LocalDate due = month.atEndOfMonth();
            License probe = License.of(type.jurisdiction(), type.code(), due.minusYears(18)).withExpiresOn(due);
            LocalDate end = catalog.cycleRule(type, due).rule().cycleForRenewal(probe, due).end();
            if (catalog.requirements(type, end, Set.of()).all(Requirement.TotalHours.class).findAny().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Returns the {@code index}-th licence with {@code activities} activities; the same index gives the same request. */
    public EvaluationRequest request(long index, int activities) {
        Random random = new Random(index * 7919 + 17);
        int t = (int) (index % types.size());
        LicenseType type = types.get(t);
        // Renewal dates from 2025 to 2027, which the constructor checked are covered.
        LocalDate expires = LocalDate.of(2025, 1, 1).plusMonths(random.nextInt(36)).plusMonths(1).withDayOfMonth(1)
                .minusDays(1);
        License license = License.of(type.jurisdiction(), type.code(), expires.minusYears(3 + random.nextInt(15)))
                .withExpiresOn(expires).withNumber("L" + index)
                .withRoles(random.nextInt(4) == 0 ? Set.of("supervisor") : Set.of());
        List<CeActivity> list = new ArrayList<>(activities);
        List<String> tagged = topics.get(t);
        for (int i = 0; i < activities; i++) {
            LocalDate done = expires.minusDays(random.nextInt(900));
            CeActivity a = CeActivity.of(TITLES[random.nextInt(TITLES.length)], PROVIDERS[random.nextInt(PROVIDERS.length)],
                    done, BigDecimal.valueOf(1 + random.nextInt(12), random.nextInt(3) == 0 ? 1 : 0),
                    DeliveryFormat.values()[random.nextInt(3)]).withId("a" + i);
            if (!tagged.isEmpty() && random.nextInt(3) == 0) {
                a = a.withTopics(Set.of(tagged.get(random.nextInt(tagged.size()))));
            }
            a = a.withApprovals(new TreeSet<>(List.of(APPROVALS[random.nextInt(APPROVALS.length)],
                    APPROVALS[random.nextInt(APPROVALS.length)])));
            if (random.nextInt(25) == 0) {
                a = a.withHours(BigDecimal.ONE, HourUnit.CEU);
            }
            if (random.nextInt(20) == 0) {
                a = a.withKind(ActivityKind.CONFERENCE);
            }
            list.add(a);
        }
        return EvaluationRequest.of(license, list);
    }

    /** Returns {@code count} requests starting at index 0. */
    public List<EvaluationRequest> requests(int count, int activities) {
        List<EvaluationRequest> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(request(i, activities));
        }
        return out;
    }
}
