package app.tandem.notification.internal;

import java.util.Locale;

/** A short name for a subscribed browser from its User-Agent, e.g. "Chrome on Android", so its owner can tell it. */
final class DeviceLabels {

    static final int MAX = 60;

    private DeviceLabels() {}

    static String of(String userAgent) {
        String ua = userAgent == null ? "" : userAgent;
        String lower = ua.toLowerCase(Locale.ROOT);
        String browser = browser(lower);
        String system = system(lower);
        String label;
        if (browser == null && system == null) {
            label = "A device";
        } else if (system == null) {
            label = browser;
        } else {
            label = (browser == null ? "A browser" : browser) + " on " + system;
        }
        return label.length() > MAX ? label.substring(0, MAX) : label;
    }

    private static String browser(String ua) {
        if (ua.contains("edg/") || ua.contains("edga/") || ua.contains("edgios/")) {
            return "Edge";
        }
        if (ua.contains("opr/") || ua.contains("opera")) {
            return "Opera";
        }
        if (ua.contains("samsungbrowser/")) {
            return "Samsung Internet";
        }
        if (ua.contains("firefox/") || ua.contains("fxios/")) {
            return "Firefox";
        }
        if (ua.contains("chrome/") || ua.contains("crios/") || ua.contains("chromium/")) {
            return "Chrome";
        }
        if (ua.contains("safari/")) {
            return "Safari";
        }
        return null;
    }

    private static String system(String ua) {
        if (ua.contains("iphone")) {
            return "iPhone";
        }
        if (ua.contains("ipad")) {
            return "iPad";
        }
        if (ua.contains("android")) {
            return "Android";
        }
        if (ua.contains("windows")) {
            return "Windows";
        }
        if (ua.contains("cros")) {
            return "ChromeOS";
        }
        if (ua.contains("mac os x") || ua.contains("macintosh")) {
            return "Mac";
        }
        if (ua.contains("linux")) {
            return "Linux";
        }
        return null;
    }
}
