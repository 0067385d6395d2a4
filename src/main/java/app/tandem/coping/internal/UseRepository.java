package app.tandem.coping.internal;

import static app.tandem.shared.SqlTimes.instant;
import static app.tandem.shared.SqlTimes.utc;

import app.tandem.coping.TechniqueUse;
import app.tandem.coping.UseContext;
import app.tandem.coping.stats.GroupSummary;
import app.tandem.crypto.FieldCipher;
import app.tandem.screening.RiskLevel;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Technique uses; the answers are encrypted JSON here and nowhere else. */
@Repository
class UseRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    UseRepository(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    record NewUse(PracticeId practice, TechniqueUse use, String submissionKey, String requestHash) {}

    void insert(NewUse row) {
        TechniqueUse u = row.use();
        jdbc.sql("""
                INSERT INTO coping_use (id, practice_id, client_id, technique_id, technique_version, variant, context_tag,
                    distress_before, distress_after, duration_seconds, completed, assigned, answers, shared, safety_level,
                    used_at, submission_key, request_hash)
                VALUES (:id, :practice, :client, :technique, :version, :variant, :context, :before, :after, :duration, :completed,
                    :assigned, :answers, :shared, :level, :usedAt, :key, :hash)""")
                .param("id", u.id())
                .param("practice", row.practice().value())
                .param("client", u.client().value())
                .param("technique", u.techniqueId())
                .param("version", u.techniqueVersion())
                .param("variant", u.variant())
                .param("context", u.context() == null ? null : u.context().code())
                .param("before", u.before())
                .param("after", u.after())
                .param("duration", u.durationSeconds())
                .param("completed", u.completed())
                .param("assigned", u.assigned())
                .param("answers", u.answers().isEmpty() ? null : cipher.encrypt(JSON.writeValueAsString(u.answers())))
                .param("shared", u.shared())
                .param("level", u.safetyLevel().name())
                .param("usedAt", utc(u.usedAt()))
                .param("key", row.submissionKey())
                .param("hash", row.requestHash())
                .update();
    }

    void updateSafetyLevel(UUID id, RiskLevel level) {
        jdbc.sql("UPDATE coping_use SET safety_level = :level WHERE id = :id")
                .param("level", level.name())
                .param("id", id)
                .update();
    }

    boolean setShared(UserId client, UUID id, boolean shared) {
        return jdbc.sql("UPDATE coping_use SET shared = :shared WHERE client_id = :client AND id = :id")
                        .param("shared", shared)
                        .param("client", client.value())
                        .param("id", id)
                        .update()
                == 1;
    }

    /** The use saved under a submission key, with the hash of the request that saved it. */
    Optional<Map.Entry<TechniqueUse, String>> findBySubmission(UserId client, String key) {
        return jdbc.sql("SELECT * FROM coping_use WHERE client_id = :client AND submission_key = :key")
                .param("client", client.value())
                .param("key", key)
                .query((rs, n) -> Map.entry(use(rs, n), rs.getString("request_hash")))
                .optional();
    }

    Optional<TechniqueUse> find(UserId client, UUID id) {
        return jdbc.sql("SELECT * FROM coping_use WHERE client_id = :client AND id = :id")
                .param("client", client.value())
                .param("id", id)
                .query(this::use)
                .optional();
    }

    List<TechniqueUse> newestFirst(UserId client, boolean sharedWithAnswersOnly, int limit) {
        return jdbc.sql("""
                SELECT * FROM coping_use WHERE client_id = :client
                  AND (NOT :sharedOnly OR (shared AND answers IS NOT NULL))
                ORDER BY used_at DESC, id LIMIT :limit""")
                .param("client", client.value())
                .param("sharedOnly", sharedWithAnswersOnly)
                .param("limit", limit)
                .query(this::use)
                .list();
    }

    List<TechniqueUse> oldestFirst(UserId client) {
        return jdbc.sql("SELECT * FROM coping_use WHERE client_id = :client ORDER BY used_at, id")
                .param("client", client.value())
                .query(this::use)
                .list();
    }

    /** Before and after of every use of a client, without decrypting anything. */
    List<UseRow> changes(UserId client) {
        return jdbc.sql("""
                SELECT technique_id, distress_before, distress_after, assigned FROM coping_use
                WHERE client_id = :client ORDER BY used_at""")
                .param("client", client.value())
                .query((rs, n) -> new UseRow(
                        rs.getString("technique_id"),
                        rs.getInt("distress_before"),
                        rs.getInt("distress_after"),
                        rs.getBoolean("assigned")))
                .list();
    }

    record UseRow(String techniqueId, int before, int after, boolean assigned) {}

    /** Per client and technique of the practice: uses, sum and sum of squares of the change. */
    List<GroupSummary> practiceGroups(PracticeId practice) {
        return jdbc.sql("""
                SELECT technique_id, COUNT(*) AS uses, SUM(distress_before - distress_after) AS total,
                    SUM((distress_before - distress_after) * (distress_before - distress_after)) AS squares
                FROM coping_use WHERE practice_id = :practice GROUP BY client_id, technique_id""")
                .param("practice", practice.value())
                .query((rs, n) -> new GroupSummary(
                        rs.getString("technique_id"),
                        rs.getInt("uses"),
                        rs.getDouble("total"),
                        rs.getDouble("squares")))
                .list();
    }

    Optional<String> lastTechnique(UserId client) {
        return jdbc.sql("SELECT technique_id FROM coping_use WHERE client_id = :client ORDER BY used_at DESC LIMIT 1")
                .param("client", client.value())
                .query(String.class)
                .optional();
    }

    private TechniqueUse use(ResultSet rs, int n) throws SQLException {
        String answers = cipher.decrypt(rs.getString("answers"));
        Map<String, String> map = answers == null
                ? Map.of()
                : JSON.readValue(answers, new TypeReference<LinkedHashMap<String, String>>() {});
        return new TechniqueUse(
                rs.getObject("id", UUID.class),
                new UserId(rs.getObject("client_id", UUID.class)),
                rs.getString("technique_id"),
                rs.getString("technique_version"),
                rs.getString("variant"),
                UseContext.ofCode(rs.getString("context_tag")).orElse(null),
                rs.getInt("distress_before"),
                rs.getInt("distress_after"),
                rs.getInt("duration_seconds"),
                rs.getBoolean("completed"),
                rs.getBoolean("assigned"),
                map,
                rs.getBoolean("shared"),
                RiskLevel.valueOf(rs.getString("safety_level")),
                instant(rs, "used_at"));
    }
}
