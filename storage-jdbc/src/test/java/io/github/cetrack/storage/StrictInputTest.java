package io.github.cetrack.storage;

import static io.github.cetrack.storage.Fixtures.caLcsw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cetrack.core.InvalidInputException;
import io.github.cetrack.core.store.Holder;
import io.github.cetrack.core.store.ImportFormat;
import io.github.cetrack.core.store.Records;
import io.github.cetrack.core.store.StoredActivity;
import io.github.cetrack.core.store.StoredLicense;
import io.github.cetrack.core.store.Tenant;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Input errors found before the database, on every database: refused the same way, nothing written. */
class StrictInputTest {

    @ParameterizedTest
    @EnumSource(Db.class)
    void aTenantIdWithATrailingSpaceIsRefusedEvenWhereTheCollationWouldFindTheTenant(Db db) {
        Records acme = db.newTenant();
        JdbcStore store = db.shared();
        String padded = acme.tenantId() + " ";
        assertThatThrownBy(() -> store.records(padded)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("invalid input: tenant_id: must be 1 to 64 letters");
        assertThatThrownBy(() -> store.tenant(padded)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> store.records(null)).isInstanceOf(InvalidInputException.class)
                .hasMessage("invalid input: tenant_id: is required");
        assertThat(store.records(acme.tenantId()).tenantId()).isEqualTo(acme.tenantId());
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void recordIdsWithATrailingSpaceAreRefusedBeforeAnyQuery(Db db) {
        Records r = db.newTenant();
        r.save(Holder.of("sam", "Sam Lee"));
        r.save(StoredLicense.of("ca", "sam", caLcsw()));
        assertThatThrownBy(() -> r.holder("sam ")).isInstanceOf(InvalidInputException.class).hasMessageContaining("holder_id");
        assertThatThrownBy(() -> r.license("ca ")).isInstanceOf(InvalidInputException.class).hasMessageContaining("license_id");
        assertThatThrownBy(() -> r.licensesOf("sam ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> r.evaluationInput("ca ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> r.activity("x\u001b")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> r.certificate("A".repeat(64) + " ")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("sha256: must be 64 lower-case hex digits");
        assertThat(r.holder("sam")).isPresent();
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void rolesTooLongForTheirColumnAreAnInputErrorAndNothingIsWritten(Db db) {
        Records r = db.newTenant();
        r.save(Holder.of("sam", "Sam Lee"));
        Set<String> roles = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            roles.add("role_number_" + i);
        }
        assertThatThrownBy(() -> r.save(StoredLicense.of("ca", "sam", caLcsw().withRoles(roles))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("invalid input: license.roles: must fit in 1000 characters when joined with commas");
        assertThat(r.licenses()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Db.class)
    void unmappedTopicsTooLongForTheirColumnAreAnInputError(Db db) {
        Records r = db.newTenant();
        r.save(Holder.of("sam", "Sam Lee"));
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            codes.add("old_category_" + i);
        }
        assertThatThrownBy(() -> r.save(StoredActivity.of("sam", Fixtures.ethics("a1")).withUnmappedTopics(codes)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("activity.unmapped_topics: must fit in 1000");
        assertThat(r.activitiesOf("sam")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Db.class, names = "H2_MEMORY")
    void aFileThatIsNotUtf8IsAnInputErrorNamingTheLine(Db db) {
        Records r = db.newTenant();
        r.save(Holder.of("sam", "Sam Lee"));
        byte[] latin1 = ("title,provider,completed_on,hours,format\nEthics,CAMFT,2025-02-01,6,in_person\n"
                + "Caf\u00e9 ethics,CAMFT,2025-02-01,6,in_person\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> r.importActivities("sam", utf8(latin1), ImportFormat.CSV))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("invalid input: line 3: must be UTF-8 text (save the file as UTF-8)");
        byte[] json = "[{\"title\": \"Caf\u00e9\"}]".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> r.importActivities("sam", utf8(json), ImportFormat.JSON))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("json: must be UTF-8 text");
        assertThat(r.activitiesOf("sam")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Db.class, names = "H2_MEMORY")
    void importsRefuseRepeatedKeysControlCharactersAndCoercions(Db db) {
        Records r = db.newTenant();
        r.save(Holder.of("sam", "Sam Lee"));
        String good = "{\"title\": \"Ethics\", \"provider\": \"CAMFT\", \"completed_on\": \"2025-02-01\", \"hours\": 6,"
                + " \"format\": \"in_person\"";
        assertThatThrownBy(() -> importJson(r, good + ", \"hours\": 9999}"))
                .hasMessage("invalid input: [0].hours: must appear only once in its object");
        assertThatThrownBy(() -> importJson(r, good.replace("\"2025-02-01\"", "20120") + "}"))
                .hasMessageContaining("line 1: completed_on: must be a date (YYYY-MM-DD)");
        assertThatThrownBy(() -> importJson(r, good.replace("Ethics", "Ethics\\u001b[32mCOMPLIANT") + "}"))
                .hasMessageContaining("line 1: title: must not contain control characters")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u001b"));
        String csv = "title,provider,completed_on,hours,format\n\"Ethics\u001b[2J\",CAMFT,2025-02-01,6,in_person\n";
        assertThatThrownBy(() -> r.importActivities("sam", new StringReader(csv), ImportFormat.CSV))
                .hasMessageContaining("line 2: title: must not contain control characters");
        assertThat(r.importActivities("sam", new StringReader("[" + good + "}]"), ImportFormat.JSON)).hasSize(1);
    }

    private static void importJson(Records r, String activity) {
        r.importActivities("sam", new StringReader("[" + activity + "]"), ImportFormat.JSON);
    }

    private static InputStreamReader utf8(byte[] bytes) {
        return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder());
    }

    @ParameterizedTest
    @EnumSource(value = Db.class, names = "H2_MEMORY")
    void aTenantNameWithAnEscapeSequenceIsRefused(Db db) {
        assertThatThrownBy(() -> db.shared().createTenant(Tenant.of("esc", "Acme\u001b[2J")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("name: must not contain control characters");
        assertThat(db.shared().tenant("esc")).isEmpty();
    }
}
