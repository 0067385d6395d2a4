package app.tandem.booking.consultation;

/** REQUESTED when booked, CONFIRMED once the therapist confirms, CANCELLED by either side. */
enum BookingStatus {
    REQUESTED,
    CONFIRMED,
    CANCELLED
}
