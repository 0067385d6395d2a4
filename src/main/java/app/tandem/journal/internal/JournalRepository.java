package app.tandem.journal.internal;

import static app.tandem.shared.SqlTimes.instant;
import static app.tandem.shared.SqlTimes.utc;

import app.tandem.crypto.FieldCipher;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Journal rows; title and body are encrypted here and nowhere else. */
@Repository
class JournalRepository {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    JournalRepository(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insert(
            UUID id,
            PracticeId practice,
            UserId client,
            String title,
            String body,
            boolean shared,
            Instant createdAt,
            UUID token) {
        jdbc.sql("""
                INSERT INTO safety_journal_entry (id, practice_id, client_id, title, body, shared, shared_at, created_at,
                    submit_token) VALUES (:id, :practice, :client, :title, :body, :shared, :sharedAt, :created, :token)""")
                .param("id", id)
                .param("practice", practice.value())
                .param("client", client.value())
                .param("title", cipher.encrypt(title))
                .param("body", cipher.encrypt(body))
                .param("shared", shared)
                .param("sharedAt", shared ? utc(createdAt) : null)
                .param("created", utc(createdAt))
                .param("token", token.toString())
                .update();
    }

    Optional<UUID> idForToken(UserId client, UUID token) {
        return jdbc.sql("SELECT id FROM safety_journal_entry WHERE client_id = :client AND submit_token = :token")
                .param("client", client.value())
                .param("token", token.toString())
                .query(UUID.class)
                .optional();
    }

    Optional<JournalEntry> find(UserId client, UUID id) {
        return jdbc.sql("SELECT * FROM safety_journal_entry WHERE client_id = :client AND id = :id")
                .param("client", client.value())
                .param("id", id)
                .query(this::entry)
                .optional();
    }

    List<JournalEntry> newestFirst(UserId client, boolean sharedOnly, int limit) {
        return jdbc.sql("""
                SELECT * FROM safety_journal_entry WHERE client_id = :client AND (shared OR NOT :sharedOnly)
                ORDER BY created_at DESC, id LIMIT :limit""")
                .param("client", client.value())
                .param("sharedOnly", sharedOnly)
                .param("limit", limit)
                .query(this::entry)
                .list();
    }

    boolean setShared(UserId client, UUID id, boolean shared, Instant at) {
        return jdbc.sql(
                                "UPDATE safety_journal_entry SET shared = :shared, shared_at = :at WHERE client_id = :client AND id = :id")
                        .param("shared", shared)
                        .param("at", shared ? utc(at) : null)
                        .param("client", client.value())
                        .param("id", id)
                        .update()
                == 1;
    }

    private JournalEntry entry(ResultSet rs, int row) throws SQLException {
        return new JournalEntry(
                rs.getObject("id", UUID.class),
                new UserId(rs.getObject("client_id", UUID.class)),
                cipher.decrypt(rs.getString("title")),
                cipher.decrypt(rs.getString("body")),
                rs.getBoolean("shared"),
                instant(rs, "shared_at"),
                instant(rs, "created_at"));
    }
}
