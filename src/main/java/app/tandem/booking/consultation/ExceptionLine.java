package app.tandem.booking.consultation;

import app.tandem.booking.slot.DateException;
import java.util.UUID;

/** A stored exception to a therapist's weekly hours, with the id that removes it. */
public record ExceptionLine(UUID id, DateException exception) {}
