package app.tandem.demo;

import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;

/** Who is who in the demo practice: Alex and Sam see Maya; Riley sees Jordan. */
public record DemoPeople(
        PracticeId practice, UserId admin, UserId maya, UserId jordan, UserId alex, UserId sam, UserId riley) {}
