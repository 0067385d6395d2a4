package app.tandem.safety.plan;

import static app.tandem.shared.SqlTimes.instant;
import static app.tandem.shared.SqlTimes.utc;

import app.tandem.crypto.FieldCipher;
import app.tandem.safety.SafetyPlanSection;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Safety plan versions (content encrypted as JSON) and the client's sharing setting. */
@Repository
class SafetyPlanRepository {

    private static final TypeReference<LinkedHashMap<String, List<String>>> SECTIONS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final JsonMapper json;

    SafetyPlanRepository(JdbcClient jdbc, FieldCipher cipher, JsonMapper json) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.json = json;
    }

    void insert(
            UUID id,
            PracticeId practice,
            UserId client,
            int version,
            UserId author,
            String authorRole,
            Instant at,
            List<SafetyPlanSection> changed,
            PlanContent content,
            UUID token) {
        jdbc.sql("""
                INSERT INTO safety_plan_version (id, practice_id, client_id, version, author_id, author_role, created_at,
                    changed_sections, content, submit_token)
                VALUES (:id, :practice, :client, :version, :author, :role, :at, :changed, :content, :token)""")
                .param("id", id)
                .param("practice", practice.value())
                .param("client", client.value())
                .param("version", version)
                .param("author", author.value())
                .param("role", authorRole)
                .param("at", utc(at))
                .param("changed", changed.stream().map(SafetyPlanSection::key).collect(Collectors.joining(",")))
                .param("content", cipher.encrypt(toJson(content)))
                .param("token", token.toString())
                .update();
    }

    Optional<PlanVersion> latest(UserId client) {
        return jdbc.sql("SELECT * FROM safety_plan_version WHERE client_id = :client ORDER BY version DESC LIMIT 1")
                .param("client", client.value())
                .query(this::withContent)
                .optional();
    }

    /** Every version, newest first, without content (the history list names sections only). */
    List<PlanVersion> history(UserId client) {
        return jdbc.sql("""
                SELECT id, client_id, version, author_id, author_role, created_at, changed_sections
                FROM safety_plan_version WHERE client_id = :client ORDER BY version DESC""")
                .param("client", client.value())
                .query(SafetyPlanRepository::withoutContent)
                .list();
    }

    boolean tokenUsed(UserId client, UUID token) {
        return jdbc.sql("SELECT COUNT(*) FROM safety_plan_version WHERE client_id = :client AND submit_token = :token")
                        .param("client", client.value())
                        .param("token", token.toString())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Whether the client lets their care team see that they opened the plan; yes unless they said no. */
    boolean sharesOpening(UserId client) {
        return jdbc.sql("SELECT share_opened FROM safety_plan_setting WHERE client_id = :client")
                .param("client", client.value())
                .query(Boolean.class)
                .optional()
                .orElse(true);
    }

    void setSharesOpening(PracticeId practice, UserId client, boolean share, Instant at) {
        int updated = jdbc.sql(
                        "UPDATE safety_plan_setting SET share_opened = :share, updated_at = :at WHERE client_id = :client")
                .param("share", share)
                .param("at", utc(at))
                .param("client", client.value())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO safety_plan_setting (client_id, practice_id, share_opened, updated_at)
                    VALUES (:client, :practice, :share, :at)""")
                    .param("client", client.value())
                    .param("practice", practice.value())
                    .param("share", share)
                    .param("at", utc(at))
                    .update();
        }
    }

    private PlanVersion withContent(ResultSet rs, int row) throws SQLException {
        PlanVersion meta = withoutContent(rs, row);
        return new PlanVersion(
                meta.id(),
                meta.version(),
                meta.authorId(),
                meta.authorRole(),
                meta.savedAt(),
                meta.changedSections(),
                fromJson(cipher.decrypt(rs.getString("content"))));
    }

    private static PlanVersion withoutContent(ResultSet rs, int row) throws SQLException {
        String changed = rs.getString("changed_sections");
        List<SafetyPlanSection> sections = changed.isEmpty()
                ? List.of()
                : Arrays.stream(changed.split(","))
                        .map(SafetyPlanSection::ofKey)
                        .toList();
        return new PlanVersion(
                rs.getObject("id", UUID.class),
                rs.getInt("version"),
                new UserId(rs.getObject("author_id", UUID.class)),
                rs.getString("author_role"),
                instant(rs, "created_at"),
                sections,
                null);
    }

    private String toJson(PlanContent content) {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        content.sections().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> byKey.put(e.getKey().key(), e.getValue()));
        return json.writeValueAsString(byKey);
    }

    private PlanContent fromJson(String text) {
        Map<SafetyPlanSection, List<String>> sections = new EnumMap<>(SafetyPlanSection.class);
        json.readValue(text, SECTIONS).forEach((key, items) -> sections.put(SafetyPlanSection.ofKey(key), items));
        return new PlanContent(sections);
    }
}
