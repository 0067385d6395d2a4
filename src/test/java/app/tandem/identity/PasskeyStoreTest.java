package app.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.identity.passkey.Passkeys;
import app.tandem.identity.security.SecondFactorCheck;
import app.tandem.practice.Practices;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.PracticeId;
import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Passkeys in the database (the migration's tables through Spring Security's JDBC repositories, on H2 and
 * PostgreSQL), listing and removing them, and how a passkey counts toward a practice's two-step rule.
 */
@TandemIntegrationTest
class PasskeyStoreTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PublicKeyCredentialUserEntityRepository userEntities;

    @Autowired
    UserCredentialRepository credentials;

    @Autowired
    Passkeys passkeys;

    @Autowired
    Practices practices;

    @Autowired
    SecondFactorCheck secondFactor;

    @Test
    void aStoredPasskeyReadsBackWithItsKeyCounterAndTimes() {
        CurrentUser therapist = data.aTherapist(data.aPractice());
        PublicKeyCredentialUserEntity handle = handleOf(therapist);
        Instant created = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        CredentialRecord stored = passkey(handle, "Work laptop", created);
        credentials.save(stored);

        CredentialRecord read = credentials.findByCredentialId(stored.getCredentialId());
        assertThat(read.getUserEntityUserId()).isEqualTo(handle.getId());
        assertThat(read.getPublicKey().getBytes())
                .isEqualTo(stored.getPublicKey().getBytes());
        assertThat(read.getAttestationObject()).isEqualTo(stored.getAttestationObject());
        assertThat(read.getSignatureCount()).isEqualTo(3);
        assertThat(read.getTransports()).containsExactly(AuthenticatorTransport.INTERNAL);
        assertThat(read.getCreated()).isEqualTo(created);
        assertThat(userEntities.findById(handle.getId()).getName())
                .isEqualTo(therapist.id().toString());

        // signing in saves it again with the new counter and time
        Instant used = created.plusSeconds(60);
        credentials.save(ImmutableCredentialRecord.fromCredentialRecord(read)
                .signatureCount(4)
                .lastUsed(used)
                .build());
        CredentialRecord updated = credentials.findByCredentialId(stored.getCredentialId());
        assertThat(updated.getSignatureCount()).isEqualTo(4);
        assertThat(updated.getLastUsed()).isEqualTo(used);
        assertThat(credentials.findByUserId(handle.getId())).hasSize(1);

        assertThat(passkeys.of(therapist.id())).singleElement().satisfies(p -> {
            assertThat(p.label()).isEqualTo("Work laptop");
            assertThat(p.createdAt()).isEqualTo(created);
            assertThat(p.lastUsedAt()).isEqualTo(used);
        });
    }

    @Test
    void onlyTheOwnerRemovesAPasskeyAndIsToldByEmail() throws Exception {
        PracticeId practice = data.aPractice();
        CurrentUser owner = data.aTherapist(practice);
        CurrentUser other = data.aTherapist(practice);
        CredentialRecord key = passkey(handleOf(owner), "Phone", Instant.now());
        credentials.save(key);
        String id = key.getCredentialId().toBase64UrlString();

        mvc.perform(post("/settings/passkeys/{id}/remove", id)
                        .with(SignedIn.as(other))
                        .with(csrf()))
                .andExpect(redirectedUrl("/settings"));
        assertThat(passkeys.hasAny(owner.id()))
                .as("someone else's passkey stays")
                .isTrue();

        mvc.perform(post("/settings/passkeys/{id}/remove", id)
                        .with(SignedIn.as(owner))
                        .with(csrf()))
                .andExpect(redirectedUrl("/settings"));
        assertThat(passkeys.hasAny(owner.id())).isFalse();
        assertThat(credentials.findByCredentialId(key.getCredentialId())).isNull();
        assertThat(emailsTo(owner, "A passkey was removed from your Tandem account"))
                .isEqualTo(1);
        assertThat(emailsTo(other, "A passkey was removed from your Tandem account"))
                .isZero();
    }

    @Test
    void settingsListThePersonsPasskeys() throws Exception {
        CurrentUser client = data.aClientOf(data.aTherapist(data.aPractice()));
        credentials.save(passkey(handleOf(client), "Kitchen tablet", Instant.now()));

        String page = mvc.perform(get("/settings").with(SignedIn.as(client)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Kitchen tablet").contains("not used yet").contains("Remove passkey Kitchen tablet");
    }

    @Test
    void aPasskeyCountsAsTwoStepSignInSoStaffWithOnlyAPasskeyCannotSignInWithAPasswordAlone() throws Exception {
        PracticeId practice = data.aPractice();
        practices.requireMfa(practice, true);
        CurrentUser therapist = data.aTherapist(practice);
        assertThat(secondFactor.mustEnrolFirst(therapist)).isTrue();
        credentials.save(passkey(handleOf(therapist), "Phone", Instant.now()));
        assertThat(secondFactor.mustEnrolFirst(therapist))
                .as("a passkey is enrolment")
                .isFalse();

        mvc.perform(post("/login")
                        .with(csrf())
                        .param("email", therapist.email())
                        .param("password", TestData.PASSWORD))
                .andExpect(redirectedUrl("/login?error=passkeyRequired"));
    }

    @Test
    void withoutAPasskeyStaffOfAStrictPracticeStillSignInWithAPasswordAndAreSentToEnrolment() throws Exception {
        PracticeId practice = data.aPractice();
        practices.requireMfa(practice, true);
        CurrentUser therapist = data.aTherapist(practice);

        mvc.perform(post("/login")
                        .with(csrf())
                        .param("email", therapist.email())
                        .param("password", TestData.PASSWORD))
                .andExpect(redirectedUrl("/settings/mfa"));
    }

    @Test
    void aRegistrationTheRelyingPartyRefusesIsABadRequestNotAServerError() throws Exception {
        CurrentUser client = data.aClientOf(data.aTherapist(data.aPractice()));
        for (String label : new String[] {"", "x".repeat(61), "Phone"}) {
            // fresh options each time (Spring forgets them once a registration is tried), kept in the session
            // store like every session, so the second request carries the first one's cookie
            Cookie[] session = mvc.perform(post("/webauthn/register/options")
                            .with(SignedIn.as(client))
                            .with(csrf()))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getCookies();
            String answer = mvc.perform(post("/webauthn/register")
                            .cookie(session)
                            .with(SignedIn.as(client))
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(forgedRegistration(label)))
                    .andExpect(status().isBadRequest())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(answer).as("label %s", label.length()).isEqualTo("{\"success\":false}");
        }
        assertThat(passkeys.of(client.id())).isEmpty();
    }

    /** A registration whose name is the given one and whose attestation is noise. */
    private static String forgedRegistration(String label) {
        String noise = Bytes.random().toBase64UrlString();
        return """
                {"publicKey":{"credential":{"id":"%1$s","rawId":"%1$s","type":"public-key",
                "response":{"attestationObject":"%1$s","clientDataJSON":"%1$s","transports":["internal"]},
                "clientExtensionResults":{},"authenticatorAttachment":"platform"},"label":"%2$s"}}""".formatted(noise, label);
    }

    private PublicKeyCredentialUserEntity handleOf(CurrentUser user) {
        PublicKeyCredentialUserEntity handle = ImmutablePublicKeyCredentialUserEntity.builder()
                .id(Bytes.random())
                .name(user.id().toString())
                .displayName(user.id().toString())
                .build();
        userEntities.save(handle);
        return handle;
    }

    private static CredentialRecord passkey(PublicKeyCredentialUserEntity handle, String label, Instant created) {
        return ImmutableCredentialRecord.builder()
                .credentialId(Bytes.random())
                .userEntityUserId(handle.getId())
                .publicKey(new ImmutablePublicKeyCose(Bytes.random().getBytes()))
                .signatureCount(3)
                .uvInitialized(true)
                .backupEligible(false)
                .backupState(false)
                .transports(Set.of(AuthenticatorTransport.INTERNAL))
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .attestationObject(Bytes.random())
                .attestationClientDataJSON(Bytes.random())
                .created(created)
                .lastUsed(created)
                .label(label)
                .build();
    }

    private int emailsTo(CurrentUser user, String subject) {
        return jdbc.sql("SELECT COUNT(*) FROM outbound_email WHERE to_address = ? AND subject = ?")
                .params(user.email(), subject)
                .query(Integer.class)
                .single();
    }
}
