package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.tandem.shared.CurrentUser;
import app.tandem.testing.TestData;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ReducedMotion;
import org.junit.jupiter.api.Test;

/** The coping toolbox in a real browser on a phone-sized screen: the pacer with and without JavaScript, axe on each page. */
class CopingJourneysTest extends BrowserTest {

    @Test
    void aClientOpensTheToolboxFromTodayAndFinishesAOneMinuteBreathingUse() {
        CurrentUser client = data.aClientOf(data.aTherapist(data.aPractice()));
        page.clock().install(); // the minute passes on a fake clock: the test does not wait for it
        signIn(client.email(), TestData.PASSWORD);
        page.locator("#toolbox-open").click();
        assertThat(page.locator("h1")).hasText("My toolbox");
        check("coping-toolbox");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Paced breathing"))
                .click();
        assertThat(page.locator("#pacer-start")).isVisible();
        check("coping-pacer-ready");

        page.locator("label[for=before-7]").click();
        page.locator("#pacer-start").click();
        assertThat(page.locator("#pacer-status")).hasText("Breathe in, 5"); // resonance: 4.5 s in, 6.5 s out
        assertThat(page.locator("#pacer-status")).hasAttribute("aria-live", "polite");
        page.clock().runFor(5_000);
        assertThat(page.locator("#pacer-status")).hasText("Breathe out, 7");
        assertThat(page.locator(".pacer__shape")).isVisible();
        check("coping-pacer-running");
        page.clock().runFor(60_000);
        assertThat(page.locator("#pacer-status")).hasText("Done. Well done for taking this time.");
        assertThat(page.locator("#completed-yes")).isChecked();
        assertThat(page.locator("#durationSeconds")).hasValue("55"); // five 11-second breaths

        page.locator("label[for=after-4]").click();
        page.locator("#use-save").click();
        assertThat(page.locator("#use-change")).hasText("Your distress went from 7 to 4: 3 points lower.");
        assertThat(page.locator("#crisis-offer")).hasCount(0);
        check("coping-use-saved");

        open("/");
        assertThat(page.locator("#toolbox-last")).hasText("Use Paced breathing again");
        check("coping-today-last-used");
    }

    @Test
    void withoutJavaScriptThePacerIsNumberedStepsAndTheUseStillSaves() {
        CurrentUser client = data.aClientOf(data.aTherapist(data.aPractice()));
        BrowserContext noScript = newContext(false);
        page = noScript.newPage();
        signIn(client.email(), TestData.PASSWORD);
        open("/client/toolbox/paced-breathing");
        assertThat(page.locator("#pacer-start")).isHidden();
        assertThat(page.locator("#pacer-sound")).isHidden(); // nothing to switch on without the script
        page.locator("label[for=pattern-4-7-8]").click();
        page.locator("label[for=minutes-3]").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use this pattern and length"))
                .click();
        assertThat(page.locator(".pacer-steps")).containsText("Breathe in through your nose, counting to 4.");
        assertThat(page.locator(".pacer-steps")).containsText("Hold gently, counting to 7.");
        assertThat(page.locator(".pacer-steps")).containsText("Breathe out slowly through your mouth, counting to 8.");
        assertThat(page.locator(".pacer-steps")).containsText("Repeat this 9 times (about 3 minutes).");
        check("coping-pacer-no-js");
        page.locator("label[for=before-8]").click();
        page.locator("label[for=after-6]").click();
        page.locator("#use-save").click();
        assertThat(page.locator("#use-change")).hasText("Your distress went from 8 to 6: 2 points lower.");
        check("coping-use-saved-no-js");
        noScript.close();
    }

    @Test
    void theSoundAtEachChangeIsOffByDefaultStaysOffUnlessClickedAndIsRememberedOnTheDevice() {
        CurrentUser client = data.aClientOf(data.aTherapist(data.aPractice()));
        // counts audio contexts and tones the page makes, so "nothing plays" is something the test can see
        page.addInitScript("""
                window.__audioContexts = 0; window.__tones = 0;
                if (window.AudioContext) {
                  const Real = window.AudioContext;
                  window.AudioContext = class extends Real {
                    constructor(...a) { super(...a); window.__audioContexts++; }
                    createOscillator() { window.__tones++; return super.createOscillator(); }
                  };
                }""");
        page.clock().install();
        signIn(client.email(), TestData.PASSWORD);
        open("/client/toolbox/paced-breathing?pattern=box&minutes=1");
        assertThat(page.getByLabel("Sound at each change")).isVisible();
        assertThat(page.getByLabel("Sound at each change")).not().isChecked();
        check("coping-pacer-sound-off");

        page.locator("#pacer-start").click();
        page.clock().runFor(9_000); // three phase changes of box breathing
        assertThat(page.locator("#pacer-status")).hasText("Breathe out, 4");
        assertThat(page.getByLabel("Sound at each change")).not().isChecked();
        org.assertj.core.api.Assertions.assertThat(counter("__audioContexts")).isZero();
        org.assertj.core.api.Assertions.assertThat(counter("__tones")).isZero();
        page.locator("#pacer-stop").click();

        page.reload();
        assertThat(page.getByLabel("Sound at each change")).not().isChecked();
        page.getByLabel("Sound at each change").check();
        page.locator("#pacer-start").click();
        page.clock().runFor(5_000);
        assertThat(page.locator("#pacer-status")).hasText("Hold, 4");
        org.assertj.core.api.Assertions.assertThat(counter("__tones")).isEqualTo(2); // "in" at the start, then "hold"
        page.locator("#pacer-stop").click();

        page.reload();
        assertThat(page.getByLabel("Sound at each change")).isChecked(); // remembered on this device
        check("coping-pacer-sound-on");
        page.getByLabel("Sound at each change").uncheck();
        page.reload();
        assertThat(page.getByLabel("Sound at each change")).not().isChecked();
    }

    private int counter(String name) {
        return ((Number) page.evaluate("window." + name)).intValue();
    }

    @Test
    void reducedMotionGetsACountingPacerWithoutTheMovingShape() {
        CurrentUser client = data.aClientOf(data.aTherapist(data.aPractice()));
        page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
        page.clock().install();
        signIn(client.email(), TestData.PASSWORD);
        open("/client/toolbox/paced-breathing?pattern=box&minutes=1");
        page.locator("#pacer-start").click();
        assertThat(page.locator("#pacer")).hasClass(java.util.regex.Pattern.compile("pacer--still"));
        assertThat(page.locator(".pacer__shape")).isHidden();
        assertThat(page.locator(".pacer__count")).hasText("4");
        page.clock().runFor(1_000);
        assertThat(page.locator(".pacer__count")).hasText("3");
        assertThat(page.locator("#pacer-status")).hasText("Breathe in, 4");
        check("coping-pacer-reduced-motion");
        page.locator("#pacer-stop").click();
        assertThat(page.locator("#completed-no")).isChecked();
    }

    @Test
    void stepsFormsTheCrisisOfferAndTheTherapistsViewPassAxe() {
        CurrentUser therapist = data.aTherapist(data.aPractice());
        CurrentUser client = data.aClientOf(therapist);
        signIn(client.email(), TestData.PASSWORD);
        open("/client/toolbox/grounding-54321");
        page.locator("#steps-start").click();
        assertThat(page.locator("#steps-status")).containsText("1. Look around.");
        check("coping-steps-grounding");
        open("/client/toolbox/thought-record");
        check("coping-form-thought-record");
        page.locator("label[for=before-9]").click();
        page.getByLabel("Situation").fill("Alone at home after the call");
        page.getByLabel("Automatic thought").fill("Nobody would notice if I was gone");
        page.locator("label[for=after-9]").click();
        page.getByLabel("Share what I wrote with my therapist").check();
        page.locator("#use-save").click();
        assertThat(page.locator("#crisis-offer")).isVisible();
        assertThat(page.locator("a[href='tel:988']").first()).isVisible();
        assertThat(page.locator("#crisis-offer a[href='/client/safety-plan']")).isVisible();
        check("coping-use-crisis-offer");
        page.context().clearCookies();

        signIn(therapist.email(), TestData.PASSWORD);
        open("/therapist/clients/" + client.id() + "/toolbox");
        assertThat(page.locator("main")).containsText("Alone at home after the call");
        page.getByLabel("Note for the client (optional)").fill("Try this when the evening panic starts");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pin"))
                .click();
        assertThat(page.locator("main")).containsText("Try this when the evening panic starts");
        check("coping-therapist-client");
        open("/therapist/toolbox/techniques");
        check("coping-practice-techniques-therapist");
        page.context().clearCookies();

        signIn(data.anAdmin(therapist.practiceId()).email(), TestData.PASSWORD);
        open("/admin/toolbox/techniques");
        check("coping-practice-techniques-admin");
    }

    @Test
    void aRatingMadeOfflineIsSentOnceWhenBackOnline() {
        CurrentUser client = data.aClientOf(data.aTherapist(data.aPractice()));
        signIn(client.email(), TestData.PASSWORD);
        open("/client/toolbox");
        waitForServiceWorker();
        open("/client/toolbox/self-compassion-break");
        waitForServiceWorker();

        context.setOffline(true);
        page.locator("label[for=before-6]").click();
        page.locator("label[for=after-3]").click();
        page.locator("#use-save").click();
        assertThat(page.locator("#offline-saved")).hasText("Saved on this phone");
        org.assertj.core.api.Assertions.assertThat(uses(client)).isZero();
        check("coping-offline-saved");

        context.setOffline(false);
        open("/client/toolbox");
        waitForServiceWorker();
        waitForUses(client, 1);
        open("/client/toolbox"); // flushes again: nothing left to send
        assertThat(page.locator("#ranking")).containsText("Self-compassion break");
        org.assertj.core.api.Assertions.assertThat(uses(client)).isEqualTo(1);
        // the one expected error: the post that failed while offline (then answered by the service worker)
        pageErrors.removeIf(e -> e.contains("net::ERR_INTERNET_DISCONNECTED"));
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private int uses(CurrentUser client) {
        return jdbc.sql("SELECT COUNT(*) FROM coping_use WHERE client_id = :c")
                .param("c", client.id().value())
                .query(Integer.class)
                .single();
    }

    /** Waits (up to ten seconds) until the toolbox's service worker controls the page; fails if it never does. */
    private void waitForServiceWorker() {
        String controlled = "() => navigator.serviceWorker.controller !== null";
        for (int i = 0; i < 100 && !Boolean.TRUE.equals(page.evaluate(controlled)); i++) {
            page.waitForTimeout(100);
        }
        org.assertj.core.api.Assertions.assertThat(page.evaluate(controlled)).isEqualTo(true);
    }

    /** Waits (up to ten seconds) for the service worker to deliver; fails if it never does. */
    private void waitForUses(CurrentUser client, int expected) {
        for (int i = 0; i < 100 && uses(client) < expected; i++) {
            page.waitForTimeout(100);
        }
        org.assertj.core.api.Assertions.assertThat(uses(client)).isEqualTo(expected);
    }
}
