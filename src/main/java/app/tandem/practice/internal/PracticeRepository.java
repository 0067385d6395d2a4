package app.tandem.practice.internal;

import static app.tandem.shared.SqlTimes.instant;
import static app.tandem.shared.SqlTimes.utc;

import app.tandem.practice.CrisisResource;
import app.tandem.practice.NewPractice;
import app.tandem.practice.PracticeSettings;
import app.tandem.practice.PracticeView;
import app.tandem.practice.RotaEntry;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for practices, crisis resources and the rota. */
@Repository
public class PracticeRepository {

    private static final String COLUMNS = """
            id, name, slug, time_zone, locale, phone, email, address, terms_version, client_idle_minutes,
            consultation_enabled, consultation_minutes, business_hours_start, business_hours_end""";

    private final JdbcClient jdbc;

    PracticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PracticeView> find(PracticeId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM practice WHERE id = ?")
                .param(id.value())
                .query(PracticeRepository::practice)
                .optional();
    }

    public Optional<PracticeView> findBySlug(String slug) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM practice WHERE slug = ?")
                .param(slug)
                .query(PracticeRepository::practice)
                .optional();
    }

    public Optional<PracticeView> oldest() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM practice ORDER BY created_at, id LIMIT 1")
                .query(PracticeRepository::practice)
                .optional();
    }

    public void insert(PracticeId id, NewPractice p, String termsVersion, Instant now) {
        jdbc.sql("""
                INSERT INTO practice (id, name, slug, time_zone, locale, phone, email, address, terms_version,
                  client_idle_minutes, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id.value(),
                        p.name(),
                        p.slug(),
                        p.timeZone(),
                        p.locale(),
                        p.phone(),
                        p.email(),
                        p.address(),
                        termsVersion,
                        14 * 24 * 60,
                        utc(now))
                .update();
    }

    public boolean mfaRequired(PracticeId id) {
        return jdbc.sql("SELECT mfa_required FROM practice WHERE id = ?")
                .param(id.value())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    public void updateMfaRequired(PracticeId id, boolean required) {
        jdbc.sql("UPDATE practice SET mfa_required = ? WHERE id = ?")
                .params(required, id.value())
                .update();
    }

    public void updateSettings(PracticeId id, PracticeSettings s) {
        jdbc.sql("""
                UPDATE practice SET name = ?, time_zone = ?, locale = ?, phone = ?, email = ?, address = ?,
                  client_idle_minutes = ?, business_hours_start = ?, business_hours_end = ?
                WHERE id = ?""")
                .params(
                        s.name(),
                        s.timeZone(),
                        s.locale(),
                        s.phone(),
                        s.email(),
                        s.address(),
                        s.clientIdleMinutes(),
                        Time.valueOf(s.businessHoursStart()),
                        Time.valueOf(s.businessHoursEnd()),
                        id.value())
                .update();
    }

    public List<CrisisResource> crisisResources(PracticeId id) {
        return jdbc.sql("""
                SELECT label, description, call_number, text_number, text_body, web_url
                FROM crisis_resource WHERE practice_id = ? ORDER BY position""")
                .param(id.value())
                .query((rs, n) -> new CrisisResource(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    public void replaceCrisisResources(PracticeId id, List<CrisisResource> resources) {
        jdbc.sql("DELETE FROM crisis_resource WHERE practice_id = ?")
                .param(id.value())
                .update();
        int position = 0;
        for (CrisisResource r : resources) {
            jdbc.sql("""
                    INSERT INTO crisis_resource (id, practice_id, position, label, description, call_number,
                      text_number, text_body, web_url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            UUID.randomUUID(),
                            id.value(),
                            position++,
                            r.label(),
                            r.description(),
                            r.callNumber(),
                            r.textNumber(),
                            r.textBody(),
                            r.webUrl())
                    .update();
        }
    }

    public List<RotaEntry> rota(PracticeId id) {
        return jdbc.sql("""
                SELECT id, therapist_id, position, starts_at, ends_at FROM on_call_entry
                WHERE practice_id = ? ORDER BY position, starts_at""")
                .param(id.value())
                .query((rs, n) -> new RotaEntry(
                        rs.getObject(1, UUID.class),
                        new UserId(rs.getObject(2, UUID.class)),
                        rs.getInt(3),
                        instant(rs, 4),
                        instant(rs, 5)))
                .list();
    }

    public void addRotaEntry(PracticeId id, UserId therapist, Instant startsAt, Instant endsAt) {
        Integer next = jdbc.sql("SELECT COALESCE(MAX(position), -1) + 1 FROM on_call_entry WHERE practice_id = ?")
                .param(id.value())
                .query(Integer.class)
                .single();
        jdbc.sql("""
                INSERT INTO on_call_entry (id, practice_id, therapist_id, position, starts_at, ends_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), id.value(), therapist.value(), next, utc(startsAt), utc(endsAt))
                .update();
    }

    public void removeRotaEntry(PracticeId id, UUID entryId) {
        jdbc.sql("DELETE FROM on_call_entry WHERE practice_id = ? AND id = ?")
                .params(id.value(), entryId)
                .update();
    }

    private static PracticeView practice(ResultSet rs, int row) throws SQLException {
        return new PracticeView(
                new PracticeId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                rs.getString("slug"),
                rs.getString("time_zone"),
                rs.getString("locale"),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getString("address"),
                rs.getString("terms_version"),
                rs.getInt("client_idle_minutes"),
                rs.getBoolean("consultation_enabled"),
                rs.getInt("consultation_minutes"),
                rs.getTime("business_hours_start").toLocalTime(),
                rs.getTime("business_hours_end").toLocalTime());
    }
}
