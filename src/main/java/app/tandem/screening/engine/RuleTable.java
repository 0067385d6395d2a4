package app.tandem.screening.engine;

import static app.tandem.screening.RiskLevel.HIGH;
import static app.tandem.screening.RiskLevel.LOW;
import static app.tandem.screening.RiskLevel.MODERATE;
import static app.tandem.screening.RiskLevel.NONE;
import static app.tandem.screening.engine.Rule.BENIGN_CHECK;
import static app.tandem.screening.engine.Rule.FILLER;
import static app.tandem.screening.engine.Rule.IGNORE_QUESTION;
import static app.tandem.screening.engine.Rule.NEEDS_CONTEXT;
import static app.tandem.screening.engine.Rule.OWNS_NEGATION;
import static app.tandem.screening.engine.RuleKind.ACTION;
import static app.tandem.screening.engine.RuleKind.ATTEMPT;
import static app.tandem.screening.engine.RuleKind.IDEATION;
import static app.tandem.screening.engine.RuleKind.IDIOM;
import static app.tandem.screening.engine.RuleKind.MEANS;
import static app.tandem.screening.engine.RuleKind.SELF_HARM;

import app.tandem.screening.RiskLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rule table: broad lexical patterns (verb forms, synonyms, reflexives) over normalised text, grouped by
 * the triage ladder (passive wish, active thoughts, method, self-harm, intent, plan, preparation, attempt,
 * imminence), plus idioms that suppress overlapping matches. Patterns use {NAME} macros defined below.
 */
public final class RuleTable {

    private RuleTable() {}

    /** Macros shared by many patterns; expanded before compiling. */
    private static final Map<String, String> MACROS = Map.ofEntries(
            Map.entry("EOS", "(?=\\s*(?:[.!?;,]|$))"),
            Map.entry("F2", "(?:(?!(?:not|never|no|\\w+n't|cant|dont|wont)\\b)[\\w']+ ){0,2}?"),
            Map.entry("SELF", "(?:my ?self|me ?self|(?:him|her|them|your|our)sel(?:f|ves))"),
            Map.entry("SUICIDE", "(?:s[u*]+[i1*!]?[cs]+[i1*!]?de?s?\\b|sewer ?slide|self[- ]?delet\\w*|ctb)"),
            Map.entry("SUICIDAL", "(?:s[u*]+[i1*!]?[cs]+[i1*!]?d(?:al|le|ial|el|ual|aly)\\w*|sewer ?slid(?:al|y))"),
            Map.entry("KILL", "(?:k[i*1!]?l{1,2}|unaliv(?:e|ing|ed)?|off)"),
            Map.entry("LIFE", "(?:my|his|her|their|your) (?:own )?life"),
            Map.entry(
                    "NAMED_DRUG",
                    WordTrie.regex(List.of(
                            "paracetamol",
                            "acetaminophen",
                            "tylenol",
                            "ibuprofen",
                            "advil",
                            "motrin",
                            "aspirin",
                            "sertraline",
                            "zoloft",
                            "fluoxetine",
                            "prozac",
                            "citalopram",
                            "escitalopram",
                            "lexapro",
                            "xanax",
                            "alprazolam",
                            "valium",
                            "diazepam",
                            "klonopin",
                            "clonazepam",
                            "ativan",
                            "lorazepam",
                            "benzo",
                            "benzos",
                            "oxy",
                            "oxys",
                            "oxycodone",
                            "oxycontin",
                            "percocet",
                            "vicodin",
                            "hydrocodone",
                            "morphine",
                            "fentanyl",
                            "heroin",
                            "tramadol",
                            "codeine",
                            "seroquel",
                            "quetiapine",
                            "lithium",
                            "lamictal",
                            "lamotrigine",
                            "trazodone",
                            "ambien",
                            "zolpidem",
                            "amitriptyline",
                            "benadryl",
                            "diphenhydramine",
                            "insulin",
                            "adderall",
                            "nyquil",
                            "melatonin"))),
            Map.entry(
                    "DRUG",
                    "(?:{NAMED_DRUG}|antidepressants?|painkillers?|opioids?|opiates?|sleeping (?:pills|tablets)|sleep aids?|meds|medications?|pills|tablets|tabs|prescription)"),
            Map.entry(
                    "NUM",
                    "(?:[5-9]|[1-9]\\d{1,2}|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred|hundred)"),
            Map.entry(
                    "QTY",
                    "(?:all (?:of )?(?:my |the |her |his )?|the whole |my whole |a whole |the entire |an entire |a bunch of |a handful of |a lot of |lots of |too many |loads of |a bottle of |a box of |a pack of |every (?:one of )?(?:my |the )?|double |triple |extra |enough )"),
            Map.entry("QDRUG", "(?:{QTY}(?:\\w+ )?(?:(?:bottle|box|pack|packet|strip)s? of (?:my |the )?)?{DRUG})"),
            Map.entry(
                    "MEANS",
                    WordTrie.regex(List.of(
                            "rope",
                            "noose",
                            "belt",
                            "gun",
                            "firearm",
                            "pistol",
                            "rifle",
                            "shotgun",
                            "knife",
                            "knives",
                            "blade",
                            "blades",
                            "razor",
                            "razors",
                            "bridge",
                            "ledge",
                            "roof",
                            "rooftop",
                            "cliff",
                            "cliffs",
                            "train tracks",
                            "tracks",
                            "train",
                            "balcony",
                            "bleach",
                            "poison",
                            "charcoal",
                            "carbon monoxide",
                            "garage",
                            "medicine cabinet",
                            "car exhaust",
                            "the pills",
                            "my pills",
                            "the bottle",
                            "the meds"))),
            Map.entry(
                    "WANT",
                    "(?:want|wanna|wants|wanted|wanting|wish|wished|wishing|hope|hoping|would like|longing|long|desperate|need|needs)"),
            Map.entry(
                    "THINK",
                    "(?:think|thinks|thinking|thought|thoughts|considering|considered|consider|contemplat\\w*|fantasi[sz]\\w*|daydream\\w*|"
                            + "ideation|obsess\\w*|urges?|tempted|imagin\\w*|picturing|picture|wonder\\w*|dream\\w*|plotting|ideas? (?:of|about))"),
            Map.entry(
                    "GOING",
                    "(?:going to|gonna|gunna|goin to|gon|about to|will|'ll|ima|imma|i'?m a|plan(?:ning)? (?:to|on)|intend(?:ing)? to|decided to|"
                            + "ready to|finally|definitely|actually|really)"),
            Map.entry(
                    "END",
                    "(?:end (?:it all|it|things|everything|my life|this life)\\b(?! (?:with|between|for (?:him|her|them)|off))|ending (?:it all|it|things|everything|my life)\\b(?! with))"),
            Map.entry(
                    "ACTS",
                    "(?:{KILL} ?{SELF}|k[i*1!]ll(?:ing|ed)? ?{SELF}|(?<!\\d )(?<!\\d)kms\\b|ctb\\b|{END}|tak(?:e|ing) {LIFE}|commit(?:ting)? {SUICIDE}|"
                            + "self[- ]?delet\\w*|unaliv\\w*(?: ?{SELF})?|hang(?:ing)? {SELF}|drown(?:ing)? {SELF}|shoot(?:ing)? {SELF}|hurt(?:ing)? {SELF}|"
                            + "harm(?:ing)? {SELF}|poison(?:ing)? {SELF}|suffocat\\w* {SELF}|stab(?:bing)? {SELF})"));

    private static String expand(String regex) {
        String out = regex;
        for (int pass = 0; pass < 4 && out.indexOf('{') >= 0; pass++) {
            for (Map.Entry<String, String> e : MACROS.entrySet()) {
                out = out.replace("{" + e.getKey() + "}", e.getValue());
            }
        }
        return out;
    }

    private static final List<Rule> RULES = build();

    /** The rules, in table order. */
    public static List<Rule> rules() {
        return RULES;
    }

    private static Rule r(String id, RiskLevel level, RuleKind kind, int flags, String regex) {
        return new Rule(id, level, kind, flags, Pattern.compile(expand(regex)));
    }

    private static List<Rule> build() {
        List<Rule> t = new ArrayList<>();

        // ---- Idioms and benign phrases: their spans suppress overlapping risk matches ----
        t.add(
                r(
                        "idiom",
                        NONE,
                        IDIOM,
                        0,
                        "\\b(?:rather (?:die|be dead) than (?!(?:keep|go on|be |feel|live|living|wake|exist|face|spend|deal|continue|suffer))"
                                + "|dying (?:to|for|of|from|over|lol|lmao|laughing)|die (?:of|from) (?:embarrassment|laughter|happiness|boredom|shame|cringe|secondhand|hunger|thirst|heat|excitement|cuteness|old age)"
                                + "|died (?:laughing|of laughter|in (?:the )?(?:game|fortnite|minecraft))|to die for|die for (?:this|my|a|that|you)|die on this hill|curl up and die"
                                + "|dead (?:tired|serious|meat|on my feet|inside after|gorgeous|battery|phone)|deadly boring|drop dead"
                                + "|kill(?:ed|ing)? (?:it|time|the (?:spider|bug|mood|vibe|lights|engine))|(?:is|are|was|were|'re|'s) (?:slowly )?killing me|killing me softly"
                                + "|(?:would|will|gonna|going to) kill (?:me|him|her|them) if|could (?:kill|murder) (?:for|a|my|him|her)|i'?d kill for"
                                + "|(?:bored|scared|sick|worked (?:my ?self|me)|frozen|worried|tickled|beaten) to death|death of me|death by|death warmed|deathly"
                                + "|(?:phone|battery|car|laptop|wifi|plants?|jokes?|charger|headphones|tv|fish|goldfish|vibe|conversation) (?:died|is dead|was dead|dies)"
                                + "|(?:overdos\\w*|od'?(?:d|ed|ing)?) on (?:netflix|tv|coffee|caffeine|sugar|chocolate|candy|cake|pizza|carbs|memes|anime|k-?dramas|youtube|tiktok|love|sleep|vitamin \\w|cheese|reality tv)"
                                + "|(?:cut|burn(?:ed|t)?|hurt) (?:my ?self|my \\w+) (?:shaving|cooking|chopping|baking|ironing|on (?:a|the) (?!purpose)|by accident|accidentally|while|at the gym|lifting|playing|running|skiing|falling)"
                                + "|cut(?:ting)? (?:my (?:hair|finger|thumb|hand|nails|bangs)|out|ties|class|back|carbs|sugar|down)"
                                + "|(?:just |please )?(?:shoot|kill) me now|shoot me,|my will to live left|i'?m dead\\b(?! set)|i'?m deceased|killer (?:workout|app|deal))"));
        // Trivial triggers with humour: "if I have to sit through one more meeting I'm going to kill myself lol".
        t.add(
                r(
                        "idiom-trivial-trigger",
                        NONE,
                        IDIOM,
                        0,
                        "\\b(?:if i (?:have to|hear|see|get|do)|makes? me want to|made me want to)\\b[^.!?]{0,60}\\b(?:kill my ?self|kms|die|jump)\\b(?=[^.!?]*\\b(?:lol|lmao|haha))"));

        // ---- LOW: passive wish to be dead, hopelessness about living, indirect ----
        t.add(r(
                "passive-wish",
                LOW,
                IDEATION,
                OWNS_NEGATION,
                "\\b(?:{WANT}|ready) (?:to )?(?:just |really |honestly |kinda |kind of |sometimes |so bad |literally |badly |to )*"
                        + "(?:die+\\b|be dead|dye\\b|be in a (?:coffin|grave)|be unalive|not be alive|not be here|not exist|stop existing|cease to exist|"
                        + "not wake up|never wake up|disappear forever|disappear for good|disappear and never|be gone|go to sleep forever|sleep forever|rest forever|"
                        + "fall asleep forever|not be around|stop living)"));
        t.add(
                r(
                        "passive-wish",
                        LOW,
                        IDEATION,
                        OWNS_NEGATION,
                        "\\b(?:wish(?:ed)?|hope|pray) (?:that )?i (?:was|were|had|would|could|'?d|wouldn'?t|won'?t|don'?t|didn'?t|never|just|wasn'?t|weren'?t) (?:just |simply |never |not )*"
                                + "(?:dead|die|died|been dead|never been born|not alive|gone|not here|grave|coffin|in a coffin|wake up|woke up|disappear|cease|stop existing|fade away|"
                                + "not exist|sleep and never|go to sleep and not|go to sleep for a very long|be dead|been born|alive|here|around|born)"));
        t.add(r(
                "passive-wish",
                LOW,
                IDEATION,
                0,
                "\\b(?:wish i'?d|wish i had|should have|shouldn'?t have) (?:never )?(?:been born|existed)"));
        t.add(r(
                "passive-wish",
                LOW,
                IDEATION,
                OWNS_NEGATION,
                "\\b(?:if|hope|hoping|pray|when) i (?:just )?(?:didn'?t|don'?t|never|wouldn'?t|won'?t|do not) (?:wake up|woke up)|never (?:have to )?(?:get up|wake up) again"
                        + "|(?:go to sleep|fall asleep|sleep) and (?:never|not) (?:wake up|have to wake)"));
        t.add(
                r(
                        "passive-wish",
                        LOW,
                        IDEATION,
                        0,
                        "\\b(?:wouldn'?t mind|ok|okay|fine|wouldn'?t care) if (?:i (?:died|didn'?t wake|never woke)|(?:a|the) (?:car|bus|truck|train|plane) (?:hit|killed|crashed))"
                                + "|\\b(?:hope|wish|hoping|praying|pray) (?:that )?(?:i (?:get|got) (?:hit|killed)|(?:a|the) (?:car|bus|truck|train|plane) (?:hits|kills|crashes|hit))"
                                + "|\\b(?:something|someone|somebody|god|the universe) (?:would |will |to |could )?(?:just )?(?:end|kill|take|takes) me\\b"));
        t.add(r(
                "passive-wish",
                LOW,
                IDEATION,
                0,
                "\\b(?:i'?d rather be dead|rather be dead|would welcome death|welcome death|(?:death|dying) (?:sounds|seems|feels) (?:peaceful|like a relief|nice|good|better|easier)|"
                        + "not (?:scared|afraid) (?:of dying|to die|of death) anymore)"));
        t.add(
                r(
                        "dont-want-to-live",
                        LOW,
                        IDEATION,
                        OWNS_NEGATION,
                        "\\b(?:don'?t|dont|do not|doesn'?t|does not|no longer|never|idw|idwt|didn'?t) (?:really |even |honestly |actually |just |think i |know if i |think i really )?(?:want|wanna|wish|feel like|care) (?:to )?"
                                + "(?:live|living|be alive|exist|be here|be around|wake up|do life|keep living|go on|keep going|continue living|stay alive|be on this earth|if i live)"));
        t.add(
                r(
                        "dont-want-to-live",
                        LOW,
                        IDEATION,
                        OWNS_NEGATION,
                        "\\bidwt? (?:to )?(?:live|be here|be alive|exist|wake up|be around|keep living|do this)|\\bnot sure (?:if |that )?i (?:want|wanna) (?:to )?(?:live|be alive|be here|keep living|keep going|go on|stay)"));
        t.add(
                r(
                        "better-off-without-me",
                        LOW,
                        IDEATION,
                        OWNS_NEGATION,
                        "\\bbetter off (?:dead|gone|not here|not existing|without me|if i (?:was|were|wasn'?t|weren'?t|died|disappeared|left)|when i'?m gone)"
                                + "|(?:happier|easier|better|relieved|fine|lighter) (?:off )?(?:for (?:everyone|them|everybody) )?(?:if|when|once|after) i(?:'m| am| was| were|'d)? (?:just )?"
                                + "(?:gone|dead|not here|wasn'?t (?:here|around|alive)|weren'?t (?:here|around|alive)|disappeared|died|not around|didn'?t exist)"
                                + "|\\b(?:better|happier) (?:off )?without me|doing (?:everyone|them|the world) a favou?r"
                                + "|(?:peaceful|easier|nice|better) (?:it would be )?to (?:just )?not (?:be here|exist|be alive|wake up)"));
        t.add(r(
                "nobody-would-miss-me",
                LOW,
                IDEATION,
                OWNS_NEGATION,
                "\\b(?:no ?one|nobody|noone|no body) (?:would|will|'?d|even)? ?(?:even |really |ever )?(?:miss me|notice(?: if| when|{EOS})|care if i|come to my funeral)"
                        + "|(?:if|when) i (?:died|was gone|were gone|disappeared)"));
        t.add(
                r(
                        "burden",
                        LOW,
                        IDEATION,
                        0,
                        "\\b(?:i'?m|im|i am|being|feel like|feel like i'?m) (?:such |just |only |nothing but |a total )?(?:a )?(?:burden|waste of (?:space|oxygen|air|life))"));
        t.add(
                r(
                        "disappear-for-good",
                        LOW,
                        IDEATION,
                        0,
                        "\\b(?:want(?:ed)? to|wanna|should|could) (?:just )?(?:vanish|disappear (?:forever|for good|and never come back|and not come back)|go away (?:forever|for good|and never come back))"
                                + "|\\bgo away for good|\\b(?:disappear|go away|leave) and never come back|\\bleave this (?:world|earth|life)|time for me to go{EOS}|i'?m ready to go{EOS}"));
        t.add(r(
                "thoughts-of-death",
                LOW,
                IDEATION,
                0,
                "\\b{THINK} (?:about |of )?(?:\\w+ ){0,2}?(?:death|dying|being dead|not being (?:here|alive|around)|not existing|my (?:own )?(?:funeral|death))\\b"
                        + "|\\bmy (?:own )?funeral\\b"));
        t.add(
                r(
                        "tired-of-living",
                        LOW,
                        IDEATION,
                        0,
                        "\\b(?:tired|sick|exhausted|done|sick and tired|fed up|worn out) (?:of|with) (?:being alive|living|life|existing|it all|all of it|everything|trying to live|"
                                + "fighting to stay alive|fighting|being here|this life|my life|being a burden|trying)\\b(?! (?:at|in|about|the|today|this week))"
                                + "|\\b(?:i'?m|im|i am) (?:so |just |sooo? |really )?done (?:living|being alive|with life)"
                                + "|\\b(?:i'?m|im|i am) (?:so |just |sooo? |really )?(?:fucking |fuckin |freaking )?done\\s*(?:[.!]|$)|(?:^|[.!?]\\s*)done\\s*(?:[.!]|$)"));
        t.add(r(
                "cant-go-on",
                LOW,
                IDEATION,
                OWNS_NEGATION,
                "\\b(?:can'?t|cant|cannot|can not) (?:\\w+ )?(?:go on|keep going|keep doing this|do this anymore|do it anymore|take (?:it|this) anymore|keep living|"
                        + "take much more|cope anymore|anymore{EOS}|carry on|keep fighting|go on like this|keep going like this|do this{EOS}|live like this|survive this)"
                        + "|\\b(?:don'?t|do not) think i (?:can|could) (?:keep going|go on|do this|survive|make it|keep living|last)"
                        + "|\\bdon'?t know how (?:much )?longer i can (?:\\w+ ){0,2}?(?:keep going|do this|take|go on|hold on|live|survive|last|keep living)"
                        + "|\\b(?:not|never) (?:going to|gonna) make it{EOS}|\\bdon'?t think i'?ll make it"));
        t.add(
                r(
                        "no-point-living",
                        LOW,
                        IDEATION,
                        OWNS_NEGATION,
                        "\\b(?:no|what'?s the|what is the|don'?t see the|do not see the|lost the|see no|no more|there'?s no|isn'?t any) (?:\\w+ )?(?:point|reason|purpose|meaning)\\b(?: (?:in|of|to|for))? "
                                + "(?:living|being alive|staying alive|going on|life|keep(?:ing)? going|being here|anything|me\\b|existing|trying|it all|continuing|getting up|waking up|live|be alive|be here|stay|keep living)"
                                + "|\\b(?:don'?t|do not|dont) have (?:a|any) (?:reason|purpose) to (?:live|keep going|be here|stay alive|go on|keep living)|\\b(?:nothing|no ?one|nobody|no reason|nothing left) (?:left )?to live for|\\bno reasons? to (?:live|keep going|stay|go on|be alive|be here|keep living)"
                                + "|\\b(?:life|living|it|existing) (?:isn'?t|is not|ain'?t|no longer|not) (?:really )?worth (?:it|living)|life is(?:n'?t| not)? worth (?:it|living) anymore"
                                + "|\\b(?:don'?t think|not sure) life is worth"
                                + "|\\b(?:life|living|existing|my life|being alive) (?:is|feels|seems) (?:so |completely |totally )?(?:pointless|meaningless|hopeless|over|a mistake|not worth)"
                                + "|\\blife has no (?:meaning|point|purpose)|what'?s (?:even )?the point(?: anymore| of anything| of me| of it all)?{EOS}"
                                + "|\\bwhy (?:am|are) i (?:even |still )?(?:alive|here|living)\\b|\\bwhy i'?m (?:even |still )?alive"));
        t.add(
                r(
                        "hopeless-future",
                        LOW,
                        IDEATION,
                        OWNS_NEGATION,
                        "\\b(?:can'?t|cannot|can not|don'?t) (?:see|imagine|picture) (?:a |any |my )?(?:future|way (?:out|forward)|myself (?:being )?(?:alive|here|getting through|in (?:five|5|a few|ten|10) years|being here)|a future)"
                                + "|\\bi (?:have|got|see) no (?:future|hope)\\b|\\bno hope (?:left|for me)|\\blost all hope|\\bout of hope|\\b(?:there'?s )?no way out|\\bnothing left for me"
                                + "|\\bmy life is over|\\blost cause|\\bend of (?:my|the) (?:rope|road|line)"
                                + "|\\b(?:never|not ever) (?:going to|gonna) get better|\\bnothing (?:will ever|is ever going to|ever) gets? better"
                                + "|\\b(?:give|giving|given) up (?:on )?(?:life|living|everything|on myself)|\\b(?:want to|ready to|feel like|i'?m|just) giv(?:e|ing) up\\b|\\bgiving up{EOS}|\\bi give up{EOS}"
                                + "|\\bhopeless about (?:living|life|being alive|the future|everything)|\\brunning out of reasons to (?:stay alive|live|keep going|be here)"
                                + "|\\bi'?m fading(?: away)?{EOS}|\\bmy time is up|\\bwaiting to die|\\b(?:my life|i) (?:is|feels like|am) a mistake"
                                + "|\\b(?:don'?t|do not) belong (?:here|in this world|anywhere)|\\b(?:don'?t|do not) deserve to (?:live|be alive|exist|be here)"
                                + "|\\bi (?:shouldn'?t|should not) (?:be alive|exist|be here)|\\bnot meant to (?:be here|be alive|exist)"
                                + "|\\bwon'?t be (?:a problem|around|here|a burden) (?:much longer|for (?:much )?longer|for long|anymore)|\\bwon'?t have to (?:worry|deal) (?:about|with) me"
                                + "|\\b(?:don'?t|do not) see myself (?:being )?(?:here|alive|around)"
                                + "|\\b(?:walk|swim|wade) into the (?:sea|ocean|lake|river|water)|\\bdriv(?:e|ing) off the (?:road|cliff|bridge)"
                                + "|\\b(?:be with|join|see) (?:my )?(?:\\w+ )?(?:again )?in heaven|\\bjoin (?:my )?(?:dad|mom|mum|father|mother|grandma|grandpa|husband|wife|son|daughter|brother|sister|friend){EOS}"));
        t.add(
                r(
                        "want-it-to-end",
                        LOW,
                        IDEATION,
                        0,
                        "\\b(?:want|wish|need|just want) (?:it all|everything|all of it|all this|it|the pain|this pain|this|life|my life) (?:to )?(?:just )?(?:end|stop|be over)\\b(?! (?:soon|already))"
                                + "|\\b(?:have|let) it (?:all )?be over|\\b(?:and|then) (?:everything|it all|it|all of it) (?:would|will|could) (?:just )?(?:be over|end|stop)|\\bwant to (?:stop|end) the pain|\\bpermanent (?:kind|sleep|rest|peace|solution)|\\b(?:rest|sleep) forever|\\beternal (?:sleep|rest)"
                                + "|\\bwant to be done{EOS}|\\bi want out\\b(?! of (?:this|the|my) (?:job|relationship|contract|class|meeting|house|lease|marriage))"
                                + "|\\bhate (?:being alive|living|existing|that i'?m alive)|\\blost (?:my|the|all) will to live"));

        // ---- MODERATE: active thoughts of suicide ----
        t.add(r("suicidal", MODERATE, IDEATION, 0, "\\b{SUICIDAL}"));
        t.add(
                r(
                        "suicidal-ideation-shorthand",
                        MODERATE,
                        IDEATION,
                        0,
                        "\\bsi\\b(?= (?:is|was|has been|thoughts?|urges?|again|today|rn|all|lately|this|bad|really|getting))|\\b(?:my|with|having|have|had|no|some) si\\b"));
        t.add(r("active-ideation", MODERATE, IDEATION, 0, "\\b(?:{ACTS})"));
        t.add(
                r(
                        "active-ideation",
                        MODERATE,
                        IDEATION,
                        0,
                        "\\b{SUICIDE} (?:keeps|is (?:all|always|the (?:only|answer))|seems|feels|thoughts?|ideation|urges?|on my mind|is on my mind|would be|is an option|is the)"));
        t.add(r(
                "active-ideation",
                MODERATE,
                IDEATION,
                FILLER,
                "\\b(?:{THINK}|{WANT}|fantasi\\w*) (?:about |of |that )?(?:\\w+ ){0,2}?{SUICIDE}"));
        t.add(
                r(
                        "active-ideation",
                        MODERATE,
                        IDEATION,
                        0,
                        "\\b(?:{WANT}|should|might|could|thinking about|thinking of|thoughts of) (?:to )?(?:just )?(?:overdose|overdosing|od|od'?ing|take {QDRUG}|tak(?:e|ing) (?:them|it) all)\\b"));
        t.add(r(
                "active-ideation",
                MODERATE,
                IDEATION,
                0,
                "\\b(?:want|wanna|should|might|gonna|going) (?:to )?(?:just )?kys\\b"));
        t.add(r(
                "active-ideation",
                MODERATE,
                IDEATION,
                0,
                "\\bcatch(?:ing)? the (?:bus|train)\\b.{0,20}(?:other kind|you know what i mean|if you know)"));
        t.add(
                r(
                        "active-ideation",
                        MODERATE,
                        IDEATION,
                        OWNS_NEGATION,
                        "\\b(?:don'?t|do not|can'?t) trust {SELF}|\\b(?:not |un)safe (?:with {SELF}|with my thoughts|around {SELF}|right now|tonight)|\\bi'?m not safe{EOS}|\\bfeel unsafe"));
        t.add(r(
                "active-ideation",
                MODERATE,
                IDEATION,
                0,
                "\\bdo (?:something|anything) (?:stupid |drastic )?to {SELF}|\\bby my own hand"));

        // ---- MODERATE: method ----
        t.add(
                r(
                        "method",
                        MODERATE,
                        IDEATION,
                        IGNORE_QUESTION,
                        "\\b(?:{THINK}|look(?:ing|ed|s)? (?:at|up)|star(?:e|ing|ed) at|ey(?:e|ing|eing|ed) (?:up )?|googl\\w*|search\\w*|research\\w*|read(?:ing)? (?:up )?about|keeps? going to|mind keeps|tempted by)"
                                + "\\b(?:\\W+(?!(?:not|never|no|\\w+n't|dont|cant|wont)\\b)[\\w']+){0,6}?\\W+(?:jump(?:ing)?\\b(?! (?:in|into|on|rope|at|ship|start|the gun|right|up|around))|hang(?:ing)? {SELF}|overdos\\w*|od'?ing\\b|od\\b|drown\\w*|slit\\w*|shoot(?:ing)? {SELF}|"
                                + "crash\\w* (?:my|the) car|driv\\w* (?:my car |the car |it )?(?:into|off)|step\\w* in front|walk\\w* into (?:traffic|the (?:sea|ocean|river|lake))|"
                                + "(?:lethal|fatal|deadly) (?:dos\\w*|amount)?|how many .{0,30}(?:would|to die|to kill|it take|does it take|will it take)|ways to (?:die|kill|end)|{SUICIDE} methods?|painless|bleed(?:ing)? out|"
                                + "{MEANS}|{QDRUG}|{NAMED_DRUG}|{NUM} (?:of )?(?:my |the )?{DRUG}|{DRUG} (?:bottle|box|stash)|tak\\w* (?:them|it) all|take all of them|"
                                + "tall(?:est)? (?:buildings?|bridges?)|high enough|how high|cutting deeper|cut deeper|slitting)"));
        t.add(
                r(
                        "method",
                        MODERATE,
                        IDEATION,
                        IGNORE_QUESTION | OWNS_NEGATION,
                        "\\benough to (?:not wake up|die|kill me|end it|do it|never wake up)|\\bwould (?:it|that|they|the \\w+|my \\w+|\\d+ \\w+) (?:do it|kill me|be enough|be fatal|be lethal)"
                                + "|\\b(?:would|could|will|might) (?:end it(?: all)?|kill me|do the job)\\b|\\bhow (?:much|many) .{0,40}(?:lethal|fatal|to die|kill (?:me|you|a person)|would it take|does it take|to not wake up)"
                                + "|\\b(?:lethal|fatal) dose|\\b(?:easiest|quickest|best|painless|fastest|surest) way (?:out|to die|to go|to do it|to end it)"
                                + "|\\b(?:is|are) (?:the )?(?:most )?lethal|\\bwould be fatal|\\b(?:wonder\\w*|think\\w*|if) .{0,30}would (?:do it|kill me|be enough|be fatal|be lethal)"));
        t.add(r(
                "method",
                MODERATE,
                IDEATION,
                0,
                "\\b(?:know|thought about|thinking about|think about|wonder(?:ing)?|started thinking about) (?:exactly )?how (?:i'?d|i would|i will|i'?ll|i'?m going to|to|i could) (?:do it|end it|kill {SELF}|die)"
                        + "|\\bif i (?:did|do|ever did) it,? it would be (?:with|by)|\\bwant to jump (?:off|from|in front)"
                        + "|\\b(?:bridge|tracks|train|rope|pills|gun|knife|knives|edge|water|ocean|river|roof) .{0,30}(?:(?:keeps?|keep) calling (?:me|to me)|is calling)"
                        + "|\\bcount(?:ing|ed)? (?:out )?(?:my |the |all )?(?:pills|meds|tablets|\\w+ pills)"
                        + "|\\bknow where (?:\\w+ ){0,2}(?:keeps?|hides?|stores?) (?:the|her|his|their|my)? ?(?:pills|meds|gun|rope|knives|keys)"
                        + "|\\bwhat if i (?:just )?(?:took|take|jumped|jump|swallowed|drank|drove|overdosed)"));
        t.add(
                r(
                        "method",
                        MODERATE,
                        IDEATION,
                        0,
                        "\\b{QDRUG}\\b.{0,50}\\b(?:thinking|considering|tempted|been thinking)|\\b(?:thinking|considering|tempted|want) (?:of |about )?(?:taking|to take|swallowing) {QTY}"));

        // ---- MODERATE: self-harm (current) ----
        t.add(r(
                "self-harm",
                MODERATE,
                SELF_HARM,
                0,
                "\\b(?:self[- ]?harm\\w*|selfharm\\w*|self[- ]?injur\\w*|sh'?(?:d|ing|ed)\\b|sh-ing|s/h\\b)"
                        + "|\\b(?:sh|s/h)\\b(?= (?:urges?|again|relapse|free|clean|scars?|recovery|days|thoughts)|{EOS})"
                        + "|\\b(?:relapsed? on|did|do|doing|urges? to|clean from|history of|my) (?:sh|s/h)\\b"));
        t.add(
                r(
                        "self-harm",
                        MODERATE,
                        SELF_HARM,
                        0,
                        "\\bcut(?:ting)? (?:again|{SELF}|my (?:arms?|wrists?|thighs?|legs?|skin|stomach|hips?|body)|deeper|deep|last night|today|tonight|yesterday|this morning|to feel|when|so bad|on purpose|really deep)"
                                + "|\\b(?:been|started|start|stop|stopped|quit|keep|from|of|with|urge to|the urge to|want to|wanna) cutting\\b|\\bcutting{EOS}"
                                + "|\\bi (?:cut|cutted)\\b(?={EOS}|\\s+(?:again|{SELF}|last|today|tonight|yesterday|this|deep|really|on purpose|twice|when|after|and|but|so|it didn'?t))"
                                + "|\\b(?:and|then|so i|i just) cut{EOS}|\\b(?:fresh|new|my|the) cuts\\b|\\burge to cut\\b|\\bwant to cut\\b|\\bi cut,"));
        t.add(r(
                "self-harm",
                MODERATE,
                SELF_HARM,
                0,
                "\\b(?:hurt(?:ing)?|harm(?:ing|ed)?|hit(?:ting)?|punish(?:ing|ed)?|injur\\w*|burn(?:ed|t|ing)?|stab(?:bed|bing)?|knife|starv(?:ed|ing)|bit|bite|biting|scratch(?:ed|ing)?|cut) {SELF}"
                        + "|\\b(?:hurt|hit|burn\\w*|scratch\\w*|cut|punch\\w*|bit|bite|bang\\w*|bruis\\w*) .{0,40}on purpose"
                        + "|\\bburn(?:ed|t|ing)? (?:my (?:arm|skin|wrist|leg|thigh|hand)s?)|\\bscratch(?:ed|ing)? (?:\\w+ ){0,3}(?:until|till|til) (?:i |they |it )?(?:bled?|bleed)"
                        + "|\\bcarv(?:ed|ing) (?:into )?my|\\b(?:razor|blade|knife) (?:on|to|into) my (?:arm|leg|wrist|thigh|skin)|\\btook a (?:blade|razor|knife) to"
                        + "|\\bslit my (?:arm|leg|thigh|skin)|\\b(?:hit|bang\\w*) my head (?:against|on)"));

        // ---- HIGH: intent ----
        t.add(
                r(
                        "intent",
                        HIGH,
                        ACTION,
                        0,
                        "\\b{GOING} {F2}(?:{ACTS}|overdose|od\\b|jump{EOS}|jump (?:off|from|in front)|slit my (?:wrists?|throat)|drink (?:the )?bleach|tak(?:e|ing) {QTY}(?:\\w+ )?{DRUG}|take the whole|take (?:the|my|all) pills|"
                                + "cut deep|step in front|walk into the (?:ocean|sea|river|lake)|driv(?:e|ing) (?:my car |the car )?(?:into|off)|make sure i don'?t wake up|go through with it|act on (?:it|them|my thoughts|these thoughts))"));
        t.add(
                r(
                        "intent",
                        HIGH,
                        ACTION,
                        0,
                        "\\b(?:do|doing) it (?:tonight|now|right now|in an hour|today|this time|this weekend|soon|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|when|after|before|on the)\\b"
                                + "|\\b(?:actually|definitely|really|finally|intend to|intending to|ready to) (?:going to |gonna )?do it{EOS}"));
        t.add(r(
                "intent",
                HIGH,
                ACTION,
                NEEDS_CONTEXT,
                "\\b(?:going to|gonna|will|i'?ll) (?:\\w+ )?(?:do it|make it happen){EOS}"));
        t.add(
                r(
                        "intent",
                        HIGH,
                        ACTION,
                        OWNS_NEGATION,
                        "\\b(?:don'?t|do not) plan on (?:being alive|living|being here|being around)|\\bnot (?:going to|gonna) be (?:alive|here|around) (?:by|after|next|for|much)"
                                + "|\\bplan(?:ning)? (?:to|on) (?:die|dying)|\\b(?:i'?ve |i have )?decided to die|\\b(?:i'?ll|i will) be (?:dead|gone) (?:by|before|tomorrow|tonight|soon)"
                                + "|\\b(?:won'?t|not|don'?t think i'?ll) be alive (?:in the morning|tomorrow|by)"
                                + "|\\bwon'?t (?:be here|be around|be alive|make it to) (?:tomorrow|next week|next month|our next|the next|by|on|this time|for (?:my|our|the) next)"));
        t.add(r(
                "intent",
                HIGH,
                ACTION,
                0,
                "\\b(?:gun|rope|pills|knife|blades?|razor)\\b.{0,40}\\b(?:going to|gonna|will) use (?:it|them)"));

        // ---- HIGH: plan ----
        t.add(
                r(
                        "plan",
                        HIGH,
                        ACTION,
                        0,
                        "\\bplan (?:for how )?to (?:{ACTS}|overdose|od\\b|jump|die|do it|take (?:all|my|the))|\\b{SUICIDE} plan|\\bplan and the (?:pills|means|rope|gun)"
                                + "|\\b(?:have|got|made|make) (?:a|the) plan{EOS}|\\bplan(?:ned)? is (?:ready|set|pills|to take|to jump|to hang|to overdose|to drive|to do it|(?:the )?(?:pills|rope|gun|bridge))"
                                + "|\\b(?:the|my) plan is\\b|\\bplanned (?:my {SUICIDE}|my death|it for|it all|everything|to take {LIFE}|to (?:{ACTS}))|\\bplanning (?:my (?:death|{SUICIDE}|exit)|it for)"
                                + "|\\bplanned out|\\bit'?s all planned|\\b(?:have|got) a plan(?:,| and)|\\bwritten (?:down )?my plan|\\bhave (?:a|my) plan to"));
        t.add(r(
                "plan",
                HIGH,
                ACTION,
                0,
                "\\b(?:picked|chosen|chose|set|decided on) (?:a|the) (?:date|day)\\b|\\b(?:the date is set|have a date set|got a date set)|\\bhow and when|when and how|the date and how|date and (?:time|method)|method and (?:the )?(?:time|date|place)"
                        + "|\\b(?:worked out|figured out|decided|planned|chosen|know exactly) how (?:i'?m going to|i'?ll|i will|to) (?:do it|end it|kill {SELF}|die)"
                        + "|\\bknow which (?:bridge|building|pills|method|spot|day|date)|\\b(?:scoped|scouted|checked) (?:out )?(?:the )?(?:bridge|roof|building|spot|height|ledge|cliff|tracks)|check(?:ed)? the height"
                        + "|\\b(?:figured out|worked out|calculated|know|found out|looked up) how many (?:pills|tablets|\\w+) (?:i need|i'?d need|it takes|will do it|to take)|\\b(?:dose|amount) i need"
                        + "|\\b(?:chose|chosen|picked|decided on) (?:the|a|my) (?:method|way|spot|place|bridge)|\\bexact spot|\\bwhere i'?ll do it|\\bwhen i'?(?:ll|m going to) do it"
                        + "|\\brehears\\w* (?:how|it|my)|\\bpractice run|\\bdry run|\\bpractic(?:ed|ing) with the (?:belt|rope|knife|cord)|\\btested how (?:tight|strong|long)|(?:nobody|no one) (?:will|would) find me"
                        + "|\\b(?:have|got) everything (?:figured out|planned|sorted|ready)"));

        // ---- HIGH: preparation ----
        t.add(
                r(
                        "preparation",
                        HIGH,
                        ACTION,
                        FILLER,
                        "\\b(?:sav(?:e|ed|ing)(?: up)?|stockpil\\w*|hoard\\w*|collect(?:ed|ing)|gather(?:ed|ing)|stash\\w*|set aside|squirrel\\w*|been (?:buying|getting)) (?:\\w+ ){0,3}?(?:{DRUG}|{NUM}\\b)"
                                + "|\\b{NUM} (?:of (?:my|the) )?(?:\\w+ )?(?:pills|tablets|meds|{DRUG}) saved|\\b(?:filled|refill(?:ed)?) (?:it )?early|\\bso i'?d have (?:more|enough)"));
        t.add(
                r(
                        "preparation",
                        HIGH,
                        ACTION,
                        BENIGN_CHECK,
                        "\\b(?:bought|buying|got|ordered|purchased|picked up) (?:a |some |the |myself a )?(?:\\w+ )?(?:rope|noose|gun|firearm|pistol|rifle|shotgun|razor blades|razors|blades|charcoal|rat poison|poison|helium|bleach)\\b"
                                + "|\\b(?:bought|got|ordered|purchased) (?:a lot of|lots of|loads of|a bunch of|\\d+ (?:boxes|bottles|packs|packets) of)(?: \\w+)? ?{DRUG}"
                                + "|\\b{DRUG}\\b.{0,40}(?:from (?:three|two|four|several|different|multiple) (?:different )?(?:stores|shops|pharmacies))"));
        t.add(
                r(
                        "preparation",
                        HIGH,
                        ACTION,
                        0,
                        "\\b(?:have|got|there'?s) enough (?:pills|meds|tablets|\\w+ pills|of them)|\\b(?:pills|meds) .{0,15}(?:is|are|'s) enough"
                                + "|\\bhid(?:den|e|ing)? (?:the |my |some )?(?:pills|meds|rope|gun|knife|blades?|razors?)|\\bthe pills are (?:on|in|next|ready|here)|\\bput the pills"
                                + "|\\b(?:got|have|put) the (?:rope|gun|pills|blades?|razors?|noose|knife|belt) (?:in|ready|next|with|on|here)"
                                + "|\\b(?:pills|rope|gun|meds|blades|noose|everything|it all) (?:are |is )?(?:all )?ready\\b|\\beverything is (?:ready|set|in place)\\W*(?:now)?{EOS}"));
        t.add(r("preparation", HIGH, ACTION, NEEDS_CONTEXT, "\\bthere'?s enough{EOS}"));
        t.add(r(
                "preparation",
                HIGH,
                ACTION,
                BENIGN_CHECK,
                "\\b(?:{SUICIDE}|goodbye|farewell|last) (?:note|letter|message|video)s?\\b"
                        + "|\\b(?:wr[io]te|written|writing|left) (?:\\w+ )?(?:letters?|notes?) (?:to|for) (?:everyone|everybody|each|all|my (?:kids|family|mom|mum|dad|parents|husband|wife|children|friends|partner|sister|brother|son|daughter|loved ones))"
                        + "|\\b(?:wr[io]te|written|writing|finished) my (?:letters|notes|goodbyes?)"));
        t.add(
                r(
                        "preparation",
                        HIGH,
                        ACTION,
                        BENIGN_CHECK,
                        "\\b(?:gave|giving|given|give) (?:away )?(?:all )?(?:of )?my (?:cat|dog|pets?|rabbit|bird|hamster|fish|things|stuff|belongings|possessions|jewel\\w*|savings|everything|clothes|books|guitar|plants|\\w+ (?:and|to))\\b"
                                + "|\\b(?:gave|giving|given) (?:away )?everything|\\b(?:gave|giving|given) (?:\\w+ ){1,3}my (?:jewel\\w*|things|stuff|belongings|possessions|savings|cat|dog|guitar)"
                                + "|\\b(?:giving|gave|give) (?:my )?(?:\\w+ )?(?:things|stuff|belongings|possessions) away|\\bnew home for my (?:cat|dog|pets?|rabbit|bird)|\\bmy (?:cat|dog|pets?) (?:has|have) a new home|\\brehom\\w* my"));
        t.add(
                r(
                        "preparation",
                        HIGH,
                        ACTION,
                        0,
                        "\\b(?:put|putting|getting|got|get) (?:all )?my affairs in order|\\bso (?:nobody|no one) (?:has|will have|would have) to|\\bwon'?t (?:be )?need(?:ing)? (?:them|it|this|those|these|my \\w+)"
                                + "|\\b(?:playlist|instructions|plans?|arrangements?|music) for my funeral|\\bplanned my funeral|\\btransferred (?:all )?my (?:savings|money) to|\\bkey to the roof"
                                + "|\\bsaid (?:my )?goodbyes|\\bsaying goodbye to (?:people|everyone|everybody)|\\bcancel(?:l?ed)? (?:all )?my (?:subscriptions|accounts)"));
        t.add(r("preparation", HIGH, ACTION, NEEDS_CONTEXT, "\\b(?:wrote|updated|made|finished|did) my will\\b"));

        // ---- Attempt (HIGH when recent or undated, MODERATE when past) ----
        t.add(
                r(
                        "attempt",
                        HIGH,
                        ATTEMPT,
                        0,
                        "\\b(?:tried|try|trying|attempted|attempt) (?:to |again to )?(?:{ACTS}|die\\b|od\\b|overdose|hang|drown|jump|shoot|suffocate|crash|end (?:it|{LIFE}|it all|things)|take {LIFE}|cut)"
                                + "|\\b(?:my|an|a|the|{SUICIDE}|last|recent|previous|first|second) attempts?\\b|\\battempt(?:ed)? (?:{SUICIDE}|on my life|last|yesterday|twice|again|when|in|at)\\b"
                                + "|\\battempted{EOS}|\\bmade an attempt|\\bsurvived (?:a |my |an )?(?:{SUICIDE} attempt|overdose|jumping)"));
        t.add(
                r(
                        "attempt",
                        HIGH,
                        ATTEMPT,
                        0,
                        "\\b(?:overdosed|od'?d|od'?ed|took an? (?:overdose|od)|my (?:overdose|od))\\b"
                                + "|\\b(?:took|taken|swallowed|downed) (?:{QTY}|{NUM} )(?:of (?:my|the|her) )?(?:\\w+ ){0,2}?(?:pills|meds|tablets|tabs|bottle|prescription|dose|of them|{DRUG}|on purpose)"
                                + "|\\b(?:just|already) (?:took|taken|swallowed) (?:the|them|all|it|a bunch|a handful|\\d+|my)|\\bi'?ve taken the pills|\\b(?:started|starting) taking them"
                                + "|\\b(?:wine|vodka|alcohol|drank|drunk|whiskey) .{0,30}(?:took|swallowed) (?:my|all|the) (?:sleeping )?pills|\\b(?:er|hospital|a&e|emergency room|icu) .{0,30}after (?:taking|swallowing|overdos\\w*) "));
        t.add(
                r(
                        "attempt",
                        HIGH,
                        ATTEMPT,
                        0,
                        "\\bslit my (?:wrists?|throat)|\\btalked me down|\\b(?:almost|nearly) (?:jumped|did it|went through|killed {SELF})|\\bstopped me from (?:jumping|doing it)|\\btrying to die"));

        // ---- HIGH: imminence and goodbye ----
        t.add(
                r(
                        "imminent",
                        HIGH,
                        ACTION,
                        0,
                        "\\b(?:good ?bye|farewell|bye forever)\\b(?! (?:to|kiss|hug|party|lunch|drinks|for now))(?<!(?:says|said|say|wave|waved|a) (?:good ?bye|farewell))"));
        t.add(r(
                "imminent",
                HIGH,
                ACTION,
                0,
                "\\btonight is the night|\\bit ends (?:tonight|today|now)|\\b(?:tonight|today) i(?:'m going to| will)? (?:end it|do it|die|finally end)|\\btoday is the day i"
                        + "|\\bi'?m ready\\W+tonight|\\b(?:my |the )?last (?:check[- ]?in|entry|message|post|session|journal entry|note) (?:ever|from me)|\\bthis (?:will be|is) my last (?:message|entry|check[- ]?in|post|note|journal entry)"
                        + "|\\blast time you'?ll (?:hear|see)|\\bby the time (?:anyone|you|someone|somebody) (?:reads?|sees?|finds?)|\\bdon'?t (?:bother )?(?:look(?:ing)?|search(?:ing)?) for me"
                        + "|\\bbefore i go{EOS}|\\bbefore i go(?=[.,!])|\\bi'?m (?:going|leaving) now{EOS}"
                        + "|\\bi'?m (?:on|at|standing on|sitting on|standing at|sitting at|on top of) (?:the )?(?:edge of )?(?:the )?(?:bridge|roof|ledge|train tracks|tracks|cliff|rooftop)"
                        + "|\\b(?:have|holding|got|with) (?:the |my )?(?:pills|knife|gun|rope|(?:razor )?blades?|razors?|noose|bottle) (?:in my (?:hand|lap)|right now|next to me|in front of me)"
                        + "|\\b(?:garage|car) .{0,25}(?:car|engine) (?:running|on)"));

        // ---- Means words: no risk alone, MODERATE beside self-directed risk ----
        t.add(
                r(
                        "means",
                        NONE,
                        MEANS,
                        0,
                        "\\b(?:{MEANS}|{DRUG}|{NUM} (?:pills|tablets|tabs|caps)|pills|knife|gun|rope|grave|coffin|blood|syringe)\\b"));
        return List.copyOf(t);
    }
}
