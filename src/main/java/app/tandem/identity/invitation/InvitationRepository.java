package app.tandem.identity.invitation;

import static app.tandem.shared.SqlTimes.instant;
import static app.tandem.shared.SqlTimes.utc;

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

/** SQL for invitations. */
@Repository
class InvitationRepository {

    private static final String COLUMNS = """
            id, practice_id, email, display_name, roles, primary_therapist_id, invited_by, created_at, expires_at,
            accepted_at, revoked_at""";

    private final JdbcClient jdbc;

    InvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Invitation i, String tokenHash) {
        jdbc.sql("""
                INSERT INTO invitation (id, practice_id, email, display_name, roles, primary_therapist_id, invited_by,
                  token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        i.id(),
                        i.practiceId().value(),
                        i.email(),
                        i.displayName(),
                        Role.formatAll(i.roles()),
                        i.primaryTherapistId() == null
                                ? null
                                : i.primaryTherapistId().value(),
                        i.invitedBy().value(),
                        tokenHash,
                        utc(i.createdAt()),
                        utc(i.expiresAt()))
                .update();
    }

    Optional<Invitation> findByTokenHash(String tokenHash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM invitation WHERE token_hash = ?")
                .param(tokenHash)
                .query(InvitationRepository::invitation)
                .optional();
    }

    /** Locks the invitation row so two simultaneous accepts cannot both succeed. */
    Optional<Invitation> lockByTokenHash(String tokenHash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM invitation WHERE token_hash = ? FOR UPDATE")
                .param(tokenHash)
                .query(InvitationRepository::invitation)
                .optional();
    }

    List<Invitation> pendingBy(UserId invitedBy, Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM " + """
                invitation WHERE invited_by = ? AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > ?
                 ORDER BY created_at DESC""")
                .params(invitedBy.value(), utc(now))
                .query(InvitationRepository::invitation)
                .list();
    }

    boolean pendingExistsFor(String email, Instant now) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM invitation WHERE email = ? AND accepted_at IS NULL AND revoked_at IS NULL
                  AND expires_at > ?""").params(email, utc(now)).query(Integer.class).single() > 0;
    }

    void markAccepted(UUID id, Instant now) {
        jdbc.sql("UPDATE invitation SET accepted_at = ? WHERE id = ?")
                .params(utc(now), id)
                .update();
    }

    boolean revoke(UUID id, UserId invitedBy, Instant now) {
        return jdbc.sql("""
                UPDATE invitation SET revoked_at = ? WHERE id = ? AND invited_by = ? AND accepted_at IS NULL
                  AND revoked_at IS NULL""").params(utc(now), id, invitedBy.value()).update() > 0;
    }

    private static Invitation invitation(ResultSet rs, int row) throws SQLException {
        UUID therapist = rs.getObject("primary_therapist_id", UUID.class);
        return new Invitation(
                rs.getObject("id", UUID.class),
                new PracticeId(rs.getObject("practice_id", UUID.class)),
                rs.getString("email"),
                rs.getString("display_name"),
                Role.parseAll(rs.getString("roles")),
                therapist == null ? null : new UserId(therapist),
                new UserId(rs.getObject("invited_by", UUID.class)),
                instant(rs, "created_at"),
                instant(rs, "expires_at"),
                instant(rs, "accepted_at"),
                instant(rs, "revoked_at"));
    }
}
