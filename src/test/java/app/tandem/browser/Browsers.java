package app.tandem.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One headless Chromium (Debian's package) for the whole test run, started on first use and
 * closed when the JVM exits. Playwright downloads nothing: the executable path is given.
 */
final class Browsers {

    static final Path CHROMIUM = Path.of(System.getProperty("tandem.chromium", "/usr/bin/chromium"));
    private static Playwright playwright;
    private static Browser browser;

    private Browsers() {}

    static synchronized Browser chromium() {
        if (browser == null) {
            if (!Files.isExecutable(CHROMIUM)) {
                throw new IllegalStateException("Chromium not found at " + CHROMIUM
                        + ": install Debian's chromium and chromium-driver (bin/test does this)");
            }
            playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(CHROMIUM)
                            .setHeadless(true)
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-dev-shm-usage",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-sync",
                                    "--no-first-run",
                                    "--disable-quic")));
            Runtime.getRuntime().addShutdownHook(new Thread(Browsers::close));
        }
        return browser;
    }

    private static synchronized void close() {
        if (browser != null) {
            browser.close();
            playwright.close();
        }
    }
}
