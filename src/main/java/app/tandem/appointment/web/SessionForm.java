package app.tandem.appointment.web;

import app.tandem.appointment.Modality;
import app.tandem.appointment.internal.SessionDraft;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;

/** The therapist's form for a session or weekly series: local date and time in the practice's zone. */
record SessionForm(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        @DateTimeFormat(pattern = "H:mm") LocalTime time,
        Integer minutes,
        Modality modality,
        Integer weeks) {

    SessionDraft draft() {
        return new SessionDraft(date, time, minutes, modality, weeks);
    }
}
