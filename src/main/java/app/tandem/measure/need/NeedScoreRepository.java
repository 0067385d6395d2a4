package app.tandem.measure.need;

import static app.tandem.shared.SqlTimes.instant;

import app.tandem.shared.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The scores the caseload needs, for a whole caseload in one query: each instrument's first and latest three. */
@Repository
class NeedScoreRepository {

    /** How many of the latest scores are read per client and instrument. */
    static final int LATEST = 3;

    private final JdbcClient jdbc;

    NeedScoreRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A counted score; {@code first} marks the baseline, {@code fromLatest} is 1 for the latest. */
    record Scored(UserId client, String instrument, int total, Instant completedAt, boolean first, int fromLatest) {}

    List<Scored> firstAndLatest(Collection<UserId> clients) {
        if (clients.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT client_id, instrument_code, total, completed_at, rn_first, rn_last FROM (
                  SELECT client_id, instrument_code, total, completed_at,
                    ROW_NUMBER() OVER (PARTITION BY client_id, instrument_code ORDER BY completed_at, started_at)
                      AS rn_first,
                    ROW_NUMBER() OVER (PARTITION BY client_id, instrument_code
                                       ORDER BY completed_at DESC, started_at DESC) AS rn_last
                  FROM measure_response
                  WHERE client_id IN (:clients) AND status = 'COMPLETE' AND superseded_by_id IS NULL
                    AND total IS NOT NULL
                ) r
                WHERE rn_first = 1 OR rn_last <= :latest
                ORDER BY client_id, instrument_code, completed_at""")
                .param("clients", clients.stream().map(UserId::value).toList())
                .param("latest", LATEST)
                .query((rs, n) -> new Scored(
                        new UserId(rs.getObject("client_id", UUID.class)),
                        rs.getString("instrument_code"),
                        rs.getInt("total"),
                        instant(rs, "completed_at"),
                        rs.getInt("rn_first") == 1,
                        rs.getInt("rn_last")))
                .list();
    }
}
