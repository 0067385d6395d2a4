/**
 * Habits, homework and reminders: a client's own or suggested habits on a schedule in their zone, done or skipped
 * kindly, homework a therapist assigns, reminders fired once across nodes by db-scheduler (in-app always, email
 * without clinical content), and a personal calendar feed.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Habits and reminders",
        allowedDependencies = {
            "identity",
            "audit",
            "crypto",
            "practice",
            "safety",
            "screening",
            "notification",
            "shared"
        })
package app.tandem.habit;
