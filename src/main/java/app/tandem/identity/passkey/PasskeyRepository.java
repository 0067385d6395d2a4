package app.tandem.identity.passkey;

import static app.tandem.shared.SqlTimes.instant;

import app.tandem.shared.UserId;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and removes a person's passkeys by person, in the tables Spring Security's JDBC repositories keep
 * (where {@code user_entities.name} is the person's id).
 */
@Repository
class PasskeyRepository {

    private final JdbcClient jdbc;

    PasskeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Passkeys.Passkey> of(UserId user) {
        return jdbc.sql("""
                        SELECT c.credential_id, c.label, c.created, c.last_used
                        FROM user_credentials c JOIN user_entities e ON e.id = c.user_entity_user_id
                        WHERE e.name = ?
                        ORDER BY c.created, c.credential_id""")
                .param(user.toString())
                .query((rs, n) -> {
                    Instant created = instant(rs, "created");
                    Instant lastUsed = instant(rs, "last_used");
                    // registering stores "last used" as the time it was added: that is not a use
                    return new Passkeys.Passkey(
                            rs.getString("credential_id"),
                            rs.getString("label"),
                            created,
                            lastUsed == null || !lastUsed.isAfter(created) ? null : lastUsed);
                })
                .list();
    }

    int count(UserId user) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM user_credentials c JOIN user_entities e ON e.id = c.user_entity_user_id
                        WHERE e.name = ?""").param(user.toString()).query(Integer.class).single();
    }

    /** Removes all of the person's passkeys; how many there were. */
    int deleteAll(UserId user) {
        return jdbc.sql("""
                        DELETE FROM user_credentials
                        WHERE user_entity_user_id IN (SELECT id FROM user_entities WHERE name = ?)""").param(user.toString()).update();
    }

    /** Removes the passkey only if it is the person's own; false when there was none such. */
    boolean delete(UserId user, String credentialId) {
        return jdbc.sql("""
                        DELETE FROM user_credentials
                        WHERE credential_id = ? AND user_entity_user_id IN (SELECT id FROM user_entities WHERE name = ?)""").params(credentialId, user.toString()).update() > 0;
    }
}
