package app.tandem.notification.internal;

import app.tandem.notification.NotificationKind;
import app.tandem.shared.PracticeId;
import app.tandem.shared.SqlTimes;
import app.tandem.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for in-app notifications; every read and write is scoped to the owning user. */
@Repository
class NotificationRepository {

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, PracticeId practice, UserId user, NotificationKind kind, String link, Instant now) {
        jdbc.sql("""
                INSERT INTO notification (id, practice_id, user_id, kind, link, created_at)
                VALUES (:id, :practice, :user, :kind, :link, :now)""")
                .param("id", id)
                .param("practice", practice.value())
                .param("user", user.value())
                .param("kind", kind.name())
                .param("link", link)
                .param("now", SqlTimes.utc(now))
                .update();
    }

    List<NotificationView> latestFor(UserId user, int limit) {
        return jdbc.sql("""
                SELECT id, kind, link, created_at, read_at FROM notification
                WHERE user_id = :user
                ORDER BY created_at DESC, id
                LIMIT :limit""")
                .param("user", user.value())
                .param("limit", limit)
                .query((rs, n) -> new NotificationView(
                        rs.getObject("id", UUID.class),
                        NotificationKind.valueOf(rs.getString("kind")),
                        rs.getString("link"),
                        SqlTimes.instant(rs, "created_at"),
                        SqlTimes.instant(rs, "read_at")))
                .list();
    }

    long unreadCount(UserId user) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE user_id = :user AND read_at IS NULL")
                .param("user", user.value())
                .query(Long.class)
                .single();
    }

    /** False when no notification with this id belongs to this user. */
    boolean exists(UUID id, UserId user) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE id = :id AND user_id = :user")
                        .param("id", id)
                        .param("user", user.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    void markRead(UUID id, UserId user, Instant now) {
        jdbc.sql("UPDATE notification SET read_at = :now WHERE id = :id AND user_id = :user AND read_at IS NULL")
                .param("now", SqlTimes.utc(now))
                .param("id", id)
                .param("user", user.value())
                .update();
    }

    int markAllRead(UserId user, Instant now) {
        return jdbc.sql("UPDATE notification SET read_at = :now WHERE user_id = :user AND read_at IS NULL")
                .param("now", SqlTimes.utc(now))
                .param("user", user.value())
                .update();
    }
}
