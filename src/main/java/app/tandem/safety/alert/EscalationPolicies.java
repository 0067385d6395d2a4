package app.tandem.safety.alert;

import static app.tandem.shared.SqlTimes.utc;

import app.tandem.practice.PracticeView;
import app.tandem.shared.PracticeId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each practice's escalation deadlines; a practice that never changed them uses the defaults. */
@Repository
class EscalationPolicies {

    private final JdbcClient jdbc;

    EscalationPolicies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    EscalationPolicy forPractice(PracticeId practice) {
        return jdbc.sql(
                        "SELECT high_minutes, moderate_minutes, low_time FROM safety_alert_policy WHERE practice_id = :p")
                .param("p", practice.value())
                .query((rs, n) -> new EscalationPolicy(
                        Duration.ofMinutes(rs.getInt("high_minutes")),
                        Duration.ofMinutes(rs.getInt("moderate_minutes")),
                        LocalTime.parse(rs.getString("low_time"))))
                .optional()
                .orElse(EscalationPolicy.DEFAULTS);
    }

    void save(PracticeId practice, EscalationPolicy policy, Instant at) {
        int updated = jdbc.sql("UPDATE safety_alert_policy SET high_minutes = :high, moderate_minutes = :moderate, "
                        + "low_time = :low, updated_at = :at WHERE practice_id = :p")
                .param("high", (int) policy.high().toMinutes())
                .param("moderate", (int) policy.moderate().toMinutes())
                .param("low", policy.lowAt().toString())
                .param("at", utc(at))
                .param("p", practice.value())
                .update();
        if (updated == 0) {
            jdbc.sql(
                            "INSERT INTO safety_alert_policy (practice_id, high_minutes, moderate_minutes, low_time, updated_at) "
                                    + "VALUES (:p, :high, :moderate, :low, :at)")
                    .param("high", (int) policy.high().toMinutes())
                    .param("moderate", (int) policy.moderate().toMinutes())
                    .param("low", policy.lowAt().toString())
                    .param("at", utc(at))
                    .param("p", practice.value())
                    .update();
        }
    }

    static BusinessHours hoursOf(PracticeView practice) {
        LocalTime start = practice.businessHoursStart() == null ? LocalTime.of(9, 0) : practice.businessHoursStart();
        LocalTime end = practice.businessHoursEnd() == null ? LocalTime.of(17, 0) : practice.businessHoursEnd();
        return new BusinessHours(start, end, practice.zone());
    }
}
