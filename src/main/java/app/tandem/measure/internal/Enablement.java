package app.tandem.measure.internal;

import static app.tandem.shared.SqlTimes.instant;
import static app.tandem.shared.SqlTimes.utc;

import app.tandem.measure.Instrument;
import app.tandem.measure.InstrumentCatalog;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which instruments a practice offers. Without a saved choice an instrument follows its definition's default;
 * an instrument whose app use needs a licence (ASRS) can only be switched on with an admin's confirmation that
 * the practice holds the licence.
 */
@Service
public class Enablement {

    private final JdbcClient jdbc;
    private final InstrumentCatalog catalog;
    private final Clock clock;

    Enablement(JdbcClient jdbc, InstrumentCatalog catalog, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** One instrument's state for a practice. */
    public record Setting(
            Instrument instrument,
            boolean enabled,
            boolean defaultChoice,
            UUID licenceConfirmedBy,
            Instant licenceConfirmedAt) {

        public boolean licenceConfirmed() {
            return licenceConfirmedAt != null;
        }

        /** The same setting offered or not, e.g. to show an admin's unsaved choice again. */
        public Setting withEnabled(boolean offered) {
            return new Setting(instrument, offered, defaultChoice, licenceConfirmedBy, licenceConfirmedAt);
        }
    }

    /** Thrown when a licensed instrument would be switched on without a licence confirmation. */
    public static final class LicenceNotConfirmedException extends RuntimeException {
        private final String code;

        LicenceNotConfirmedException(String code) {
            super("licence not confirmed for " + code);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    @Transactional(readOnly = true)
    public List<Setting> settings(PracticeId practice) {
        Map<String, Setting> saved = new HashMap<>();
        jdbc.sql("SELECT instrument_code, enabled, licence_confirmed_by, licence_confirmed_at "
                        + "FROM measure_instrument_setting WHERE practice_id = ?")
                .param(practice.value())
                .query((rs, n) -> {
                    Optional<Instrument> instrument = catalog.find(rs.getString("instrument_code"));
                    if (instrument.isPresent()) {
                        saved.put(
                                instrument.get().code(),
                                new Setting(
                                        instrument.get(),
                                        rs.getBoolean("enabled"),
                                        false,
                                        rs.getObject("licence_confirmed_by", UUID.class),
                                        instant(rs, "licence_confirmed_at")));
                    }
                    return n;
                })
                .list();
        List<Setting> all = new ArrayList<>();
        for (Instrument i : catalog.all()) {
            all.add(saved.getOrDefault(i.code(), new Setting(i, i.enabledByDefault(), true, null, null)));
        }
        return all;
    }

    @Transactional(readOnly = true)
    public List<Instrument> enabled(PracticeId practice) {
        return settings(practice).stream()
                .filter(Setting::enabled)
                .map(Setting::instrument)
                .toList();
    }

    /** The instrument if it exists and is enabled for the practice. */
    @Transactional(readOnly = true)
    public Optional<Instrument> enabled(PracticeId practice, String code) {
        return enabled(practice).stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /**
     * Saves the admin's choice for every instrument: {@code enabled} lists the codes to offer,
     * {@code licenceConfirmed} the licensed ones the admin confirms the practice holds a licence for now.
     */
    @Transactional
    public void save(PracticeId practice, UserId admin, Set<String> enabled, Set<String> licenceConfirmed) {
        Instant now = clock.instant();
        Map<String, Setting> current = new HashMap<>();
        settings(practice).forEach(s -> current.put(s.instrument().code(), s));
        for (Instrument i : catalog.all()) {
            boolean on = enabled.contains(i.code());
            Setting before = current.get(i.code());
            boolean confirmedNow = licenceConfirmed.contains(i.code());
            if (on && i.licence().requiresLicence() && !confirmedNow && !before.licenceConfirmed()) {
                throw new LicenceNotConfirmedException(i.code());
            }
            UUID confirmedBy = confirmedNow && !before.licenceConfirmed() ? admin.value() : before.licenceConfirmedBy();
            Instant confirmedAt = confirmedNow && !before.licenceConfirmed() ? now : before.licenceConfirmedAt();
            jdbc.sql("DELETE FROM measure_instrument_setting WHERE practice_id = ? AND instrument_code = ?")
                    .params(practice.value(), i.code())
                    .update();
            jdbc.sql("""
                    INSERT INTO measure_instrument_setting (practice_id, instrument_code, enabled, licence_confirmed_by,
                      licence_confirmed_at, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(practice.value(), i.code(), on, confirmedBy, utc(confirmedAt), admin.value(), utc(now))
                    .update();
        }
    }
}
