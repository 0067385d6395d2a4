package app.tandem.booking;

import java.util.List;

/** A therapist's public profile, booking rules and weekly consultation hours. */
public record TherapistOffer(
        String approach,
        String languages,
        String seesPeopleFor,
        int bufferMinutes,
        int noticeHours,
        int horizonDays,
        List<WeeklyHours> hours) {

    public TherapistOffer {
        hours = List.copyOf(hours);
    }
}
