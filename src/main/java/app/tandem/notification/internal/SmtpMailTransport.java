package app.tandem.notification.internal;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends through the configured SMTP server as plain UTF-8 text. */
class SmtpMailTransport implements MailTransport {

    private final JavaMailSender sender;
    private final String from;

    SmtpMailTransport(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(OutboundEmail email) throws Exception {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, email.hasCalendar(), StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(email.to());
        helper.setSubject(email.subject());
        helper.setText(email.body(), false);
        if (email.hasCalendar()) {
            // Calendar clients (Google, Apple, Outlook) read the attached invite as an event to add or update.
            helper.addAttachment(
                    "invite.ics",
                    new ByteArrayResource(email.calendar().getBytes(StandardCharsets.UTF_8)),
                    "text/calendar; charset=UTF-8; method=" + email.calendarMethod());
        }
        // Tells mail servers and autoresponders this is automated mail (RFC 3834).
        message.setHeader("Auto-Submitted", "auto-generated");
        sender.send(message);
    }
}
