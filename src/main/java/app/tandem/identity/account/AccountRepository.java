package app.tandem.identity.account;

import static app.tandem.shared.SqlTimes.instant;
import static app.tandem.shared.SqlTimes.utc;

import app.tandem.identity.Person;
import app.tandem.shared.PracticeId;
import app.tandem.shared.Role;
import app.tandem.shared.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for accounts and care relationships. */
@Repository
public class AccountRepository {

    private static final String COLUMNS = """
            id, practice_id, email, display_name, password_hash, roles, primary_therapist_id, time_zone, enabled,
            failed_logins, locked_until, idle_minutes""";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Account> findByEmail(String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE email = ?")
                .param(email)
                .query(AccountRepository::account)
                .optional();
    }

    public Optional<Account> find(UserId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = ?")
                .param(id.value())
                .query(AccountRepository::account)
                .optional();
    }

    /** The accounts with these ids, in one query. */
    public List<Account> findAll(java.util.Collection<UserId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id IN (:ids)")
                .param("ids", ids.stream().map(UserId::value).toList())
                .query(AccountRepository::account)
                .list();
    }

    public boolean emailExists(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE email = ?")
                        .param(email)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public List<Account> inPractice(PracticeId practice) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE practice_id = ? ORDER BY display_name")
                .param(practice.value())
                .query(AccountRepository::account)
                .list();
    }

    public List<Account> clientsOf(UserId therapist) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE primary_therapist_id = ? ORDER BY display_name")
                .param(therapist.value())
                .query(AccountRepository::account)
                .list();
    }

    public void insert(NewAccount a, Instant now) {
        jdbc.sql("""
                INSERT INTO app_user (id, practice_id, email, display_name, password_hash, roles, primary_therapist_id,
                  time_zone, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        a.id().value(),
                        a.practiceId().value(),
                        a.email(),
                        a.displayName(),
                        a.passwordHash(),
                        Role.formatAll(a.roles()),
                        a.primaryTherapistId() == null
                                ? null
                                : a.primaryTherapistId().value(),
                        a.timeZone(),
                        utc(now))
                .update();
    }

    public void recordSuccessfulLogin(UserId id, Instant now) {
        jdbc.sql("UPDATE app_user SET failed_logins = 0, locked_until = NULL, last_login_at = ? WHERE id = ?")
                .params(utc(now), id.value())
                .update();
    }

    public void updatePassword(UserId id, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = ?, failed_logins = 0, locked_until = NULL WHERE id = ?")
                .params(passwordHash, id.value())
                .update();
    }

    /** Pauses ({@code enabled = false}) or reactivates an account of the practice; false when there is none. */
    public boolean setEnabled(PracticeId practice, UserId id, boolean enabled) {
        return jdbc.sql("UPDATE app_user SET enabled = ? WHERE id = ? AND practice_id = ?")
                        .params(enabled, id.value(), practice.value())
                        .update()
                > 0;
    }

    /** Makes {@code therapist} the primary therapist of {@code client}, both of the practice; false otherwise. */
    public boolean setPrimaryTherapist(PracticeId practice, UserId client, UserId therapist) {
        return jdbc.sql("""
                UPDATE app_user SET primary_therapist_id = ? WHERE id = ? AND practice_id = ? AND roles LIKE '%CLIENT%'
                  AND EXISTS (SELECT 1 FROM app_user t WHERE t.id = ? AND t.practice_id = ? AND t.roles LIKE '%THERAPIST%'
                  AND t.enabled)""")
                        .params(
                                therapist.value(),
                                client.value(),
                                practice.value(),
                                therapist.value(),
                                practice.value())
                        .update()
                > 0;
    }

    public void updateIdleMinutes(UserId id, Integer minutes) {
        jdbc.sql("UPDATE app_user SET idle_minutes = ? WHERE id = ?")
                .params(minutes, id.value())
                .update();
    }

    /** True when {@code therapist} holds a current extra care relationship with {@code client} (e.g. cover). */
    public boolean coversNow(UserId therapist, UserId client, Instant now) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM care_team_member WHERE therapist_id = ? AND client_id = ?
                  AND starts_at <= ? AND (ends_at IS NULL OR ends_at > ?)""")
                        .params(therapist.value(), client.value(), utc(now), utc(now))
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public void addCareTeamMember(
            PracticeId practice, UserId client, UserId therapist, String reason, Instant from, Instant until) {
        jdbc.sql("""
                INSERT INTO care_team_member (id, practice_id, client_id, therapist_id, reason, starts_at, ends_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        practice.value(),
                        client.value(),
                        therapist.value(),
                        reason,
                        utc(from),
                        utc(until))
                .update();
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        UUID therapist = rs.getObject("primary_therapist_id", UUID.class);
        Person person = new Person(
                new UserId(rs.getObject("id", UUID.class)),
                new PracticeId(rs.getObject("practice_id", UUID.class)),
                rs.getString("email"),
                rs.getString("display_name"),
                Role.parseAll(rs.getString("roles")),
                therapist == null ? null : new UserId(therapist),
                rs.getString("time_zone"),
                rs.getBoolean("enabled"));
        Integer idle = rs.getObject("idle_minutes", Integer.class);
        return new Account(
                person, rs.getString("password_hash"), rs.getInt("failed_logins"), instant(rs, "locked_until"), idle);
    }
}
