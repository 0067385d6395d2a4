package app.tandem.identity.invitation;

/** An invitation link that cannot be used any more (or never could); the page says which. */
class InvitationException extends RuntimeException {

    private final Invitation.Problem problem;

    private InvitationException(Invitation.Problem problem) {
        super("Invitation cannot be used: " + problem);
        this.problem = problem;
    }

    static InvitationException because(Invitation.Problem problem) {
        return new InvitationException(problem);
    }

    Invitation.Problem problem() {
        return problem;
    }
}
