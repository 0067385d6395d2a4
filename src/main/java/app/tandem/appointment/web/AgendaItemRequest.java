package app.tandem.appointment.web;

import app.tandem.shared.ClientFreeText;

/** Something the client wants to talk about (up to 500 characters). */
record AgendaItemRequest(@ClientFreeText String text) {}
