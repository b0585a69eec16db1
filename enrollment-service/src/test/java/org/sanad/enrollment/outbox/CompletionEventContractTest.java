package org.sanad.enrollment.outbox;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.common.testing.contract.CompletionEventSamples.sizeLimit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanad.common.contract.CompletionEvent;
import org.sanad.common.testing.SanadTestEnvironment;
import org.sanad.enrollment.testing.FakePlatform;

/**
 * The producer's half of the completion contract: whatever enrollment-service can store in a column the
 * event carries fits the limit the shared {@link CompletionEvent} declares for it, so certification-service
 * (tested against the same limits) never refuses a completion for its size. Widening a column, or
 * narrowing the event, without the other fails here.
 */
@QuarkusTest
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "enrollment_test"))
@WithTestResource(value = FakePlatform.class, scope = TestResourceScope.MATCHING_RESOURCES)
class CompletionEventContractTest {

    private record Carried(String table, String column, Class<? extends Record> event, String field) {
    }

    private static final List<Carried> CARRIED = List.of(
            new Carried("participant", "given_name", CompletionEvent.Participant.class, "givenName"),
            new Carried("participant", "family_name", CompletionEvent.Participant.class, "familyName"),
            new Carried("participant", "institution", CompletionEvent.Participant.class, "institution"),
            new Carried("participant", "service_number", CompletionEvent.Participant.class, "serviceNumber"),
            new Carried("participant", "account", CompletionEvent.Participant.class, "account"),
            new Carried("cohort", "code", CompletionEvent.Cohort.class, "code"),
            new Carried("cohort", "host_institution", CompletionEvent.Cohort.class, "hostInstitution"),
            new Carried("cohort", "location", CompletionEvent.Cohort.class, "location"),
            new Carried("cohort", "programme_code", CompletionEvent.Programme.class, "code"),
            new Carried("cohort", "programme_title", CompletionEvent.Programme.class, "title"));

    @Inject
    AgroalDataSource database;

    @Test
    void everyColumnTheEventCarriesFitsTheEventsLimit() throws Exception {
        List<String> overflows = new ArrayList<>();
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT data_type, character_maximum_length AS length"
                        + " FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? AND column_name = ?")) {
            for (Carried carried : CARRIED) {
                query.setString(1, carried.table());
                query.setString(2, carried.column());
                try (ResultSet column = query.executeQuery()) {
                    assertTrue(column.next(), carried.table() + "." + carried.column() + " does not exist");
                    int limit = sizeLimit(carried.event(), carried.field());
                    int length = column.getInt("length");
                    if (column.wasNull() || length > limit) {
                        overflows.add(carried.table() + "." + carried.column() + " holds " + (column.wasNull()
                                ? "unbounded " + column.getString("data_type") : length) + " characters, but "
                                + carried.event().getSimpleName() + "." + carried.field() + " accepts " + limit);
                    }
                }
            }
        }
        assertTrue(overflows.isEmpty(), String.join("\n", overflows));
    }
}
