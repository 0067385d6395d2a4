package app.tandem.safety.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.safety.SafetyOutcome;
import app.tandem.screening.RiskLevel;
import app.tandem.shared.CurrentUser;
import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@TandemIntegrationTest
@Import(AlertFixture.class)
class SafetyPlanOpeningsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    AlertFixture alerts;

    @Test
    void openingTheSafetyPlanDuringAnOpenAlertIsRecordedOnTheAlert() throws Exception {
        CurrentUser client = data.aClientOf(data.aTherapist(data.aPractice()));
        SafetyOutcome outcome = alerts.signal(client, RiskLevel.MODERATE);

        mvc.perform(get("/client/safety-plan").with(SignedIn.as(client))).andExpect(status().isOk());

        assertThat(alerts.chainCount(outcome.alertId(), "SAFETY_PLAN_OPENED")).isEqualTo(1);
    }

    @Test
    void openingItWithoutAnOpenAlertRecordsNothingAnywhere() throws Exception {
        CurrentUser client = data.aClientOf(data.aTherapist(data.aPractice()));
        mvc.perform(get("/client/safety-plan").with(SignedIn.as(client))).andExpect(status().isOk());
        SafetyOutcome later = alerts.signal(client, RiskLevel.LOW);
        assertThat(alerts.chainCount(later.alertId(), "SAFETY_PLAN_OPENED")).isZero();
    }
}
