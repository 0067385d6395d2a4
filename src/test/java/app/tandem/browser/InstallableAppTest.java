package app.tandem.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.shared.CurrentUser;
import app.tandem.testing.TestData;
import com.microsoft.playwright.APIResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tandem installs as an app: a manifest with icons that exist, a service worker for the whole app, and with no
 * connection the help page still opens, however the person navigates.
 */
class InstallableAppTest extends BrowserTest {

    @Test
    void theManifestDescribesAnAppThatOpensAtTodayWithIconsThatExist() {
        data.aPractice();
        open("/login");
        String manifestHref = page.locator("link[rel=manifest]").getAttribute("href");
        APIResponse manifest = context.request().get(url(manifestHref));
        assertThat(manifest.status()).isEqualTo(200);
        assertThat(manifest.headers().get("content-type")).startsWith("application/manifest+json");

        JsonNode json = JsonMapper.builder().build().readTree(manifest.text());
        assertThat(json.path("display").asString()).isEqualTo("standalone");
        assertThat(json.path("start_url").asString()).startsWith("/");
        assertThat(json.path("theme_color").asString()).isEqualTo("#1f4f4b");
        boolean maskable = false;
        for (JsonNode icon : json.path("icons")) {
            APIResponse image = context.request().get(url(icon.path("src").asString()));
            assertThat(image.status()).as(icon.path("src").asString()).isEqualTo(200);
            maskable |= "maskable".equals(icon.path("purpose").asString());
        }
        assertThat(maskable).as("a maskable icon for Android home screens").isTrue();
    }

    @Test
    void withoutAConnectionTheHelpPageStillOpens() {
        CurrentUser client = data.aClientOf(data.aTherapist(data.aPractice()));
        signIn(client.email(), TestData.PASSWORD);
        Object scope = page.evaluate("() => navigator.serviceWorker.ready.then(r => r.scope)");
        assertThat((String) scope).isEqualTo(url("/"));
        // the worker controls pages loaded after it activated
        open("/");
        page.waitForFunction("() => navigator.serviceWorker.controller !== null");

        context.setOffline(true);
        page.navigate(url("/client/checkins/new"));
        assertThat(page.locator("a[href='tel:988']").first()).isVisible();
        assertThat(page.locator("main")).not().containsText(client.displayName());
        check("offline-help");
        context.setOffline(false);
        // the worker's own network attempt fails while offline, as it should: that is not a page error
        pageErrors.removeIf(error -> error.endsWith("net::ERR_INTERNET_DISCONNECTED"));
    }

    @Test
    void theWorkerKeepsOnlyTheShellAndTheSignedOutHelpPage() {
        CurrentUser client = data.aClientOf(data.aTherapist(data.aPractice()));
        signIn(client.email(), TestData.PASSWORD);
        page.evaluate("() => navigator.serviceWorker.ready");
        open("/client/checkins/new");
        open("/client/trends");
        @SuppressWarnings("unchecked")
        var kept = (java.util.List<String>) page.evaluate("""
                () => caches.keys()
                  .then(keys => Promise.all(keys.filter(k => k.startsWith('tandem-shell-'))
                    .map(k => caches.open(k).then(c => c.keys()))))
                  .then(lists => lists.flat().map(r => new URL(r.url).pathname))""");
        assertThat(kept).contains("/help", "/css/tandem.css").noneMatch(path -> path.startsWith("/client"));
        String help = (String) page.evaluate("() => caches.match('/help').then(r => r.text())", Map.of());
        assertThat(help).doesNotContain(client.displayName()).doesNotContain(client.email());
    }
}
