package app.tandem.appointment.internal;

import app.tandem.appointment.Modality;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What a therapist enters for a session or a weekly series: the local date and time in the practice's zone, the
 * length, how it takes place, and how many weeks (1 = a single session). Nulls are refused by the service.
 */
public record SessionDraft(LocalDate date, LocalTime time, Integer minutes, Modality modality, Integer weeks) {}
