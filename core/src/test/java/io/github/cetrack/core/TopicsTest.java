package io.github.cetrack.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void aTopicMeansItselfAnAliasItsTopicsAndAnUnknownCodeNothing() {
        assertThat(Topics.meaning("ethics")).containsExactly("ethics");
        assertThat(Topics.meaning("law_and_ethics")).containsExactly("ethics", "laws_and_rules");
        assertThat(Topics.meaning("technology_assisted_services")).containsExactly("telehealth");
        assertThat(Topics.meaning("foo_bar")).isEmpty();
    }

    @Test
    void aTypoIsRefusedWithTheNearestTopic() {
        assertThat(Topics.problem("suicide_prevention")).isNull();
        assertThat(Topics.problem("suicide_risk_asessment"))
                .isEqualTo("is not a known topic; did you mean suicide_prevention? (`cetrack catalog topics` lists them)");
        assertThat(Topics.problem("zzzzzzzzzzzz")).isEqualTo("is not a known topic (`cetrack catalog topics` lists them)");
    }

    @Test
    void anUnknownApprovalIsRefusedWithTheNearestApproval() {
        assertThat(Approvals.problem("nbcc")).isNull();
        assertThat(Approvals.problem("aswb")).startsWith("is not a known provider approval; did you mean aswb_ace?");
        assertThat(Approvals.find("nysed")).map(Approval::jurisdiction).contains(Jurisdiction.US_NY);
    }
}
