package app.tandem.safety.alert;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.safety.SafetyNet;
import app.tandem.safety.SafetyOutcome;
import app.tandem.safety.SignalSource;
import app.tandem.screening.RiskLevel;
import app.tandem.shared.CurrentUser;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Risk said in words no rule knows reaches a person like any other signal: the alert names the word model's
 * finding and the words that weighed, and a private entry shares only the sentence it points at.
 */
@TandemIntegrationTest
class WordEvidenceSignalTest {

    static final String NO_RULE_KNOWS = "Long week at the shop. Honestly the only thing I keep thinking about lately is"
            + " how quiet everything would be if I just wasn't around for any of it anymore. Mum rang, we talked about"
            + " the garden.";

    @Autowired
    SafetyNet safetyNet;

    @Autowired
    AlertRepository alerts;

    @Autowired
    TestData data;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aPrivateEntryThatOnlyTheWordsFlagRaisesAnAlertThatNamesThemAndSharesOneSentence() {
        CurrentUser therapist = data.aTherapist(data.aPractice());
        CurrentUser client = data.aClientOf(therapist);
        SignalSource source =
                new SignalSource("journal-entry", UUID.randomUUID().toString(), "Journal entry", true);

        SafetyOutcome outcome = new TransactionTemplate(transactions)
                .execute(status -> safetyNet.screenText(client.id(), client.practiceId(), source, NO_RULE_KNOWS));

        assertThat(outcome.level()).isGreaterThanOrEqualTo(RiskLevel.LOW);
        assertThat(outcome.alertId()).isNotNull();
        assertThat(alerts.signals(outcome.alertId())).singleElement().satisfies(signal -> {
            assertThat(signal.reasons()).anyMatch(r -> r.startsWith("words.resemble-risk") && r.contains("word: \""));
            assertThat(signal.excerpt())
                    .contains("wasn't around")
                    .doesNotContain("shop")
                    .doesNotContain("garden");
        });
    }
}
