package app.tandem.booking.consultation;

import app.tandem.booking.slot.Slot;
import java.util.List;

/** The slot was taken a moment ago (the database refused a second booking); offers the nearest free ones. */
public class SlotTakenException extends RuntimeException {

    private final transient List<Slot> nearest;

    private SlotTakenException(List<Slot> nearest) {
        super("That time was just taken");
        this.nearest = List.copyOf(nearest);
    }

    static SlotTakenException withNearest(List<Slot> nearest) {
        return new SlotTakenException(nearest);
    }

    public List<Slot> nearest() {
        return nearest;
    }
}
