package app.tandem.screening.engine;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalises client text so one rule table covers spelling variants: lower case, plain apostrophes,
 * no diacritics, emoji mapped to words, light leetspeak, elongated letters collapsed.
 */
public final class TextNormalizer {

    private TextNormalizer() {}

    /** Both elongation variants of one text: letters repeated 3+ times cut to two, and cut to one. */
    public record Variants(String twoLetter, String oneLetter) {
        /** True when the text had no elongation, so only one variant needs screening. */
        public boolean single() {
            return oneLetter == null;
        }
    }

    /** Normalises {@code text} and returns its elongation variants. */
    public static Variants normalise(String text) {
        String base = basic(text);
        if (!hasElongation(base)) {
            return new Variants(base, null);
        }
        // Elongation ("dieeee", "sooo") is ambiguous: "diee" vs "die", "soo" vs "so"; screen both.
        boolean elongated = false;
        StringBuilder two = new StringBuilder(base.length());
        StringBuilder one = new StringBuilder(base.length());
        int n = base.length();
        int i = 0;
        while (i < n) {
            char c = base.charAt(i);
            int j = i + 1;
            while (j < n && base.charAt(j) == c) {
                j++;
            }
            int run = j - i;
            if (run >= 3 && Character.isLetter(c)) {
                elongated = true;
                two.append(c).append(c);
                one.append(c);
            } else {
                for (int k = 0; k < run; k++) {
                    two.append(c);
                    one.append(c);
                }
            }
            i = j;
        }
        return elongated ? new Variants(two.toString(), one.toString()) : new Variants(base, null);
    }

    /** Whether a letter repeats three or more times in a row. */
    private static boolean hasElongation(String s) {
        for (int i = 2; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == s.charAt(i - 1) && c == s.charAt(i - 2) && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, apostrophes, emoji, diacritics, leetspeak and whitespace; no elongation handling. */
    static String basic(String text) {
        if (plainAscii(text)) {
            // No emoji, quotes, dashes, tabs or accents to map: the general path would copy the text unchanged.
            return collapseSpacesAndLeet(text.toLowerCase(Locale.ROOT));
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        boolean nonAscii = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String word = emojiWord(cp);
            if (word != null) {
                sb.append(' ').append(word).append(' ');
                continue;
            }
            switch (cp) {
                case '\u2018', '\u2019', '\u02BC', '\u2032', '`', '\u00B4' -> sb.append('\'');
                case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> sb.append('"');
                case '\u2013', '\u2014' -> sb.append(" - ");
                case '\u2026' -> sb.append("...");
                case '\uFE0F', '\u200D', '\uFE0E' -> {} // emoji presentation selectors and joiners
                case '\t', '\r', '\n', '\u00A0', '\u2028', '\u2029' ->
                    sb.append(cp == '\n' || cp == '\u2028' || cp == '\u2029' ? ". " : " ");
                default -> {
                    if (cp > 0x7F) {
                        nonAscii = true;
                    }
                    sb.appendCodePoint(cp);
                }
            }
        }
        String s = sb.toString().toLowerCase(Locale.ROOT);
        if (nonAscii) {
            // NFD splits "é" into "e" + accent; dropping the marks keeps the base letter.
            s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        }
        return collapseSpacesAndLeet(s);
    }

    /** Printable ASCII except the backtick, which the general path maps to an apostrophe. */
    private static boolean plainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '`') {
                return false;
            }
        }
        return true;
    }

    /** Maps digits and symbols used as letters only when they sit right after a letter ("su1c1de"), not in "4am". */
    private static String collapseSpacesAndLeet(String s) {
        int n = s.length();
        char[] out = new char[n];
        int len = 0;
        boolean space = true;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (!space) {
                    out[len++] = ' ';
                }
                space = true;
                continue;
            }
            space = false;
            char prev = len > 0 ? out[len - 1] : ' ';
            if (prev >= 'a' && prev <= 'z') {
                char next = i + 1 < n ? s.charAt(i + 1) : ' ';
                out[len++] = leet(c, next);
            } else {
                out[len++] = c;
            }
        }
        if (len > 0 && out[len - 1] == ' ') {
            len--;
        }
        return new String(out, 0, len);
    }

    private static char leet(char c, char next) {
        boolean nextLetter = next >= 'a' && next <= 'z' || next >= '0' && next <= '9';
        return switch (c) {
            case '1' -> 'i';
            case '3' -> 'e';
            case '4' -> 'a';
            case '0' -> 'o';
            case '5' -> 's';
            case '7' -> 't';
            case '@' -> 'a';
            case '$' -> nextLetter ? 's' : c;
            case '!' -> nextLetter ? 'i' : c; // "su!cide", not "help!"
            default -> c;
        };
    }

    /** Emoji that carry means, death, self-harm or humour meaning, mapped to plain words the rules read. */
    private static String emojiWord(int cp) {
        return switch (cp) {
            case 0x1F48A -> "pills"; // pill
            case 0x1F52A, 0x1F5E1 -> "knife"; // kitchen knife, dagger
            case 0x1F52B -> "gun";
            case 0x1FAA6 -> "grave"; // headstone
            case 0x26B0 -> "coffin";
            case 0x26B1 -> "urn";
            case 0x1FAA2 -> "rope"; // knot
            case 0x1FA78 -> "blood"; // drop of blood
            case 0x1FA92 -> "razor";
            case 0x1F489 -> "syringe";
            // Laughing faces and the skull ("I'm dead 💀") mark humour in this register.
            case 0x1F602, 0x1F923, 0x1F480, 0x1F606, 0x1F639 -> "lol";
            default -> null;
        };
    }
}
