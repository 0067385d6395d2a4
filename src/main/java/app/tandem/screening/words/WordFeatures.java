package app.tandem.screening.words;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words and adjacent word pairs of a text, as the word model reads them: lower-case runs of letters and
 * apostrophes (curly ones made straight), digits and punctuation dropped, each pair joined by a space. Each
 * term keeps the count and where it first occurs in the original text, so an explanation can point at it.
 */
public final class WordFeatures {

    /** One term of a text: how often it occurs and the span of its first occurrence. */
    public record Term(String term, int count, int start, int end) {}

    private WordFeatures() {}

    /** The terms of {@code text} in order of first occurrence. */
    public static List<Term> of(String text) {
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        char[] lower = new char[text.length()];
        for (int c = 0; c < lower.length; c++) {
            lower[c] = Character.toLowerCase(text.charAt(c)); // char by char: offsets stay those of the text
        }
        int i = 0;
        int n = lower.length;
        while (i < n) {
            if (!isWordChar(lower[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isWordChar(lower[i])) {
                i++;
            }
            int s = start;
            int e = i;
            while (s < e && isApostrophe(lower[s])) {
                s++;
            }
            while (e > s && isApostrophe(lower[e - 1])) {
                e--;
            }
            if (s < e) {
                words.add(new String(lower, s, e - s).replace('\u2019', '\'').replace('\u2018', '\''));
                spans.add(new int[] {s, e});
            }
        }
        Map<String, int[]> terms = new LinkedHashMap<>();
        for (int w = 0; w < words.size(); w++) {
            count(terms, words.get(w), spans.get(w)[0], spans.get(w)[1]);
            if (w > 0) {
                count(terms, words.get(w - 1) + " " + words.get(w), spans.get(w - 1)[0], spans.get(w)[1]);
            }
        }
        List<Term> result = new ArrayList<>(terms.size());
        terms.forEach((term, c) -> result.add(new Term(term, c[0], c[1], c[2])));
        return result;
    }

    private static void count(Map<String, int[]> terms, String term, int start, int end) {
        int[] c = terms.get(term);
        if (c == null) {
            terms.put(term, new int[] {1, start, end});
        } else {
            c[0]++;
        }
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || isApostrophe(c);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018';
    }
}
