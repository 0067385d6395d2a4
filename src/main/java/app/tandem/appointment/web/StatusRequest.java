package app.tandem.appointment.web;

import app.tandem.appointment.SessionStatus;

/** A session's new status. */
record StatusRequest(SessionStatus status) {}
