package app.tandem.habit.web;

import app.tandem.habit.schedule.DayMark;
import app.tandem.shared.ClientFreeText;
import java.util.UUID;

/**
 * Done or skipped today; the token makes a double tap save once.
 *
 * @param note an optional reason for a skip (screened before it is saved)
 */
record CompletionForm(DayMark outcome, @ClientFreeText String note, UUID submitToken) {}
