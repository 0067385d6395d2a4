package app.tandem.booking.web;

import app.tandem.booking.consultation.When;
import app.tandem.booking.slot.Slot;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The slots of one day in the visitor's zone, as radio choices. */
record SlotDay(String label, List<Choice> choices) {

    /** One radio button: its value and the time it shows. */
    record Choice(String value, String time, String therapist) {}

    static List<SlotDay> of(List<Slot> slots, ZoneId zone, boolean anyone, Map<String, String> names, int maxDays) {
        Map<LocalDate, SlotDay> days = new LinkedHashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Slot slot : slots) {
            LocalDate date = slot.start().atZone(zone).toLocalDate();
            if (!days.containsKey(date) && days.size() == maxDays) {
                break;
            }
            String value = (anyone ? "any" : slot.therapist().toString()) + "|" + slot.start();
            if (!seen.add(value)) {
                continue;
            }
            days.computeIfAbsent(date, d -> new SlotDay(When.day(slot.start(), zone), new ArrayList<>()))
                    .choices()
                    .add(new Choice(
                            value,
                            When.time(slot.start(), zone),
                            anyone ? null : names.get(slot.therapist().toString())));
        }
        return List.copyOf(days.values());
    }
}
