package app.tandem.booking;

/** What the public practice page says besides the practice's name, phone and address. */
public record PracticePage(String description, String location, boolean telehealth, String fees) {

    public static PracticePage empty() {
        return new PracticePage("", "", true, "");
    }
}
