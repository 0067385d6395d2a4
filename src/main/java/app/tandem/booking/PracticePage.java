package app.tandem.booking;

/**
 * What the public practice page says besides the practice's name, phone and address, and whether
 * visitors can book online.
 */
public record PracticePage(String description, String location, boolean telehealth, String fees, boolean bookingOpen) {

    /** A page that takes bookings. */
    public PracticePage(String description, String location, boolean telehealth, String fees) {
        this(description, location, telehealth, fees, true);
    }

    public static PracticePage empty() {
        return new PracticePage("", "", true, "", true);
    }
}
