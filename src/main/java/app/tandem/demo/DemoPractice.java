package app.tandem.demo;

import app.tandem.identity.Accounts;
import app.tandem.practice.NewPractice;
import app.tandem.practice.OnCallRota;
import app.tandem.practice.Practices;
import app.tandem.shared.PracticeId;
import app.tandem.shared.Role;
import app.tandem.shared.UserId;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo practice and its people; later capabilities add their history through {@link DemoHistory} beans. */
@Component
class DemoPractice {

    static final String SLUG = "harbor-lane";
    static final String PASSWORD = "tandem-demo";
    static final String ZONE = "America/New_York";
    private static final Logger log = LoggerFactory.getLogger(DemoPractice.class);

    private final Practices practices;
    private final OnCallRota rota;
    private final Accounts accounts;
    private final ObjectProvider<DemoHistory> histories;

    DemoPractice(Practices practices, OnCallRota rota, Accounts accounts, ObjectProvider<DemoHistory> histories) {
        this.practices = practices;
        this.rota = rota;
        this.accounts = accounts;
        this.histories = histories;
    }

    boolean exists() {
        return practices.findBySlug(SLUG).isPresent();
    }

    @Transactional
    void seed() {
        PracticeId practice = practices.open(new NewPractice(
                "Harbor Lane Counseling",
                SLUG,
                ZONE,
                "en-US",
                "201-555-0148",
                "hello@harborlane.example",
                "48 Harbor Lane, Suite 2, Hoboken, NJ 07030"));
        String hash = accounts.hash(PASSWORD);
        UserId admin = person(practice, hash, "admin@demo.tandem", "Morgan Ellis", EnumSet.of(Role.ADMIN), null);
        UserId maya = person(practice, hash, "therapist@demo.tandem", "Maya Patel", EnumSet.of(Role.THERAPIST), null);
        UserId jordan =
                person(practice, hash, "therapist2@demo.tandem", "Jordan Lee", EnumSet.of(Role.THERAPIST), null);
        DemoPeople people = new DemoPeople(
                practice,
                admin,
                maya,
                jordan,
                person(practice, hash, "client@demo.tandem", "Alex Rivera", EnumSet.of(Role.CLIENT), maya),
                person(practice, hash, "client2@demo.tandem", "Sam Okafor", EnumSet.of(Role.CLIENT), maya),
                person(practice, hash, "client3@demo.tandem", "Riley Chen", EnumSet.of(Role.CLIENT), jordan));
        rota.addEntry(practice, jordan, null, null);
        rota.addEntry(practice, maya, null, null);
        histories.orderedStream().forEach(history -> history.seed(people));
        log.info("Seeded the demo practice {}", practice);
    }

    private UserId person(
            PracticeId practice, String hash, String email, String name, EnumSet<Role> roles, UserId therapist) {
        return accounts.open(practice, email, name, roles, therapist, ZONE, hash);
    }
}
