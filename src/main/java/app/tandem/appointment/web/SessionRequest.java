package app.tandem.appointment.web;

import app.tandem.appointment.Modality;
import app.tandem.appointment.internal.SessionDraft;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A session or weekly series to schedule: local date and time in the practice's zone; weeks 1 (default) to 52. */
record SessionRequest(
        UUID clientId, LocalDate date, LocalTime time, Integer minutes, Modality modality, Integer weeks) {

    SessionDraft draft() {
        return new SessionDraft(date, time, minutes, modality, weeks);
    }
}
