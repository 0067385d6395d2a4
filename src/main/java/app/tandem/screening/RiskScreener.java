package app.tandem.screening;

import app.tandem.screening.engine.ScreeningEngine;
import org.springframework.stereotype.Component;

/**
 * Explainable rule-based risk screener for free text; thread-safe, stateless after construction.
 * Never logs the text it screens.
 */
@Component
public class RiskScreener {

    private final ScreeningEngine engine;

    public RiskScreener() {
        this(ScreeningEngine.standard());
    }

    RiskScreener(ScreeningEngine engine) {
        this.engine = engine;
    }

    /** Screens one text; null or blank text screens as NONE. */
    public Screening screen(String text) {
        if (text == null || text.isBlank()) {
            return Screening.NONE;
        }
        return engine.screen(text);
    }
}
