package app.tandem.identity.invitation;

import app.tandem.identity.Person;
import app.tandem.identity.account.AccountRepository;
import app.tandem.identity.account.NewAccount;
import app.tandem.identity.account.SecretTokens;
import app.tandem.identity.security.PasswordAuthenticationProvider;
import app.tandem.notification.AccountEmail;
import app.tandem.notification.Notifier;
import app.tandem.practice.PracticeView;
import app.tandem.practice.Practices;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.Role;
import app.tandem.shared.UserId;
import app.tandem.shared.web.PublicAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins invite therapists, therapists invite clients; a one-time link valid for seven days. */
@Service
public class Invitations {

    static final Duration VALID_FOR = Duration.ofDays(7);
    private static final Logger log = LoggerFactory.getLogger(Invitations.class);

    private final InvitationRepository invitations;
    private final AccountRepository accounts;
    private final Practices practices;
    private final Notifier notifier;
    private final PasswordEncoder encoder;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String baseUrl;

    Invitations(
            InvitationRepository invitations,
            AccountRepository accounts,
            Practices practices,
            Notifier notifier,
            PasswordEncoder encoder,
            JdbcClient jdbc,
            Clock clock,
            PublicAddress address) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.practices = practices;
        this.notifier = notifier;
        this.encoder = encoder;
        this.jdbc = jdbc;
        this.clock = clock;
        this.baseUrl = address.base();
    }

    @Transactional
    public void inviteTherapist(CurrentUser admin, String name, String email, boolean alsoAdmin) {
        if (!admin.isAdmin()) {
            throw new AccessDeniedException("Only admins invite therapists");
        }
        Set<Role> roles = alsoAdmin ? EnumSet.of(Role.THERAPIST, Role.ADMIN) : EnumSet.of(Role.THERAPIST);
        invite(admin, name, email, roles, null);
    }

    @Transactional
    public void inviteClient(CurrentUser therapist, String name, String email) {
        if (!therapist.isTherapist()) {
            throw new AccessDeniedException("Only therapists invite clients");
        }
        invite(therapist, name, email, EnumSet.of(Role.CLIENT), therapist.id());
    }

    private void invite(CurrentUser by, String name, String rawEmail, Set<Role> roles, UserId therapist) {
        String email = PasswordAuthenticationProvider.normalizeEmail(rawEmail);
        Instant now = clock.instant();
        if (accounts.emailExists(email)) {
            throw InviteRefusedException.accountExists();
        }
        if (invitations.pendingExistsFor(email, now)) {
            throw InviteRefusedException.alreadyInvited();
        }
        String token = SecretTokens.newToken("");
        Invitation invitation = new Invitation(
                UUID.randomUUID(),
                by.practiceId(),
                email,
                name.trim(),
                roles,
                therapist,
                by.id(),
                now,
                now.plus(VALID_FOR),
                null,
                null);
        invitations.insert(invitation, SecretTokens.hash(token));
        PracticeView practice = practices.get(by.practiceId());
        notifier.sendAccountEmail(
                new AccountEmail(email, "You are invited to join " + practice.name() + " on Tandem", """
                Hello %s,

                %s has invited you to join %s on Tandem.

                To accept, open this link within 7 days and choose a password:
                %s/invitations/%s

                If you were not expecting this, you can ignore this email.
                """.formatted(
                                invitation.displayName(), by.displayName(), practice.name(), baseUrl, token)));
        log.info("Invitation {} sent by {}", invitation.id(), by.id());
    }

    @Transactional(readOnly = true)
    public List<Invitation> pendingBy(CurrentUser user) {
        return invitations.pendingBy(user.id(), clock.instant());
    }

    @Transactional
    public boolean revoke(CurrentUser user, UUID invitationId) {
        return invitations.revoke(invitationId, user.id(), clock.instant());
    }

    /** The invitation behind a link, or an {@link InvitationException} saying why it cannot be used. */
    @Transactional(readOnly = true)
    public InvitationView open(String token) {
        Invitation invitation = invitations
                .findByTokenHash(SecretTokens.hash(token))
                .orElseThrow(() -> InvitationException.because(Invitation.Problem.UNKNOWN));
        Invitation.Problem problem = invitation.problemAt(clock.instant());
        if (problem != null) {
            throw InvitationException.because(problem);
        }
        return view(invitation);
    }

    /** Creates the account, records consent to the practice's terms and uses up the link, all or nothing. */
    @Transactional
    public Person accept(String token, String password, String timeZone, String remoteAddress) {
        Invitation invitation = invitations
                .lockByTokenHash(SecretTokens.hash(token))
                .orElseThrow(() -> InvitationException.because(Invitation.Problem.UNKNOWN));
        Instant now = clock.instant();
        Invitation.Problem problem = invitation.problemAt(now);
        if (problem != null) {
            throw InvitationException.because(problem);
        }
        if (accounts.emailExists(invitation.email())) {
            throw InvitationException.because(Invitation.Problem.USED);
        }
        PracticeView practice = practices.get(invitation.practiceId());
        UserId id = UserId.random();
        accounts.insert(
                new NewAccount(
                        id,
                        invitation.practiceId(),
                        invitation.email(),
                        invitation.displayName(),
                        encoder.encode(password),
                        invitation.roles(),
                        invitation.primaryTherapistId(),
                        timeZone),
                now);
        jdbc.sql("""
                INSERT INTO consent (id, practice_id, user_id, terms_version, accepted_at, remote_addr)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        invitation.practiceId().value(),
                        id.value(),
                        practice.termsVersion(),
                        app.tandem.shared.SqlTimes.utc(now),
                        remoteAddress)
                .update();
        invitations.markAccepted(invitation.id(), now);
        log.info("Invitation {} accepted as user {}", invitation.id(), id);
        return accounts.find(id).orElseThrow().person();
    }

    private InvitationView view(Invitation invitation) {
        PracticeView practice = practices.get(invitation.practiceId());
        return new InvitationView(
                invitation.displayName(),
                invitation.email(),
                practice.name(),
                practice.termsVersion(),
                invitation.invitesClient(),
                practice.timeZone(),
                invitation.expiresAt());
    }

    /** What the acceptance page shows about an invitation. */
    public record InvitationView(
            String displayName,
            String email,
            String practiceName,
            String termsVersion,
            boolean forClient,
            String practiceTimeZone,
            Instant expiresAt) {}
}
