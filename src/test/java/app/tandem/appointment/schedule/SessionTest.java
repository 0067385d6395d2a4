package app.tandem.appointment.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.appointment.Modality;
import app.tandem.appointment.SessionStatus;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionTest {

    static final Instant START = Instant.parse("2026-12-01T15:00:00Z");
    static final Instant BEFORE = START.minus(Duration.ofHours(1));
    static final Instant AFTER = START.plus(Duration.ofMinutes(5));

    static Session scheduled() {
        return new Session(
                UUID.randomUUID(),
                new PracticeId(UUID.randomUUID()),
                new UserId(UUID.randomUUID()),
                new UserId(UUID.randomUUID()),
                null,
                START,
                50,
                Modality.IN_PERSON,
                SessionStatus.SCHEDULED);
    }

    @Test
    void isMarkedAttendedOrNoShowOnlyOnceItHasStarted() {
        assertThatThrownBy(() -> scheduled().becoming(SessionStatus.ATTENDED, BEFORE))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> scheduled().becoming(SessionStatus.NO_SHOW, BEFORE))
                .isInstanceOf(IllegalStateException.class);
        assertThat(scheduled().becoming(SessionStatus.ATTENDED, START).status()).isEqualTo(SessionStatus.ATTENDED);
        assertThat(scheduled().becoming(SessionStatus.NO_SHOW, AFTER).status()).isEqualTo(SessionStatus.NO_SHOW);
    }

    @Test
    void canBeCancelledAnyTimeButScheduledAgainOnlyBeforeItStarts() {
        Session cancelled = scheduled().becoming(SessionStatus.CANCELLED, BEFORE);
        assertThat(cancelled.becoming(SessionStatus.SCHEDULED, BEFORE).status()).isEqualTo(SessionStatus.SCHEDULED);
        assertThatThrownBy(() -> cancelled.becoming(SessionStatus.SCHEDULED, AFTER))
                .isInstanceOf(IllegalStateException.class);
        assertThat(scheduled().becoming(SessionStatus.CANCELLED, AFTER).status())
                .as("a late cancellation")
                .isEqualTo(SessionStatus.CANCELLED);
    }

    @Test
    void theAgendaFreezesWhenTheSessionStartsOrIsCancelled() {
        assertThat(scheduled().agendaOpen(BEFORE)).isTrue();
        assertThat(scheduled().agendaOpen(START)).isFalse();
        assertThat(scheduled().agendaOpen(AFTER)).isFalse();
        assertThat(scheduled().becoming(SessionStatus.CANCELLED, BEFORE).agendaOpen(BEFORE))
                .isFalse();
    }

    @Test
    void movesOnlyBeforeItStarts() {
        Instant later = START.plus(Duration.ofDays(1));
        Session moved = scheduled().rescheduled(later, 60, Modality.VIDEO, BEFORE);
        assertThat(moved.startsAt()).isEqualTo(later);
        assertThat(moved.endsAt()).isEqualTo(later.plus(Duration.ofMinutes(60)));
        assertThatThrownBy(() -> scheduled().rescheduled(later, 60, Modality.VIDEO, AFTER))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void lastsTenToTwoHundredFortyMinutes() {
        assertThatThrownBy(() -> new Session(
                        UUID.randomUUID(),
                        null,
                        new UserId(UUID.randomUUID()),
                        null,
                        null,
                        START,
                        5,
                        Modality.VIDEO,
                        SessionStatus.SCHEDULED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
