package app.tandem.checkin.internal;

import app.tandem.checkin.CheckInView;
import app.tandem.screening.RiskLevel;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;

/** A check-in row: whose it is, what it says, and the risk level the safety net gave its note. */
public record StoredCheckIn(PracticeId practice, UserId client, CheckInView view, RiskLevel safetyLevel) {}
