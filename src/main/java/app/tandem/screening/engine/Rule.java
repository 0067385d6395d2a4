package app.tandem.screening.engine;

import app.tandem.screening.RiskLevel;
import java.util.regex.Pattern;

/**
 * One row of the rule table: a precompiled pattern over normalised text and the level it signals.
 *
 * @param id       stable rule id shown to clinicians, e.g. {@code passive-ideation}
 * @param level    level when the match stands (before context)
 * @param kind     how time and means context apply
 * @param flags    bit set of {@code OWNS_NEGATION}, {@code NEEDS_CONTEXT}, {@code BENIGN_CHECK}, {@code IGNORE_QUESTION}, {@code FILLER}
 * @param pattern  compiled pattern
 */
public record Rule(String id, RiskLevel level, RuleKind kind, int flags, Pattern pattern) {

    /** The pattern itself contains negation words ("don't want to live"); only text before the match can negate it. */
    public static final int OWNS_NEGATION = 1;
    /** Too ambiguous alone ("I'm going to do it"): counts only beside another self-directed risk signal. */
    public static final int NEEDS_CONTEXT = 2;
    /** Can have an ordinary purpose ("gave my old bike to my nephew since..."): discounted when a benign reason is given. */
    public static final int BENIGN_CHECK = 4;
    /** Questions about lethal doses are risk even without a first-person subject. */
    public static final int IGNORE_QUESTION = 8;
    /** The pattern skips filler words ("going to (really) kill myself"), so a negation inside the match counts too. */
    public static final int FILLER = 16;

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }
}
