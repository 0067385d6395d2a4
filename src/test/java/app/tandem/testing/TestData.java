package app.tandem.testing;

import app.tandem.identity.account.AccountRepository;
import app.tandem.identity.account.NewAccount;
import app.tandem.practice.NewPractice;
import app.tandem.practice.Practices;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.PracticeId;
import app.tandem.shared.Role;
import app.tandem.shared.UserId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Creates practices and people for tests, each with unique names so tests can share a database.
 * Import with {@code @Import(TestData.class)}.
 */
@TestComponent
public class TestData {

    public static final String PASSWORD = "correct horse battery staple";

    private final Practices practices;
    private final AccountRepository accounts;
    private final String passwordHash;

    TestData(Practices practices, AccountRepository accounts, PasswordEncoder encoder) {
        this.practices = practices;
        this.accounts = accounts;
        this.passwordHash = encoder.encode(PASSWORD);
    }

    public PracticeId aPractice() {
        String slug = "practice-" + UUID.randomUUID().toString().substring(0, 8);
        return practices.open(new NewPractice(
                "Test Practice " + slug,
                slug,
                "America/New_York",
                "en-US",
                "201-555-0100",
                "hello@" + slug + ".test",
                "1 Test Street"));
    }

    /** A new practice with a therapist and a client of theirs. */
    public CareTeam aTherapistWithAClient() {
        PracticeId practice = aPractice();
        CurrentUser therapist = aTherapist(practice);
        return new CareTeam(practice, therapist, aClientOf(therapist));
    }

    public CurrentUser anAdmin(PracticeId practice) {
        return aPerson(practice, EnumSet.of(Role.ADMIN), null, "Ada Admin");
    }

    public CurrentUser aTherapist(PracticeId practice) {
        return aPerson(practice, EnumSet.of(Role.THERAPIST), null, "Theo Therapist");
    }

    public CurrentUser aClientOf(CurrentUser therapist) {
        return aPerson(therapist.practiceId(), EnumSet.of(Role.CLIENT), therapist.id(), "Casey Client");
    }

    public CurrentUser aPerson(PracticeId practice, Set<Role> roles, UserId therapist, String name) {
        UserId id = UserId.random();
        String email = name.toLowerCase().replace(' ', '.') + "+"
                + id.value().toString().substring(0, 8) + "@test.tandem";
        accounts.insert(
                new NewAccount(id, practice, email, name, passwordHash, roles, therapist, "America/New_York"),
                Instant.now());
        return new CurrentUser(id, practice, email, name, roles, "America/New_York");
    }
}
