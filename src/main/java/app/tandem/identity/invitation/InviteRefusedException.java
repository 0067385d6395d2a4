package app.tandem.identity.invitation;

/** An invitation that cannot be sent; {@link #messageKey()} explains why on the form. */
class InviteRefusedException extends RuntimeException {

    private final String messageKey;

    private InviteRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    static InviteRefusedException accountExists() {
        return new InviteRefusedException("invite.error.accountExists");
    }

    static InviteRefusedException alreadyInvited() {
        return new InviteRefusedException("invite.error.alreadyInvited");
    }

    String messageKey() {
        return messageKey;
    }
}
