package app.tandem.measure.internal;

import static app.tandem.shared.SqlTimes.instant;

import app.tandem.shared.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The per client and instrument summary of counted scores (first and latest three), rebuilt from
 * {@code measure_response} for one client and instrument on every write that changes what counts, so the caseload
 * reads one row per client and instrument whatever the length of the history.
 */
@Repository
public class ScoreSummaryRepository {

    private static final String REBUILD = """
            INSERT INTO measure_score_summary (client_id, instrument_code, practice_id, counted, first_total, first_at,
              third_last_total, second_last_total, last_total, last_at)
            SELECT client_id, instrument_code, practice_id, COUNT(*),
              MAX(CASE WHEN rn_first = 1 THEN total END), MAX(CASE WHEN rn_first = 1 THEN completed_at END),
              MAX(CASE WHEN rn_last = 3 THEN total END), MAX(CASE WHEN rn_last = 2 THEN total END),
              MAX(CASE WHEN rn_last = 1 THEN total END), MAX(CASE WHEN rn_last = 1 THEN completed_at END)
            FROM (
              SELECT client_id, instrument_code, practice_id, total, completed_at,
                ROW_NUMBER() OVER (PARTITION BY client_id, instrument_code ORDER BY completed_at, started_at)
                  AS rn_first,
                ROW_NUMBER() OVER (PARTITION BY client_id, instrument_code
                                   ORDER BY completed_at DESC, started_at DESC) AS rn_last
              FROM measure_response
              WHERE client_id = :client AND instrument_code = :code AND status = 'COMPLETE'
                AND superseded_by_id IS NULL AND total IS NOT NULL
            ) r
            GROUP BY client_id, instrument_code, practice_id""";

    private final JdbcClient jdbc;

    ScoreSummaryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One client's summary for one instrument; totals are raw, {@code counted} is how many scores count. */
    public record Summary(
            UserId client,
            String instrument,
            int counted,
            int firstTotal,
            Instant firstAt,
            Integer thirdLastTotal,
            Integer secondLastTotal,
            int lastTotal,
            Instant lastAt) {}

    /** Rebuilds the summary of one client and instrument from the responses (in the caller's transaction). */
    void rebuild(UserId client, String instrumentCode) {
        jdbc.sql("DELETE FROM measure_score_summary WHERE client_id = :client AND instrument_code = :code")
                .param("client", client.value())
                .param("code", instrumentCode)
                .update();
        jdbc.sql(REBUILD)
                .param("client", client.value())
                .param("code", instrumentCode)
                .update();
    }

    /** The summaries of every instrument of these clients, in one query. */
    public List<Summary> forClients(Collection<UserId> clients) {
        if (clients.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM measure_score_summary WHERE client_id IN (:clients)")
                .param("clients", clients.stream().map(UserId::value).toList())
                .query(ScoreSummaryRepository::summary)
                .list();
    }

    private static Summary summary(ResultSet rs, int row) throws SQLException {
        return new Summary(
                new UserId(rs.getObject("client_id", UUID.class)),
                rs.getString("instrument_code"),
                rs.getInt("counted"),
                rs.getInt("first_total"),
                instant(rs, "first_at"),
                rs.getObject("third_last_total", Integer.class),
                rs.getObject("second_last_total", Integer.class),
                rs.getInt("last_total"),
                instant(rs, "last_at"));
    }
}
