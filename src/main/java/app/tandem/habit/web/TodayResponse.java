package app.tandem.habit.web;

import java.time.LocalDate;
import java.util.List;

/** What is due for the client today, in their zone: habits and homework not yet done or skipped included. */
record TodayResponse(LocalDate date, String timeZone, List<HabitResponse> habits, List<HabitResponse> homework) {}
