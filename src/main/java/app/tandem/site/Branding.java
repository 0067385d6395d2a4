package app.tandem.site;

/** What the page frame shows of the practice: its name, and whose the page is. */
public record Branding(String practiceName, String practiceSlug) {

    static final Branding TANDEM = new Branding("Tandem", null);
}
