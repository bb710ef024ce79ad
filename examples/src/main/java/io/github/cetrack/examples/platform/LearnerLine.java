package io.github.cetrack.examples.platform;

import io.github.cetrack.core.Evaluation.RequirementResult;
import io.github.cetrack.core.Evaluation;
import io.github.cetrack.core.RenewalCycle;
import io.github.cetrack.examples.cli.Render;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line of {@code learners.jsonl}: a learner and, per licence, its status and what is missing.
 *
 * @param id the learner's id
 * @param name the learner's name
 * @param licenses one entry per licence, in the roster's order
 */
record LearnerLine(String id, String name, List<LicenseResult> licenses) {

    /** A licence's outcome; {@code missing} is empty unless it is incomplete. */
    record LicenseResult(String licenseId, String jurisdiction, String type, String cycle, String status,
            List<Missing> missing) {}

    /**
     * One requirement not yet met: {@code kind} and {@code category} as in the evaluation (the
     * ranking's key), the hours short, and the same in plain words.
     */
    record Missing(String kind, String category, BigDecimal hours, String text) {}

    static LearnerLine of(Roster.Learner learner, List<Evaluation> evaluations) {
        List<LicenseResult> licenses = new ArrayList<>(evaluations.size());
        for (int i = 0; i < evaluations.size(); i++) {
            Evaluation e = evaluations.get(i);
            RenewalCycle c = e.cycle();
            licenses.add(new LicenseResult(learner.licenses().get(i).id(), e.license().jurisdiction().code(),
                    e.license().licenseType(), c.start() + "/" + c.end(), e.status().name().toLowerCase(Locale.ROOT),
                    missing(e)));
        }
        return new LearnerLine(learner.id(), learner.name(), licenses);
    }

    static List<Missing> missing(Evaluation e) {
        List<Missing> out = new ArrayList<>();
        for (RequirementResult r : e.requirements()) {
            if (!r.isMet()) {
                out.add(new Missing(r.kind().code(), r.category(), new BigDecimal(Render.num(r.remaining())), words(r)));
            }
        }
        return out;
    }

    /** {@code "3 more hours of law and ethics"}, {@code "1 more hour in total"}. */
    static String words(RequirementResult r) {
        String amount = Render.num(r.remaining()) + (r.remaining().compareTo(BigDecimal.ONE) == 0 ? " more hour" : " more hours");
        return amount + switch (r.kind()) {
            case TOTAL_HOURS -> " in total";
            case LIVE_MINIMUM -> " of live (in-person or live online) CE";
            case ACCEPTED_APPROVALS -> " from providers the board accepts";
            default -> " of " + Render.name(r);
        };
    }
}
