package app.tandem.audit.internal;

/** The end of a practice's chain: the last seq appended and its hash. */
public record ChainHead(long lastSeq, String lastHash) {}
