package app.tandem.measure;

import app.tandem.screening.RiskLevel;

/** A critical item answered at a level that is a safety signal. */
public record CriticalFinding(int item, int answer, RiskLevel riskLevel, String reason) {}
