package app.tandem.habit.web;

import app.tandem.habit.schedule.DayMark;
import app.tandem.shared.ClientFreeText;

/**
 * Done or skipped today, through the API.
 *
 * @param note an optional reason for a skip (screened before it is saved)
 */
record CompletionRequest(DayMark outcome, @ClientFreeText String note) {}
