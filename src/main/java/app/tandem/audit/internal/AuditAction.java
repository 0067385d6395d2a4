package app.tandem.audit.internal;

/** Whether clinical data was looked at or changed. */
public enum AuditAction {
    READ,
    WRITE
}
