package app.tandem.coping.internal;

import app.tandem.shared.UserId;
import java.time.Instant;

/** A technique the therapist pinned for the client, with an optional note ("try this when the evening panic starts"). */
public record Pin(String techniqueId, String note, UserId pinnedBy, Instant pinnedAt) {}
