package app.tandem.measure;

import app.tandem.screening.RiskLevel;
import java.util.Map;
import java.util.Optional;

/** An item whose answer is a safety signal regardless of the total (PHQ-9 item 9), with the risk level per answer. */
public record CriticalItem(int item, Map<Integer, RiskLevel> riskByAnswer, String reason) {

    public CriticalItem {
        riskByAnswer = Map.copyOf(riskByAnswer);
    }

    public Optional<RiskLevel> riskFor(int answer) {
        return Optional.ofNullable(riskByAnswer.get(answer));
    }
}
