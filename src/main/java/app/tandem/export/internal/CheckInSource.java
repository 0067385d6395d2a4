package app.tandem.export.internal;

import app.tandem.shared.UserId;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The client's check-ins for the export. The checkin module's {@code CheckIns.between(client, from, to)} is not
 * in main yet; until it is, the export carries the check-in columns with no rows. Wiring it in is this class only.
 */
@Component
class CheckInSource {

    List<CheckInLine> lines(UserId client, ZoneId zone) {
        return List.of();
    }
}
