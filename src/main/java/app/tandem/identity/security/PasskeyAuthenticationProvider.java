package app.tandem.identity.security;

import app.tandem.identity.account.Account;
import app.tandem.identity.account.AccountRepository;
import app.tandem.shared.UserId;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Component;

/**
 * Signs a person in with a passkey: the relying party checks the signature (and that the authenticator
 * verified the user), then the account must exist and not be paused. The result is the same principal as
 * a password sign-in, with no code step after it: a passkey with user verification is already two factors.
 */
@Component
class PasskeyAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(PasskeyAuthenticationProvider.class);

    private final WebAuthnRelyingPartyOperations relyingParty;
    private final AccountRepository accounts;
    private final Clock clock;

    PasskeyAuthenticationProvider(
            WebAuthnRelyingPartyOperations relyingParty, AccountRepository accounts, Clock clock) {
        this.relyingParty = relyingParty;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        WebAuthnAuthenticationRequestToken request = (WebAuthnAuthenticationRequestToken) authentication;
        PublicKeyCredentialUserEntity handle;
        try {
            handle = relyingParty.authenticate(request.getWebAuthnRequest());
        } catch (AuthenticationException e) {
            throw e;
        } catch (RuntimeException e) {
            log.info("Passkey sign-in refused: {}", e.getClass().getSimpleName());
            throw new BadCredentialsException("Passkey not accepted", e);
        }
        Account account = owner(handle).orElseThrow(() -> new BadCredentialsException("No account for this passkey"));
        if (!account.person().enabled()) {
            log.info(
                    "Passkey sign-in refused for paused user {}",
                    account.person().id());
            throw new DisabledException("Account disabled");
        }
        accounts.recordSuccessfulLogin(account.person().id(), clock.instant());
        log.info("User {} signed in with a passkey", account.person().id());
        return SignedInUsers.authentication(account.person());
    }

    private Optional<Account> owner(PublicKeyCredentialUserEntity handle) {
        try {
            return handle == null ? Optional.empty() : accounts.find(UserId.of(handle.getName()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
    }
}
