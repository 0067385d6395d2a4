package app.tandem.identity.passkey;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.security.web.webauthn.api.AttestationConveyancePreference;
import org.springframework.security.web.webauthn.api.AuthenticationExtensionsClientInputs;
import org.springframework.security.web.webauthn.api.AuthenticatorAttachment;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialDescriptor;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps the options of a passkey registration in the session between the two requests. Sessions are stored
 * serialized in the database (any node may answer the second request), and Spring Security's
 * {@link PublicKeyCredentialCreationOptions} is not {@link Serializable}: so the session holds its values,
 * and the options are built again from them. Choices such as user verification are kept as their names and
 * mapped back to Spring's constants, which are compared by identity.
 */
@Component
class SessionCreationOptionsRepository implements PublicKeyCredentialCreationOptionsRepository {

    static final String ATTRIBUTE = "tandem.passkeyCreationOptions";

    private static final List<PublicKeyCredentialParameters> ALGORITHMS = List.of(
            PublicKeyCredentialParameters.EdDSA,
            PublicKeyCredentialParameters.ES256,
            PublicKeyCredentialParameters.ES384,
            PublicKeyCredentialParameters.ES512,
            PublicKeyCredentialParameters.RS256,
            PublicKeyCredentialParameters.RS384,
            PublicKeyCredentialParameters.RS512,
            PublicKeyCredentialParameters.RS1);

    @Override
    public void save(
            HttpServletRequest request, HttpServletResponse response, PublicKeyCredentialCreationOptions options) {
        if (options == null) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(ATTRIBUTE);
            }
            return;
        }
        request.getSession().setAttribute(ATTRIBUTE, Stored.of(options));
    }

    @Override
    public PublicKeyCredentialCreationOptions load(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) instanceof Stored stored ? stored.options() : null;
    }

    /** The options as serializable values. */
    record Stored(
            String rpId,
            String rpName,
            PublicKeyCredentialUserEntity user,
            Bytes challenge,
            List<Long> algorithms,
            Duration timeout,
            List<PublicKeyCredentialDescriptor> excludeCredentials,
            String attachment,
            String residentKey,
            String userVerification,
            String attestation,
            AuthenticationExtensionsClientInputs extensions)
            implements Serializable {

        static Stored of(PublicKeyCredentialCreationOptions options) {
            AuthenticatorSelectionCriteria selection = options.getAuthenticatorSelection();
            return new Stored(
                    options.getRp().getId(),
                    options.getRp().getName(),
                    options.getUser(),
                    options.getChallenge(),
                    options.getPubKeyCredParams().stream()
                            .map(p -> p.getAlg().getValue())
                            .toList(),
                    options.getTimeout(),
                    options.getExcludeCredentials() == null ? List.of() : List.copyOf(options.getExcludeCredentials()),
                    selection == null || selection.getAuthenticatorAttachment() == null
                            ? null
                            : selection.getAuthenticatorAttachment().getValue(),
                    selection == null || selection.getResidentKey() == null
                            ? null
                            : selection.getResidentKey().getValue(),
                    selection == null || selection.getUserVerification() == null
                            ? null
                            : selection.getUserVerification().getValue(),
                    options.getAttestation() == null
                            ? null
                            : options.getAttestation().getValue(),
                    options.getExtensions());
        }

        PublicKeyCredentialCreationOptions options() {
            return PublicKeyCredentialCreationOptions.builder()
                    .rp(PublicKeyCredentialRpEntity.builder()
                            .id(rpId)
                            .name(rpName)
                            .build())
                    .user(user)
                    .challenge(challenge)
                    .pubKeyCredParams(algorithms.stream()
                            .flatMap(alg ->
                                    ALGORITHMS.stream().filter(p -> p.getAlg().getValue() == alg))
                            .toList())
                    .timeout(timeout)
                    .excludeCredentials(excludeCredentials)
                    .authenticatorSelection(AuthenticatorSelectionCriteria.builder()
                            .authenticatorAttachment(
                                    attachment == null ? null : AuthenticatorAttachment.valueOf(attachment))
                            .residentKey(residentKey == null ? null : ResidentKeyRequirement.valueOf(residentKey))
                            .userVerification(userVerification(userVerification))
                            .build())
                    .attestation(attestation == null ? null : AttestationConveyancePreference.valueOf(attestation))
                    .extensions(extensions)
                    .build();
        }

        private static UserVerificationRequirement userVerification(String value) {
            return Stream.of(
                            UserVerificationRequirement.REQUIRED,
                            UserVerificationRequirement.PREFERRED,
                            UserVerificationRequirement.DISCOURAGED)
                    .filter(u -> u.getValue().equals(value))
                    .findFirst()
                    .orElse(null);
        }
    }
}
