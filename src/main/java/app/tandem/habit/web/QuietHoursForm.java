package app.tandem.habit.web;

import app.tandem.shared.NotClientFreeText;

/** Quiet hours as typed, "21:00" to "08:00". */
record QuietHoursForm(
        @NotClientFreeText String start, @NotClientFreeText String end) {}
