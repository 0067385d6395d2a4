package app.tandem.safety.followup;

import static app.tandem.shared.SqlTimes.instant;
import static app.tandem.shared.SqlTimes.utc;

import app.tandem.screening.RiskLevel;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored follow-up answers. */
@Repository
class FollowUpRepository {

    private final JdbcClient jdbc;

    FollowUpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            UUID id,
            PracticeId practice,
            UserId client,
            UUID alert,
            FollowUpAnswers a,
            RiskLevel level,
            Instant at,
            UUID token) {
        jdbc.sql("""
                INSERT INTO safety_follow_up (id, practice_id, client_id, alert_id, wish_dead, thoughts, method, intent,
                    plan, behaviour, behaviour_when, level, created_at, submit_token)
                VALUES (:id, :practice, :client, :alert, :wishDead, :thoughts, :method, :intent, :plan, :behaviour,
                    :when, :level, :at, :token)""")
                .param("id", id)
                .param("practice", practice.value())
                .param("client", client.value())
                .param("alert", alert)
                .param("wishDead", a.wishDead())
                .param("thoughts", a.thoughts())
                .param("method", a.method())
                .param("intent", a.intent())
                .param("plan", a.plan())
                .param("behaviour", a.behaviour())
                .param(
                        "when",
                        a.behaviourWhen() == null ? null : a.behaviourWhen().name())
                .param("level", level.name())
                .param("at", utc(at))
                .param("token", token.toString())
                .update();
    }

    boolean tokenUsed(UserId client, UUID token) {
        return jdbc.sql("SELECT COUNT(*) FROM safety_follow_up WHERE client_id = :client AND submit_token = :token")
                        .param("client", client.value())
                        .param("token", token.toString())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    List<FollowUpRecord> newestFirst(UserId client, int limit) {
        return jdbc.sql(
                        "SELECT * FROM safety_follow_up WHERE client_id = :client ORDER BY created_at DESC, id LIMIT :limit")
                .param("client", client.value())
                .param("limit", limit)
                .query(FollowUpRepository::record)
                .list();
    }

    private static FollowUpRecord record(ResultSet rs, int row) throws SQLException {
        String when = rs.getString("behaviour_when");
        FollowUpAnswers answers = new FollowUpAnswers(
                bool(rs, "wish_dead"),
                bool(rs, "thoughts"),
                bool(rs, "method"),
                bool(rs, "intent"),
                bool(rs, "plan"),
                bool(rs, "behaviour"),
                when == null ? null : BehaviourWhen.valueOf(when));
        return new FollowUpRecord(
                rs.getObject("id", UUID.class),
                rs.getObject("alert_id", UUID.class),
                answers,
                RiskLevel.valueOf(rs.getString("level")),
                instant(rs, "created_at"));
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }
}
