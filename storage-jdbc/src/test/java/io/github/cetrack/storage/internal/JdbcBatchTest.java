package io.github.cetrack.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How {@link JdbcBatch} turns a statement's named parameters into positions. */
class JdbcBatchTest {

    @Test
    void namesWithDigitsAndRepeatsBecomeEveryPositionTheyHold() {
        JdbcBatch.Statement s = JdbcBatch.Statement.of("insert into x (a, sha256, b) values (:t, :certificate_sha256, :t)");

        assertThat(s.sql()).isEqualTo("insert into x (a, sha256, b) values (?, ?, ?)");
        assertThat(s.positions()).containsOnlyKeys("t", "certificate_sha256");
        assertThat(s.positions().get("t")).containsExactly(1, 3);
        assertThat(s.positions().get("certificate_sha256")).containsExactly(2);
    }

    @Test
    void theActivityInsertHasAPositionForEveryColumnItNames() {
        JdbcBatch.Statement s = JdbcBatch.Statement.of(Activities.INSERT);

        assertThat(s.sql()).doesNotContain(":");
        assertThat(s.positions()).hasSize(18);
        assertThat(s.sql().chars().filter(c -> c == '?').count()).isEqualTo(18);
    }
}
