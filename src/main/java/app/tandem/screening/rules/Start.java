package app.tandem.screening.rules;

import java.util.HashSet;
import java.util.Set;

/**
 * What a compiled pattern can begin with, so a rule is tried only at tokens that can start a match: its possible
 * first words, first-word prefixes ({@code suicid*}), a number ({@code #}), or any word (a leading gap). Sound by
 * construction: whatever the analysis cannot narrow down becomes "any word".
 *
 * @param nullable whether the pattern part can match no token at all (then what follows can start it too)
 */
public record Start(Set<String> words, Set<String> prefixes, boolean anyWord, boolean number, boolean nullable) {

    static final Start EMPTY = new Start(Set.of(), Set.of(), false, false, true);
    static final Start ANY = new Start(Set.of(), Set.of(), true, false, false);
    static final Start NUMBER = new Start(Set.of(), Set.of(), false, true, false);

    static Start word(String word) {
        return new Start(Set.of(word), Set.of(), false, false, false);
    }

    static Start prefix(String prefix) {
        return new Start(Set.of(), Set.of(prefix), false, false, false);
    }

    /** Either this or {@code other}. */
    Start or(Start other) {
        return union(other, nullable || other.nullable);
    }

    /** This followed by {@code next}: next's start counts only when this can match nothing. */
    Start then(Start next) {
        return nullable ? union(next, next.nullable) : this;
    }

    /** This made optional. */
    Start optional() {
        return new Start(words, prefixes, anyWord, number, true);
    }

    private Start union(Start other, boolean nullableResult) {
        Set<String> w = new HashSet<>(words);
        w.addAll(other.words);
        Set<String> p = new HashSet<>(prefixes);
        p.addAll(other.prefixes);
        return new Start(
                Set.copyOf(w), Set.copyOf(p), anyWord || other.anyWord, number || other.number, nullableResult);
    }

    /** Whether a match can begin at a token with this text. A nullable start admits every token. */
    public boolean admits(String token) {
        if (anyWord || nullable || words.contains(token)) {
            return true;
        }
        if (number && !token.isEmpty() && Character.isDigit(token.charAt(0))) {
            return true;
        }
        for (String p : prefixes) {
            if (token.startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}
