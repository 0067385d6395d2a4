package app.tandem.appointment.web;

import app.tandem.shared.ClientFreeText;
import app.tandem.shared.NotClientFreeText;

/** The client adds one thing to talk about; the token makes a double submit add it once. */
record AgendaForm(
        @ClientFreeText String text, @NotClientFreeText String submitToken) {}
