package app.tandem.booking.consultation;

import app.tandem.booking.slot.BookingRules;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;

/** A therapist's public profile and booking rules as stored. */
record TherapistRow(
        UserId therapist,
        PracticeId practice,
        String approach,
        String languages,
        String seesPeopleFor,
        String zone,
        BookingRules rules,
        boolean accepts) {}
