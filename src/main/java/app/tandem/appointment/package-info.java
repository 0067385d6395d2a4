/**
 * Therapy sessions and the client's agenda: a therapist records a client's sessions (one by one or as a weekly
 * series in the practice's zone) and marks them attended, cancelled or no-show; the client sees upcoming sessions and
 * writes "things I want to talk about" for the next one, which freeze when it starts. Implements the workspace's
 * {@link app.tandem.shared.workspace.SessionCalendar}, a need (session soon), a brief section (the agenda) and the
 * timeline's sessions. Other modules use {@link app.tandem.appointment.SessionTimes} (measure: "before each
 * session") and {@link app.tandem.appointment.AppointmentHistory} (demo).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Sessions and agenda",
        allowedDependencies = {"audit", "booking", "crypto", "identity", "practice", "safety", "screening", "shared"})
package app.tandem.appointment;
