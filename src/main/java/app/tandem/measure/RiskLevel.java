package app.tandem.measure;

/** Triage level of a safety signal, as in the clinical reference (low, moderate, high). */
public enum RiskLevel {
    LOW, MODERATE, HIGH
}
