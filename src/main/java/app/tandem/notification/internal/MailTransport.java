package app.tandem.notification.internal;

/** Hands one email to the outside world; throws when it could not. */
interface MailTransport {

    void send(OutboundEmail email) throws Exception;
}
