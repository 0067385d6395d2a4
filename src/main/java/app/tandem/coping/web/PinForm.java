package app.tandem.coping.web;

import app.tandem.shared.NotClientFreeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A therapist pins a technique for a client, with a note the client sees (the therapist's words, not the client's). */
record PinForm(
        @NotClientFreeText @NotBlank String techniqueId,
        @NotClientFreeText @Size(max = 300) String note) {}
