package app.tandem.measure.internal;

import static app.tandem.shared.SqlTimes.utc;

import app.tandem.measure.CitedValue;
import app.tandem.measure.Instrument;
import app.tandem.measure.InstrumentCatalog;
import app.tandem.measure.ScoreScale;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A practice's own baseline SDs. No primary source gives one for the published change thresholds, so the
 * shipped definitions carry none; a practice that has measured its own (with a source it can name) sets it here,
 * and reliable change for that instrument is then decided by the Jacobson-Truax index.
 */
@Service
public class BaselineSds {

    static final int SOURCE_MAX = 300;

    private final JdbcClient jdbc;
    private final InstrumentCatalog catalog;
    private final Clock clock;

    BaselineSds(JdbcClient jdbc, InstrumentCatalog catalog, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Why a baseline SD was refused: a message code in {@code i18n/measure}. */
    public static final class InvalidBaselineSdException extends RuntimeException {
        private final String messageCode;

        private InvalidBaselineSdException(String messageCode) {
            super(messageCode);
            this.messageCode = messageCode;
        }

        public String messageCode() {
            return messageCode;
        }
    }

    /** The practice's SDs by instrument code. */
    @Transactional(readOnly = true)
    public Map<String, CitedValue> all(PracticeId practice) {
        Map<String, CitedValue> sds = new HashMap<>();
        jdbc.sql("SELECT instrument_code, baseline_sd, source FROM measure_baseline_sd WHERE practice_id = ?")
                .param(practice.value())
                .query((rs, n) -> sds.put(
                        rs.getString("instrument_code"),
                        new CitedValue(rs.getDouble("baseline_sd"), rs.getString("source"), false, null)))
                .list();
        return sds;
    }

    /** The instrument as the practice uses it: with its own baseline SD where it set one. */
    @Transactional(readOnly = true)
    public Instrument applyTo(PracticeId practice, Instrument instrument) {
        if (instrument.change() == null) {
            return instrument;
        }
        return Optional.ofNullable(all(practice).get(instrument.code()))
                .map(sd -> instrument.withChange(instrument.change().withBaselineSd(sd)))
                .orElse(instrument);
    }

    /** Sets or replaces the practice's SD for an instrument that defines change over time. */
    @Transactional
    public void set(PracticeId practice, UserId admin, String code, Double sd, String source) {
        Instrument instrument = catalog.find(code)
                .filter(i -> i.change() != null)
                .orElseThrow(() -> new InvalidBaselineSdException("measure.sd.error.instrument"));
        String cleanSource = source == null ? "" : source.strip();
        int width = instrument.change().scale() == ScoreScale.SCALED
                ? instrument.scaledRange().max() - instrument.scaledRange().min()
                : instrument.totalRange().max() - instrument.totalRange().min();
        if (sd == null || sd.isNaN() || sd <= 0 || sd > width) {
            throw new InvalidBaselineSdException("measure.sd.error.value");
        }
        if (cleanSource.length() < 3 || cleanSource.length() > SOURCE_MAX) {
            throw new InvalidBaselineSdException("measure.sd.error.source");
        }
        clear(practice, code);
        jdbc.sql("""
                INSERT INTO measure_baseline_sd (practice_id, instrument_code, baseline_sd, source, set_by, set_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(practice.value(), code, sd, cleanSource, admin.value(), utc(clock.instant()))
                .update();
    }

    /** Goes back to the published threshold for that instrument. */
    @Transactional
    public void clear(PracticeId practice, String code) {
        jdbc.sql("DELETE FROM measure_baseline_sd WHERE practice_id = ? AND instrument_code = ?")
                .params(practice.value(), code)
                .update();
    }
}
