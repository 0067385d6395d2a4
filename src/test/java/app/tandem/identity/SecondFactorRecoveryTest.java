package app.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.tandem.identity.mfa.SecondFactors;
import app.tandem.identity.mfa.Totp;
import app.tandem.identity.passkey.Passkeys;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.PracticeId;
import app.tandem.testing.SignedIn;
import app.tandem.testing.TandemIntegrationTest;
import app.tandem.testing.TestData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.test.web.servlet.MockMvc;

/** Lost second factors: new recovery codes for oneself, and an admin's reset of someone's app, codes and passkeys. */
@TandemIntegrationTest
class SecondFactorRecoveryTest {

    private static final Pattern RECOVERY = Pattern.compile("<code>([a-z0-9]{5}-[a-z0-9]{5})</code>");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SecondFactors factors;

    @Autowired
    Passkeys passkeys;

    @Autowired
    PublicKeyCredentialUserEntityRepository userEntities;

    @Autowired
    UserCredentialRepository credentials;

    @Test
    void newRecoveryCodesAreShownOnceStoredHashedAndTheOldOnesStopWorking() throws Exception {
        CurrentUser therapist = data.aTherapist(data.aPractice());
        List<String> old = turnOnTheApp(therapist);
        factors.verify(therapist.id(), old.get(0));

        String refused = mvc.perform(post("/settings/mfa/recovery-codes")
                        .with(SignedIn.as(therapist))
                        .with(csrf())
                        .param("password", "not the password"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Your recovery codes are unchanged");
        assertThat(factors.recoveryCodesLeft(therapist.id())).isEqualTo(9);

        String page = mvc.perform(post("/settings/mfa/recovery-codes")
                        .with(SignedIn.as(therapist))
                        .with(csrf())
                        .param("password", TestData.PASSWORD))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> fresh = codesOn(page);
        assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(old);
        assertThat(factors.recoveryCodesLeft(therapist.id())).isEqualTo(10);
        List<String> stored = jdbc.sql("SELECT code_hash FROM user_recovery_code WHERE user_id = ?")
                .param(therapist.id().value())
                .query(String.class)
                .list();
        assertThat(stored).hasSize(10).doesNotContainAnyElementsOf(fresh);

        assertThat(factors.verify(therapist.id(), old.get(1))).as("an old code").isFalse();
        assertThat(factors.verify(therapist.id(), fresh.get(0)))
                .as("a new code")
                .isTrue();
    }

    @Test
    void anAdminResetsAPersonsAppCodesAndPasskeysAuditedAndTheyAreToldByEmail() throws Exception {
        PracticeId practice = data.aPractice();
        CurrentUser admin = data.anAdmin(practice);
        CurrentUser therapist = data.aTherapist(practice);
        turnOnTheApp(therapist);
        addPasskey(therapist);

        CurrentUser foreignAdmin = data.anAdmin(data.aPractice());
        mvc.perform(post(
                                "/admin/people/{id}/second-factors/reset",
                                therapist.id().value())
                        .with(SignedIn.as(foreignAdmin))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/people"));
        assertThat(factors.isOn(therapist.id()))
                .as("another practice's admin cannot")
                .isTrue();
        assertThat(passkeys.hasAny(therapist.id())).isTrue();

        mvc.perform(post(
                                "/admin/people/{id}/second-factors/reset",
                                therapist.id().value())
                        .with(SignedIn.as(admin))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/people"));
        assertThat(factors.isOn(therapist.id())).isFalse();
        assertThat(factors.recoveryCodesLeft(therapist.id())).isZero();
        assertThat(passkeys.hasAny(therapist.id())).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbound_email WHERE to_address = ? AND subject = ?")
                        .params(therapist.email(), "Your Tandem two-step sign-in was reset")
                        .query(Integer.class)
                        .single())
                .isOne();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE client_id = ? AND what = 'second-factors-reset'")
                        .param(therapist.id().value())
                        .query(Integer.class)
                        .single())
                .isOne();
    }

    private List<String> turnOnTheApp(CurrentUser user) {
        String secret =
                factors.pendingEnrolment(user.id(), user.email()).orElseThrow().secret();
        return factors.confirm(user.id(), Totp.codeAt(secret, Instant.now())).orElseThrow();
    }

    private void addPasskey(CurrentUser user) {
        PublicKeyCredentialUserEntity handle = ImmutablePublicKeyCredentialUserEntity.builder()
                .id(Bytes.random())
                .name(user.id().toString())
                .displayName(user.displayName())
                .build();
        userEntities.save(handle);
        Instant now = Instant.now();
        credentials.save(ImmutableCredentialRecord.builder()
                .credentialId(Bytes.random())
                .userEntityUserId(handle.getId())
                .publicKey(new ImmutablePublicKeyCose(Bytes.random().getBytes()))
                .signatureCount(0)
                .uvInitialized(true)
                .backupEligible(false)
                .backupState(false)
                .transports(Set.of(AuthenticatorTransport.INTERNAL))
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .attestationObject(Bytes.random())
                .attestationClientDataJSON(Bytes.random())
                .created(now)
                .lastUsed(now)
                .label("Phone")
                .build());
    }

    private static List<String> codesOn(String page) {
        List<String> codes = new ArrayList<>();
        Matcher m = RECOVERY.matcher(page);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }
}
