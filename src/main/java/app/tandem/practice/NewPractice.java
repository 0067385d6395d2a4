package app.tandem.practice;

/** What it takes to open a practice; crisis resources start with the US defaults. */
public record NewPractice(
        String name, String slug, String timeZone, String locale, String phone, String email, String address) {}
