/**
 * Free 15-minute consultation booking: the public practice page, therapists' consultation hours and
 * the slots cut from them, bookings that the database keeps from overlapping, calendar invites,
 * cancel and reschedule links, reminders, and a safety question that reaches the on-call clinician.
 * The public API is {@link app.tandem.booking.Consultations} (used by the demo).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Consultation booking",
        allowedDependencies = {"crypto", "identity", "notification", "practice", "safety", "screening", "shared"})
package app.tandem.booking;
