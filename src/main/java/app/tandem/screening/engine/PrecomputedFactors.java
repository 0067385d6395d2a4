package app.tandem.screening.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link RegexFactors} results for the standard rule pieces, computed at development time
 * ({@code PrecomputedFactorsGenerator} writes {@link PrecomputedFactorsData}) so start-up does not analyse ~1,000
 * long patterns. The data is used only when the fingerprint of the piece sources and analysis version matches; any rule change falls back to analysing at start-up, so stale data can never hide a match.
 */
final class PrecomputedFactors {

    static final char STRING = '\1';
    static final char FIELD = '\2';
    static final char PIECE = '\3';
    static final String NO_PREFIX = "\4";

    private PrecomputedFactors() {}

    /** The facts for {@code sources}, or null when the precomputed data is not for exactly these pieces. */
    static List<RegexFactors.Info> lookup(List<String> sources) {
        if (!PrecomputedFactorsData.FINGERPRINT.equals(fingerprint(sources))) {
            return null;
        }
        List<RegexFactors.Info> out = decode(String.join("", PrecomputedFactorsData.CHUNKS));
        return out.size() == sources.size() ? out : null;
    }

    /**
     * Analysis version, piece count and a 64-bit mix of every piece's length and hash. Cheap at start-up (no digest
     * over ~1.5 MB of pattern text in a cold JVM); {@code PrecomputedFactorsTest} also checks the data exactly.
     */
    static String fingerprint(List<String> sources) {
        long h = 0x9E3779B97F4A7C15L ^ RegexFactors.VERSION;
        for (String s : sources) {
            h = (h ^ s.hashCode()) * 0x100000001B3L;
            h = (h ^ s.length()) * 0xC2B2AE3D27D4EB4FL;
            h ^= h >>> 29;
        }
        return "v" + RegexFactors.VERSION + "-n" + sources.size() + "-" + Long.toHexString(h);
    }

    /** One record per piece: the prefix field, then one field per clause; strings separated by {@link #STRING}. */
    static String encode(List<RegexFactors.Info> infos) {
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < infos.size(); p++) {
            if (p > 0) {
                sb.append(PIECE);
            }
            RegexFactors.Info info = infos.get(p);
            sb.append(info.prefix() == null ? NO_PREFIX : join(info.prefix()));
            for (Set<String> c : info.clauses()) {
                sb.append(FIELD).append(join(c));
            }
        }
        return sb.toString();
    }

    private static String join(Set<String> strings) {
        for (String s : strings) {
            if (s.chars().anyMatch(c -> c >= 1 && c <= 4)) {
                throw new IllegalArgumentException("separator character in a trigger string");
            }
        }
        return String.join(String.valueOf(STRING), strings);
    }

    static List<RegexFactors.Info> decode(String data) {
        List<RegexFactors.Info> out = new ArrayList<>(1024);
        for (String record : data.split(String.valueOf(PIECE), -1)) {
            String[] fields = record.split(String.valueOf(FIELD), -1);
            Set<String> prefix = fields[0].equals(NO_PREFIX) ? null : split(fields[0]);
            List<Set<String>> clauses = new ArrayList<>(fields.length - 1);
            for (int k = 1; k < fields.length; k++) {
                clauses.add(split(fields[k]));
            }
            out.add(new RegexFactors.Info(null, prefix, clauses));
        }
        return out;
    }

    private static Set<String> split(String field) {
        return new LinkedHashSet<>(Arrays.asList(field.split(String.valueOf(STRING), -1)));
    }

    /** The analysis of every piece, as start-up would compute it without the precomputed data. */
    static List<RegexFactors.Info> analyseAll(List<String> sources) {
        Map<String, RegexFactors.Info> cache = new java.util.HashMap<>();
        List<RegexFactors.Info> out = new ArrayList<>(sources.size());
        for (String s : sources) {
            RegexFactors.Info i = PrefilterMatcher.analyse(s, cache);
            out.add(new RegexFactors.Info(null, i.prefix(), i.clauses()));
        }
        return out;
    }

    /** The standard rule table's pieces, in engine order. */
    static List<String> standardPieces() {
        List<String> out = new ArrayList<>();
        for (Rule r : RuleTable.rules()) {
            out.addAll(PatternSplitter.split(r.pattern().pattern()));
        }
        return out;
    }
}
