package app.tandem.coping.internal;

import static app.tandem.shared.SqlTimes.instant;
import static app.tandem.shared.SqlTimes.utc;

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

/** A practice's own techniques. */
@Repository
class PracticeTechniqueRepository {

    private final JdbcClient jdbc;

    PracticeTechniqueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(PracticeTechnique t) {
        jdbc.sql("""
                INSERT INTO coping_practice_technique (id, practice_id, title, purpose, steps, minutes, status, version,
                    written_by, created_at) VALUES (:id, :practice, :title, :purpose, :steps, :minutes, :status, 1,
                    :writtenBy, :created)""")
                .param("id", t.id())
                .param("practice", t.practice().value())
                .param("title", t.title())
                .param("purpose", t.purpose())
                .param("steps", String.join("\n", t.steps()))
                .param("minutes", t.minutes())
                .param("status", t.status().name())
                .param("writtenBy", t.writtenBy().value())
                .param("created", utc(t.createdAt()))
                .update();
    }

    boolean approve(PracticeId practice, String id, UserId reviewer, Instant at) {
        return jdbc.sql("""
                        UPDATE coping_practice_technique SET status = 'APPROVED', reviewed_by = :reviewer, reviewed_at = :at
                        WHERE practice_id = :practice AND id = :id AND status = 'PENDING'""")
                        .param("reviewer", reviewer.value())
                        .param("at", utc(at))
                        .param("practice", practice.value())
                        .param("id", id)
                        .update()
                == 1;
    }

    List<PracticeTechnique> inPractice(PracticeId practice) {
        return jdbc.sql("SELECT * FROM coping_practice_technique WHERE practice_id = :practice ORDER BY created_at, id")
                .param("practice", practice.value())
                .query(this::row)
                .list();
    }

    Optional<PracticeTechnique> find(PracticeId practice, String id) {
        return jdbc.sql("SELECT * FROM coping_practice_technique WHERE practice_id = :practice AND id = :id")
                .param("practice", practice.value())
                .param("id", id)
                .query(this::row)
                .optional();
    }

    private PracticeTechnique row(ResultSet rs, int n) throws SQLException {
        String reviewer = rs.getString("reviewed_by");
        return new PracticeTechnique(
                rs.getString("id"),
                new PracticeId(rs.getObject("practice_id", UUID.class)),
                rs.getString("title"),
                rs.getString("purpose"),
                List.of(rs.getString("steps").split("\n")),
                rs.getInt("minutes"),
                PracticeTechnique.Status.valueOf(rs.getString("status")),
                rs.getInt("version"),
                new UserId(rs.getObject("written_by", UUID.class)),
                reviewer == null ? null : UserId.of(reviewer),
                instant(rs, "created_at"));
    }
}
