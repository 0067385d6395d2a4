package app.tandem.checkin.internal;

import java.time.LocalDate;

/** The numbers of one check-in on its local day, for charts and insights (no note, no emotions). */
public record DayPoint(LocalDate day, int mood, Integer anxiety, Double sleepHours, Integer energy) {}
