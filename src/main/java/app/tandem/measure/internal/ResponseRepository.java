package app.tandem.measure.internal;

import static app.tandem.shared.SqlTimes.instant;
import static app.tandem.shared.SqlTimes.utc;

import app.tandem.crypto.FieldCipher;
import app.tandem.measure.InstrumentCatalog;
import app.tandem.measure.MeasureResponse;
import app.tandem.measure.MeasureResponse.Status;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for responses, their answers and submission tokens. */
@Repository
public class ResponseRepository {

    private static final int ANSWER_BATCH = 500;
    private static final String COLUMNS = """
            id, practice_id, client_id, instrument_code, instrument_version, status, total, percentage, band,
            counted_items, screen_positive, started_at, updated_at, completed_at, supersedes_id, superseded_by_id,
            correction_reason, assignment_id""";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final InstrumentCatalog catalog;

    ResponseRepository(JdbcClient jdbc, FieldCipher cipher, InstrumentCatalog catalog) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.catalog = catalog;
    }

    /** The row to write; {@code correctionReason} is plaintext and encrypted here. */
    public record Row(
            UUID id,
            PracticeId practice,
            UserId client,
            String code,
            String version,
            Status status,
            Integer total,
            Integer percentage,
            String band,
            Integer count,
            Boolean screenPositive,
            Instant startedAt,
            Instant updatedAt,
            Instant completedAt,
            UUID supersedesId,
            String correctionReason,
            UUID assignmentId) {}

    public void insert(Row r) {
        jdbc.sql("INSERT INTO measure_response (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(
                        r.id(),
                        r.practice().value(),
                        r.client().value(),
                        r.code(),
                        r.version(),
                        r.status().name(),
                        r.total(),
                        r.percentage(),
                        r.band(),
                        r.count(),
                        r.screenPositive(),
                        utc(r.startedAt()),
                        utc(r.updatedAt()),
                        utc(r.completedAt()),
                        r.supersedesId(),
                        null,
                        cipher.encrypt(r.correctionReason()),
                        r.assignmentId())
                .update();
    }

    /** Rewrites a draft (as a draft or now complete); refuses to touch a complete response. */
    public boolean updateDraft(Row r) {
        return jdbc.sql("""
                UPDATE measure_response SET instrument_version = ?, status = ?, total = ?, percentage = ?, band = ?,
                  counted_items = ?, screen_positive = ?, updated_at = ?, completed_at = ?, assignment_id = ?
                WHERE id = ? AND status = 'DRAFT'""")
                        .params(
                                r.version(),
                                r.status().name(),
                                r.total(),
                                r.percentage(),
                                r.band(),
                                r.count(),
                                r.screenPositive(),
                                utc(r.updatedAt()),
                                utc(r.completedAt()),
                                r.assignmentId(),
                                r.id())
                        .update()
                == 1;
    }

    /** Marks a complete response as replaced by a correction; false when it was already replaced. */
    public boolean markSuperseded(UUID original, UUID correction) {
        return jdbc.sql("UPDATE measure_response SET superseded_by_id = ? WHERE id = ? AND superseded_by_id IS NULL "
                                + "AND status = 'COMPLETE'")
                        .params(correction, original)
                        .update()
                == 1;
    }

    public void replaceAnswers(UUID response, List<Integer> answers, Map<String, Integer> unscored) {
        jdbc.sql("DELETE FROM measure_answer WHERE response_id = ?")
                .param(response)
                .update();
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i) != null) {
                jdbc.sql("INSERT INTO measure_answer (response_id, link_id, scored, score) VALUES (?, ?, TRUE, ?)")
                        .params(response, String.valueOf(i + 1), answers.get(i))
                        .update();
            }
        }
        unscored.forEach((linkId, score) -> {
            if (score != null) {
                jdbc.sql("INSERT INTO measure_answer (response_id, link_id, scored, score) VALUES (?, ?, FALSE, ?)")
                        .params(response, linkId, score)
                        .update();
            }
        });
    }

    public Optional<MeasureResponse> find(UUID id) {
        return one("WHERE id = ?", id);
    }

    public Optional<MeasureResponse> findDraft(UserId client, String code) {
        return one(
                "WHERE client_id = ? AND instrument_code = ? AND status = 'DRAFT' ORDER BY updated_at DESC LIMIT 1",
                client.value(),
                code);
    }

    public List<MeasureResponse> drafts(UserId client) {
        return many("WHERE client_id = ? AND status = 'DRAFT' ORDER BY updated_at DESC", client.value());
    }

    /** Every complete response of the client, corrected ones included, oldest first. */
    public List<MeasureResponse> completed(UserId client) {
        return many("WHERE client_id = ? AND status = 'COMPLETE' ORDER BY completed_at, started_at", client.value());
    }

    public List<MeasureResponse> completed(UserId client, String code) {
        return many(
                "WHERE client_id = ? AND instrument_code = ? AND status = 'COMPLETE' ORDER BY completed_at, started_at",
                client.value(),
                code);
    }

    public Optional<UUID> submission(UserId client, String token) {
        return jdbc.sql("SELECT response_id FROM measure_submission WHERE client_id = ? AND token = ?")
                .params(client.value(), token)
                .query(UUID.class)
                .optional();
    }

    public void recordSubmission(UserId client, String token, UUID response, Instant now) {
        jdbc.sql("INSERT INTO measure_submission (client_id, token, response_id, created_at) VALUES (?, ?, ?, ?)")
                .params(client.value(), token, response, utc(now))
                .update();
    }

    private Optional<MeasureResponse> one(String where, Object... params) {
        List<MeasureResponse> found = many(where, params);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private List<MeasureResponse> many(String where, Object... params) {
        List<Header> headers = jdbc.sql("SELECT " + COLUMNS + " FROM measure_response " + where)
                .params(params)
                .query(this::header)
                .list();
        Map<UUID, List<Answer>> answers =
                answersOf(headers.stream().map(Header::id).toList());
        List<MeasureResponse> result = new ArrayList<>();
        for (Header h : headers) {
            result.add(withAnswers(h, answers.getOrDefault(h.id(), List.of())));
        }
        return result;
    }

    /** One stored answer: its item's link id, whether it counts towards the total, its score. */
    private record Answer(String linkId, boolean scored, int score) {}

    /** The answers of many responses, a few queries in all (not one per response: a history is hundreds). */
    private Map<UUID, List<Answer>> answersOf(List<UUID> responses) {
        Map<UUID, List<Answer>> answers = new HashMap<>();
        for (int from = 0; from < responses.size(); from += ANSWER_BATCH) {
            jdbc.sql("SELECT response_id, link_id, scored, score FROM measure_answer WHERE response_id IN (:ids)")
                    .param("ids", responses.subList(from, Math.min(responses.size(), from + ANSWER_BATCH)))
                    .query(rs -> {
                        answers.computeIfAbsent(rs.getObject("response_id", UUID.class), k -> new ArrayList<>())
                                .add(new Answer(rs.getString("link_id"), rs.getBoolean("scored"), rs.getInt("score")));
                    });
        }
        return answers;
    }

    private MeasureResponse withAnswers(Header h, List<Answer> stored) {
        Map<Integer, Integer> scored = new HashMap<>();
        Map<String, Integer> unscored = new LinkedHashMap<>();
        for (Answer a : stored) {
            if (a.scored()) {
                scored.put(Integer.parseInt(a.linkId()), a.score());
            } else {
                unscored.put(a.linkId(), a.score());
            }
        }
        int items = h.itemCount() > 0
                ? h.itemCount()
                : scored.keySet().stream().mapToInt(i -> i).max().orElse(0);
        List<Integer> answers = new ArrayList<>();
        for (int i = 1; i <= items; i++) {
            answers.add(scored.get(i));
        }
        return new MeasureResponse(
                h.id(),
                h.practice(),
                h.client(),
                h.code(),
                h.version(),
                h.status(),
                answers,
                unscored,
                h.total(),
                h.percentage(),
                h.band(),
                h.count(),
                h.screenPositive(),
                h.startedAt(),
                h.updatedAt(),
                h.completedAt(),
                h.supersedesId(),
                h.supersededById(),
                h.reason(),
                h.assignmentId());
    }

    private Header header(ResultSet rs, int n) throws SQLException {
        String code = rs.getString("instrument_code");
        return new Header(
                rs.getObject("id", UUID.class),
                new PracticeId(rs.getObject("practice_id", UUID.class)),
                new UserId(rs.getObject("client_id", UUID.class)),
                code,
                rs.getString("instrument_version"),
                Status.valueOf(rs.getString("status")),
                integer(rs, "total"),
                integer(rs, "percentage"),
                rs.getString("band"),
                integer(rs, "counted_items"),
                rs.getObject("screen_positive") == null ? null : rs.getBoolean("screen_positive"),
                instant(rs, "started_at"),
                instant(rs, "updated_at"),
                instant(rs, "completed_at"),
                rs.getObject("supersedes_id", UUID.class),
                rs.getObject("superseded_by_id", UUID.class),
                cipher.decrypt(rs.getString("correction_reason")),
                rs.getObject("assignment_id", UUID.class),
                catalog.find(code).map(i -> i.itemCount()).orElse(0));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private record Header(
            UUID id,
            PracticeId practice,
            UserId client,
            String code,
            String version,
            Status status,
            Integer total,
            Integer percentage,
            String band,
            Integer count,
            Boolean screenPositive,
            Instant startedAt,
            Instant updatedAt,
            Instant completedAt,
            UUID supersedesId,
            UUID supersededById,
            String reason,
            UUID assignmentId,
            int itemCount) {}
}
