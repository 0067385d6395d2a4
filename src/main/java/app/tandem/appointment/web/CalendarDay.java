package app.tandem.appointment.web;

import app.tandem.booking.BookedConsultation;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** One day of the therapist's sessions page: the sessions and booked consultations that start on it. */
public record CalendarDay(LocalDate date, List<SessionRow> sessions, List<Consultation> consultations) {

    /** A booked consultation with its start in the practice's zone. */
    public record Consultation(BookedConsultation booking, ZonedDateTime local) {}

    public boolean empty() {
        return sessions.isEmpty() && consultations.isEmpty();
    }

    /** Fourteen days from {@code monday}, each with what starts on it. */
    static List<CalendarDay> fortnight(
            LocalDate monday, ZoneId zone, List<SessionRow> rows, List<BookedConsultation> booked) {
        List<CalendarDay> days = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            LocalDate day = monday.plusDays(i);
            days.add(new CalendarDay(
                    day,
                    rows.stream()
                            .filter(r -> r.local().toLocalDate().equals(day))
                            .toList(),
                    booked.stream()
                            .map(b -> new Consultation(b, b.start().atZone(zone)))
                            .filter(c -> c.local().toLocalDate().equals(day))
                            .toList()));
        }
        return days;
    }
}
