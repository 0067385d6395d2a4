package app.tandem.measure;

/** An inclusive range of raw totals with a calm client-facing label and a clinical label. */
public record Band(
        String code, int min, int max, String clientLabel, String clinicalLabel, boolean check, String note) {

    public boolean contains(int total) {
        return total >= min && total <= max;
    }
}
