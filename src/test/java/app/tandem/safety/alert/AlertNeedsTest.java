package app.tandem.safety.alert;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.caseload.CaseloadFixture;
import app.tandem.screening.RiskLevel;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.workspace.NeedFact;
import app.tandem.shared.workspace.NeedKind;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@TandemIntegrationTest
@Import(CaseloadFixture.class)
class AlertNeedsTest {

    @Autowired
    AlertNeeds needs;

    @Autowired
    CaseloadFixture fixture;

    @Autowired
    TestData data;

    @Test
    void anOpenAlertIsAReasonWithItsLevelAndTimeToDeadline() {
        CurrentUser therapist = data.aTherapist(data.aPractice());
        CurrentUser high = data.aClientOf(therapist);
        CurrentUser low = data.aClientOf(therapist);
        CurrentUser calm = data.aClientOf(therapist);
        fixture.anAlert(high, RiskLevel.HIGH);
        fixture.anAlert(low, RiskLevel.LOW);

        Map<app.tandem.shared.UserId, List<NeedFact>> facts =
                needs.factsFor(List.of(high.id(), low.id(), calm.id()), Instant.now());

        assertThat(facts).doesNotContainKey(calm.id());
        NeedFact highFact = facts.get(high.id()).get(0);
        assertThat(highFact.kind()).isEqualTo(NeedKind.OPEN_ALERT);
        assertThat(highFact.severity()).isEqualTo(3);
        assertThat(highFact.text()).startsWith("High risk alert open, respond within");
        assertThat(highFact.link()).startsWith("/therapist/alerts/");
        assertThat(facts.get(low.id()).get(0).severity()).isEqualTo(1);
    }

    @Test
    void anOverdueAlertSaysHowLongOverdueAndCountsOneStepMore() {
        CurrentUser therapist = data.aTherapist(data.aPractice());
        CurrentUser client = data.aClientOf(therapist);
        fixture.anAlert(client, RiskLevel.MODERATE);

        NeedFact later = needs.factsFor(List.of(client.id()), Instant.now().plus(Duration.ofDays(3)))
                .get(client.id())
                .get(0);

        assertThat(later.severity()).isEqualTo(3);
        assertThat(later.text())
                .contains("Moderate risk alert open, response overdue by")
                .endsWith("days");
    }
}
