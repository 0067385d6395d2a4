package app.tandem.habit.need;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.caseload.CaseloadFixture;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.workspace.NeedFact;
import app.tandem.shared.workspace.NeedKind;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

@TandemIntegrationTest
@Import(CaseloadFixture.class)
class HomeworkNeedsTest {

    @Autowired
    HomeworkNeeds needs;

    @Autowired
    CaseloadFixture fixture;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Test
    void homeworkPastItsDueDayAndNotDoneIsAReason() {
        CurrentUser therapist = data.aTherapist(data.aPractice());
        CurrentUser client = data.aClientOf(therapist);
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        fixture.homework(therapist, client, today.minusDays(3));
        fixture.homework(therapist, client, today.minusDays(1));
        fixture.homework(therapist, client, today);

        List<NeedFact> facts =
                needs.factsFor(List.of(client.id()), Instant.now()).get(client.id());

        assertThat(facts).hasSize(1);
        NeedFact fact = facts.get(0);
        assertThat(fact.kind()).isEqualTo(NeedKind.HOMEWORK_MISSED);
        assertThat(fact.severity()).as("two items").isEqualTo(2);
        assertThat(fact.text())
                .isEqualTo("2 homework items past due and not done (oldest due " + today.minusDays(3) + ")");
        assertThat(fact.link()).isEqualTo("/therapist/clients/" + client.id().value() + "#homework");
    }

    @Test
    void homeworkDoneOrDueTodayIsNoReason() {
        CurrentUser therapist = data.aTherapist(data.aPractice());
        CurrentUser client = data.aClientOf(therapist);
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
        var done = fixture.homework(therapist, client, today.minusDays(2));
        jdbc.sql("UPDATE habit SET finished_at = CURRENT_TIMESTAMP WHERE id = ?")
                .param(done)
                .update();
        fixture.homework(therapist, client, today);

        assertThat(needs.factsFor(List.of(client.id()), Instant.now())).isEmpty();
    }
}
