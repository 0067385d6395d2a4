package app.tandem.journal.web;

import app.tandem.shared.ClientFreeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A new journal entry; the token makes a double tap save once. */
record JournalForm(
        @ClientFreeText @Size(max = 200, message = "{journal.title.size}") String title,

        @ClientFreeText
        @NotBlank(message = "{journal.body.required}") @Size(max = 20000, message = "{journal.body.size}") String body,

        @NotNull UUID submitToken) {

    static JournalForm blank() {
        return new JournalForm("", "", UUID.randomUUID());
    }
}
