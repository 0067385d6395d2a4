package app.tandem.identity.passkey;

import app.tandem.shared.CurrentUser;
import org.springframework.core.env.Environment;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tandem as a WebAuthn relying party: Spring Security's webauthn4j operations, asking for a discoverable
 * passkey with user verification (so a passkey is possession plus PIN or biometrics: both factors at
 * once), showing the person's email and name to the authenticator, and naming and announcing each new
 * passkey. {@code http.webAuthn(...)} finds this bean and uses it for every ceremony.
 */
@Component
class PasskeyRelyingParty implements WebAuthnRelyingPartyOperations {

    private final PublicKeyCredentialUserEntityRepository userEntities;
    private final UserCredentialRepository credentials;
    private final PasskeyProperties properties;
    private final Environment environment;
    private final Passkeys passkeys;
    private volatile WebAuthnRelyingPartyOperations operations;

    PasskeyRelyingParty(
            PublicKeyCredentialUserEntityRepository userEntities,
            UserCredentialRepository credentials,
            PasskeyProperties properties,
            Environment environment,
            Passkeys passkeys) {
        this.userEntities = userEntities;
        this.credentials = credentials;
        this.properties = properties;
        this.environment = environment;
        this.passkeys = passkeys;
    }

    @Override
    @Transactional
    public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
            PublicKeyCredentialCreationOptionsRequest request) {
        return operations().createPublicKeyCredentialCreationOptions(request);
    }

    @Override
    @Transactional
    public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
        CurrentUser user = CurrentUser.current().orElseThrow(() -> new IllegalStateException("Not signed in"));
        Passkeys.label(request.getPublicKey().getLabel())
                .orElseThrow(() -> new IllegalArgumentException("A passkey needs a name of 1 to 60 characters"));
        CredentialRecord registered = operations().registerCredential(request);
        passkeys.added(user.id());
        return registered;
    }

    @Override
    public PublicKeyCredentialRequestOptions createCredentialRequestOptions(
            PublicKeyCredentialRequestOptionsRequest request) {
        return operations().createCredentialRequestOptions(request);
    }

    @Override
    @Transactional
    public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
        return operations().authenticate(request);
    }

    /** The relying party in effect; made on first use, since with port 0 the base URL is known only then. */
    RelyingPartyIdentity identity() {
        return RelyingPartyIdentity.of(
                properties.rpId(),
                properties.rpName(),
                properties.allowedOrigins(),
                environment.getRequiredProperty("tandem.base-url"));
    }

    private WebAuthnRelyingPartyOperations operations() {
        WebAuthnRelyingPartyOperations made = operations;
        if (made == null) {
            synchronized (this) {
                if (operations == null) {
                    operations = create(identity());
                }
                made = operations;
            }
        }
        return made;
    }

    private Webauthn4JRelyingPartyOperations create(RelyingPartyIdentity identity) {
        Webauthn4JRelyingPartyOperations created = new Webauthn4JRelyingPartyOperations(
                userEntities,
                credentials,
                PublicKeyCredentialRpEntity.builder()
                        .id(identity.id())
                        .name(identity.name())
                        .build(),
                identity.origins());
        created.setCustomizeCreationOptions(options -> {
            options.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
                    .residentKey(ResidentKeyRequirement.REQUIRED)
                    .userVerification(UserVerificationRequirement.REQUIRED)
                    .build());
            CurrentUser.current().ifPresent(user -> options.user(shownAs(user)));
        });
        created.setCustomizeRequestOptions(options -> options.userVerification(UserVerificationRequirement.REQUIRED));
        return created;
    }

    /**
     * The person's handle as stored (its {@code name} is their id), shown to the authenticator with their
     * email and name, so a passkey chooser lists something a person recognises.
     */
    private PublicKeyCredentialUserEntity shownAs(CurrentUser user) {
        PublicKeyCredentialUserEntity stored = userEntities.findByUsername(user.getName());
        return ImmutablePublicKeyCredentialUserEntity.builder()
                .id(stored.getId())
                .name(user.email())
                .displayName(user.displayName())
                .build();
    }
}
