package io.github.cetrack.examples.platform;

import io.github.cetrack.catalog.ComplianceEngine;
import io.github.cetrack.core.ActivityKind;
import io.github.cetrack.core.CeActivity;
import io.github.cetrack.core.DeliveryFormat;
import io.github.cetrack.core.License;
import io.github.cetrack.core.LicenseType;
import io.github.cetrack.core.Profession;
import io.github.cetrack.core.RenewalCycle;
import io.github.cetrack.core.Requirement;
import io.github.cetrack.core.store.StoredLicense;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * A CE provider's learners, made up but plausible and reproducible: learner {@code i} of seed
 * {@code s} is always the same person with the same licences and activities, whichever thread
 * makes it, so a roster of any size can be generated in parallel without being held in memory.
 */
final class Roster {

    /** One learner: a clinician with licences in one or more states and the CE they took. */
    record Learner(String id, String name, List<StoredLicense> licenses, List<CeActivity> activities) {}

    // A licence being generated, with what its activities are made from.
    private record Held(StoredLicense stored, LicenseType type, RenewalCycle cycle) {}

    private static final String[] FIRST = {"Ana", "Ben", "Carla", "Dev", "Elena", "Farid", "Grace", "Hiro", "Imani",
        "Jon", "Keisha", "Luis", "Maya", "Noah", "Olu", "Priya", "Quinn", "Rosa", "Sam", "Tariq", "Uma", "Vera", "Wes",
        "Xin", "Yara", "Zoe"};
    private static final String[] LAST = {"Alvarez", "Brooks", "Chen", "Diaz", "Edwards", "Foster", "Garcia", "Hughes",
        "Iqbal", "Johnson", "Kim", "Lopez", "Morgan", "Nguyen", "Okafor", "Patel", "Quist", "Rivera", "Singh", "Taylor",
        "Usman", "Vance", "Williams", "Xu", "Young", "Zimmer"};
    private static final String[] TITLES = {"Trauma-informed care", "Motivational interviewing", "CBT for anxiety",
        "DBT skills training", "Working with couples", "Grief and loss", "Substance use disorders", "Child and adolescent"
            + " assessment", "Mindfulness in therapy", "Documentation that protects you", "Treating insomnia",
        "Eating disorders update", "Play therapy foundations", "Group facilitation"};
    private static final String[] PROVIDERS = {"PESI", "NASW", "CAMFT", "Relias", "APA", "Psychwire", "CE4Less",
        "TCA", "NYSPA", "Beck Institute"};
    // National approvals by profession; courses for states whose boards list their own providers
    // mostly carry that state's approval too. Now and then a course has neither.
    private static final Map<Profession, List<String>> APPROVALS = new EnumMap<>(Map.of(
            Profession.CLINICAL_SOCIAL_WORK, List.of("aswb_ace", "nasw"),
            Profession.PROFESSIONAL_COUNSELING, List.of("nbcc", "apa"),
            Profession.MARRIAGE_AND_FAMILY_THERAPY, List.of("camft", "aswb_ace"),
            Profession.PSYCHOLOGY, List.of("apa", "cpa")));
    private static final Map<String, String> STATE_APPROVALS = Map.of("US-NY", "nysed", "US-TX", "bhec_listed_provider");
    private static final int[] LICENSE_ODDS = {55, 30, 10, 5};

    private final ComplianceEngine engine;
    private final long seed;
    private final Map<Profession, List<LicenseType>> byProfession = new EnumMap<>(Profession.class);
    // Per licence type, the categories its board names: a course is written for one of them.
    private final Map<String, List<String>> categories = new HashMap<>();
    // Per licence type and category, the topics that serve it (what a course for it is tagged with).
    private final Map<String, Set<String>> topics = new HashMap<>();
    private final int states;

    Roster(ComplianceEngine engine, long seed) {
        this.engine = engine;
        this.seed = seed;
        for (LicenseType type : engine.catalog().licenseTypes()) {
            byProfession.computeIfAbsent(type.profession(), p -> new ArrayList<>()).add(type);
            Set<String> codes = new TreeSet<>();
            var set = engine.catalog().requirements(type, LocalDate.of(2026, 6, 30), Set.of());
            set.all(Requirement.CategoryMinimum.class).forEach(m -> serve(type, codes, m.category(), m.topics()));
            set.all(Requirement.OneTime.class).forEach(m -> serve(type, codes, m.category(), m.topics()));
            set.all(Requirement.Periodic.class).forEach(m -> serve(type, codes, m.category(), m.topics()));
            categories.put(type.key(), List.copyOf(codes));
        }
        // A learner holds one licence a state, in one profession: no more than its fewest states.
        this.states = byProfession.values().stream()
                .mapToInt(types -> (int) types.stream().map(LicenseType::jurisdiction).distinct().count()).min().orElse(1);
    }

    private void serve(LicenseType type, Set<String> codes, String category, Set<String> served) {
        codes.add(category);
        topics.put(type.key() + " " + category, served);
    }

    /** Returns how many licences learner {@code index} holds: most often 1, rarely as many as there are states. */
    int licenseCount(long index) {
        int roll = random(index, 1).nextInt(100);
        int n = 0;
        while (roll >= LICENSE_ODDS[n]) {
            roll -= LICENSE_ODDS[n++];
        }
        return Math.min(n + 1, states);
    }

    /** Returns learner {@code index} with at most {@code maxLicences} licences (a cut-off roster's last learner). */
    Learner learner(long index, int maxLicenses) {
        Random random = random(index, 2);
        String id = String.format(Locale.ROOT, "L%08d", index + 1);
        String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        List<Held> held = licenses(random, id, name, Math.min(maxLicenses, licenseCount(index)));
        int count = 5 + random.nextInt(26);
        List<CeActivity> activities = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            activities.add(activity(random, held.get(random.nextInt(held.size())), id + "-a" + (i + 1)));
        }
        // The order the store reads them back in, so that both sources give identical output.
        activities.sort(Comparator.comparing(CeActivity::completedOn).thenComparing(CeActivity::id));
        return new Learner(id, name, held.stream().map(Held::stored).toList(), List.copyOf(activities));
    }

    // One profession, a different state for each licence: how clinicians who practise across state lines are licensed.
    private List<Held> licenses(Random random, String id, String name, int count) {
        List<Profession> professions = new ArrayList<>(byProfession.keySet());
        List<LicenseType> types = new ArrayList<>(byProfession.get(professions.get(random.nextInt(professions.size()))));
        java.util.Collections.shuffle(types, random);
        List<Held> licenses = new ArrayList<>();
        Set<String> states = new TreeSet<>();
        for (LicenseType type : types) {
            if (licenses.size() == count) {
                break;
            }
            if (states.add(type.jurisdiction().code())) {
                // Expiring from mid-2025 to mid-2027: cycles the whole catalogue covers.
                LocalDate expires = LocalDate.of(2025, 7, 1).plusMonths(random.nextInt(24)).plusMonths(1)
                        .withDayOfMonth(1).minusDays(1);
                LocalDate issued = expires.minusYears(1 + random.nextInt(20)).minusDays(random.nextInt(200));
                String number = String.valueOf(10_000 + random.nextInt(90_000));
                Set<String> roles = random.nextInt(6) == 0 ? Set.of("supervisor") : Set.of();
                License license = license(type, name, issued, expires, number, roles);
                // Some boards' first cycles are outside the catalogue: such a licensee was licensed earlier.
                if (!covered(license)) {
                    license = license(type, name, expires.minusYears(5), expires, number, roles);
                }
                if (!covered(license)) {
                    states.remove(type.jurisdiction().code());
                    continue;
                }
                licenses.add(new Held(StoredLicense.of(id + "-" + type.jurisdiction().code().toLowerCase(Locale.ROOT)
                        + "-" + type.code().toLowerCase(Locale.ROOT), id, license), type, engine.currentCycle(license)));
            }
        }
        // Ordered by id, as the store lists them.
        licenses.sort(Comparator.comparing(h -> h.stored().id()));
        return licenses;
    }

    private static License license(LicenseType type, String holder, LocalDate issued, LocalDate expires, String number,
            Set<String> roles) {
        return License.of(type.jurisdiction(), type.code(), issued).withHolder(holder).withExpiresOn(expires)
                .withNumber(number).withRoles(roles);
    }

    /** Returns whether the catalogue evaluates {@code license} rather than refusing it as not covered. */
    boolean covered(License license) {
        try {
            engine.evaluate(license, List.of());
            return true;
        } catch (io.github.cetrack.core.InvalidInputException notCovered) {
            return false;
        }
    }

    private CeActivity activity(Random random, Held held, String id) {
        RenewalCycle cycle = held.cycle();
        LocalDate done = cycle.start().plusDays(random.nextInt((int) Math.max(1, cycle.days())));
        List<String> codes = categories.get(held.type().key());
        String category = !codes.isEmpty() && random.nextInt(2) == 0 ? codes.get(random.nextInt(codes.size())) : null;
        String title = category == null ? TITLES[random.nextInt(TITLES.length)] : title(category);
        BigDecimal hours = random.nextInt(4) == 0 ? BigDecimal.valueOf(15 + 10L * random.nextInt(6), 1)
                : BigDecimal.valueOf(category == null ? 1 + random.nextInt(8) : 2 + random.nextInt(5));
        List<String> national = APPROVALS.get(held.type().profession());
        Set<String> approvals = new TreeSet<>();
        if (random.nextInt(15) > 0) {
            approvals.add(national.get(random.nextInt(national.size())));
            String state = STATE_APPROVALS.get(held.type().jurisdiction().code());
            if (state != null && random.nextInt(100) < 85) {
                approvals.add(state);
            }
        } else {
            // An approval no board of the catalogue accepts.
            approvals.add("apt");
        }
        CeActivity a = CeActivity.of(title, PROVIDERS[random.nextInt(PROVIDERS.length)], done, hours,
                        DeliveryFormat.values()[random.nextInt(DeliveryFormat.values().length)])
                .withId(id).withApprovals(approvals);
        if (category != null) {
            a = a.withTopics(topics.get(held.type().key() + " " + category));
        }
        return random.nextInt(20) == 0 ? a.withKind(ActivityKind.CONFERENCE) : a;
    }

    // "law_and_ethics" -> "Law and ethics: update for clinicians"
    private static String title(String category) {
        String words = category.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + ": update for clinicians";
    }

    // Independent streams per learner and purpose, so that a learner does not depend on its neighbours.
    private Random random(long index, int purpose) {
        return new Random(seed * 0x9E3779B97F4A7C15L + index * 31 + purpose);
    }
}
