package app.tandem.caseload.triage;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.caseload.CaseloadFixture;
import app.tandem.screening.RiskLevel;
import app.tandem.shared.CurrentUser;
import app.tandem.testing.CountingDataSource;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The caseload asks the database a fixed number of statements, whatever the number of clients (no N+1). */
@TandemIntegrationTest
@Import({CaseloadFixture.class, CountingDataSource.class})
class CaseloadQueryCountTest {

    @Autowired
    Triage triage;

    @Autowired
    TestData data;

    @Autowired
    CaseloadFixture fixture;

    @Test
    void theNumberOfStatementsDoesNotGrowWithTheCaseload() {
        CurrentUser small = therapistWithClients(3);
        CurrentUser large = therapistWithClients(30);

        int forThree = statementsFor(small, 3);
        int forThirty = statementsFor(large, 30);

        assertThat(forThree).as("statements for 3 clients").isPositive();
        assertThat(forThirty).as("statements for 30 clients").isEqualTo(forThree);
    }

    private int statementsFor(CurrentUser therapist, int expectedClients) {
        triage.caseload(therapist, CaseloadFilter.ALL, ""); // warm caches (chain head, instrument catalog)
        return CountingDataSource.count(() ->
                assertThat(triage.caseload(therapist, CaseloadFilter.ALL, "")).hasSize(expectedClients));
    }

    /** Every client has every kind of data: an alert, weekly scores, daily check-ins and missed homework. */
    private CurrentUser therapistWithClients(int count) {
        CurrentUser therapist = data.aTherapist(data.aPractice());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int i = 0; i < count; i++) {
            CurrentUser client = data.aClientOf(therapist);
            fixture.anAlert(client, RiskLevel.MODERATE);
            fixture.weeklyScores(client, "phq9", Instant.now().minus(Duration.ofDays(1)), 12, 14, 17);
            fixture.dailyMoods(client, today.minusDays(4), 7, 7, 6, 6, 5, 5, 4, 4);
            fixture.homework(therapist, client, today.minusDays(5));
        }
        return therapist;
    }
}
