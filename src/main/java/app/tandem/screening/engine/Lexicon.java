package app.tandem.screening.engine;

import java.util.Set;
import java.util.regex.Pattern;

/** Word lists and cue patterns the context evaluator weighs; data, kept apart from the evaluation logic. */
final class Lexicon {

    private Lexicon() {}

    static final Set<String> NEGATIONS = Set.of(
            "not",
            "no",
            "never",
            "nothing",
            "none",
            "zero",
            "without",
            "nor",
            "neither",
            "nope",
            "cannot",
            "can't",
            "cant",
            "don't",
            "dont",
            "doesn't",
            "doesnt",
            "didn't",
            "didnt",
            "won't",
            "wont",
            "wouldn't",
            "wouldnt",
            "isn't",
            "isnt",
            "aren't",
            "arent",
            "wasn't",
            "wasnt",
            "weren't",
            "werent",
            "haven't",
            "havent",
            "hasn't",
            "hasnt",
            "hadn't",
            "hadnt",
            "shouldn't",
            "shouldnt",
            "couldn't",
            "couldnt",
            "ain't",
            "aint",
            "refuse",
            "nah",
            "i'm not",
            "dnt",
            "idnt");

    /**
     * Words right after a negation that make it negate something else: "not sure I want to live",
     * "can't stop thinking about suicide", "not gonna lie", "don't know why I want to die".
     */
    static final Set<String> NEGATION_BREAKERS = Set.of(
            "sure",
            "lie",
            "lying",
            "know",
            "knows",
            "knew",
            "stop",
            "help",
            "care",
            "cares",
            "okay",
            "ok",
            "fine",
            "well",
            "alright",
            "afraid",
            "scared",
            "joking",
            "kidding",
            "tell",
            "telling",
            "told",
            "understand",
            "understands",
            "realise",
            "realize",
            "get",
            "wait",
            "matter",
            "remember",
            "one",
            "only",
            "idea",
            "clue",
            "safe",
            "good",
            "great",
            "better",
            "doing",
            "coping",
            "managing",
            "handling",
            "sleep",
            "sleeping",
            "eat",
            "eating",
            "anymore",
            "again",
            "until",
            "quite",
            "exaggerating",
            "body",
            "1");

    /** "I don't think I'd ever hurt myself": negation that reaches through a following clause. */
    static final Set<String> NEG_RAISERS = Set.of(
            "think", "believe", "expect", "plan", "intend", "feel", "see", "want", "wanna", "imagine", "like", "that",
            "as", "because", "said", "say", "saying", "mean", "meant", "would", "once", "way");

    static final Set<String> FIRST_PERSON = Set.of(
            "i", "i'm", "im", "i've", "ive", "i'd", "id", "i'll", "ill", "me", "my", "myself", "mine", "imma", "ima",
            "we", "us", "our", "idk", "idw", "idc", "lemme");

    static final Set<String> OTHER_PERSON = Set.of(
            "he",
            "she",
            "they",
            "him",
            "her",
            "them",
            "his",
            "hers",
            "their",
            "theirs",
            "he's",
            "she's",
            "they're",
            "he'd",
            "she'd",
            "they'd",
            "he'll",
            "she'll",
            "they'll",
            "hes",
            "shes",
            "theyre",
            "himself",
            "herself",
            "themselves",
            "themself",
            "yourself",
            "yourselves",
            "you",
            "your",
            "you're",
            "youre",
            "u",
            "ur",
            "someone",
            "somebody",
            "anyone",
            "anybody",
            "people",
            "person",
            "whoever",
            "everyone");

    /** Nouns for other people; "my sister said she wants to die" is about the sister. */
    static final Set<String> RELATIONS = Set.of(
            "friend",
            "friends",
            "bestie",
            "bff",
            "sister",
            "sis",
            "brother",
            "bro",
            "mom",
            "mum",
            "mother",
            "mama",
            "dad",
            "father",
            "papa",
            "parent",
            "parents",
            "son",
            "daughter",
            "kid",
            "kids",
            "child",
            "children",
            "partner",
            "husband",
            "wife",
            "boyfriend",
            "girlfriend",
            "bf",
            "gf",
            "fiance",
            "fiancee",
            "cousin",
            "aunt",
            "uncle",
            "niece",
            "nephew",
            "grandma",
            "grandpa",
            "grandmother",
            "grandfather",
            "nan",
            "roommate",
            "flatmate",
            "housemate",
            "coworker",
            "colleague",
            "classmate",
            "student",
            "students",
            "patient",
            "client",
            "neighbour",
            "neighbor",
            "teen",
            "teenager",
            "ex",
            "boss",
            "teammate",
            "guy",
            "girl",
            "boy",
            "man",
            "woman",
            "character",
            "protagonist",
            "narrator",
            "villain",
            "celebrity",
            "singer",
            "actor",
            "actress",
            "author",
            "teacher",
            "stranger",
            "baby",
            "toddler",
            "in-law",
            "law",
            "team",
            "youtuber",
            "influencer",
            "rapper",
            "soldier",
            "kid's",
            "mom's",
            "dad's",
            "lady",
            "dude",
            "family",
            "nurse",
            "doctor",
            "therapist");

    static final Pattern MEDIA = Pattern.compile(
            "\\b(?:movie|movies|film|films|show|shows|series|episode|episodes|season|book|books|novel|memoir|chapter|"
                    + "song|songs|lyrics?|album|band|podcast|article|headline|news|documentary|tv|netflix|youtube|video|"
                    + "tiktok|anime|manga|game|play|poem|poems|poetry|essay|thesis|case study|scene|hamlet|"
                    + "story|stories|report|reported|reporting|documentaries|meme|trailer|lecture|class|course|research paper|"
                    + "statistics|rates)\\b");

    /** Humour markers; "lol" also stands for laughing and skull emoji (see TextNormalizer). */
    static final Pattern HUMOUR = Pattern.compile("\\b(?:lol+|lmao+|lmfao|rofl|haha\\w*|hehe\\w*|jk|jkjk|/j)\\b");
    /** Markers that a humorous-looking message is meant seriously. */
    static final Pattern SERIOUS = Pattern.compile(
            "\\b(?:not (?:joking|kidding)|no joke|fr|for real|seriously|i mean it|actually|literally not joking|being serious)\\b");

    static final Pattern HYPOTHETICAL = Pattern.compile(
            "\\b(?:if (?:i|you|someone|somebody|a friend|my \\w+) ever|in case|hypothetically|if i (?:mention|talk about|tell|bring up|said|say|told)|"
                    + "what (?:do|should|would|can) (?:you|i|we|people) (?:do|say)|how (?:do|can|should) (?:i|you|we) (?:help|support|tell|know))\\b");

    /** Time cues that place behaviour within about three months. */
    static final Pattern RECENT = Pattern.compile(
            "\\b(?:last (?:night|nite|week|weekend|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|yesterday|today|tonight|"
                    + "this (?:morning|afternoon|evening|week|weekend|month)|earlier|just now|just|"
                    + "(?:an?|one|two|three|four|five|six|few|couple(?: of)?|several|\\d+) (?:hours?|hrs?|days?|weeks?|wks?|nights?) ago|"
                    + "(?:a|one|two|three|1|2|3|a few|a couple of) months? ago|"
                    + "on (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                    + "already|right now|rn|recent(?:ly)?|new year'?s|this past|just (?:took|swallowed|got|did|now))\\b");

    /** Cues that thoughts or self-harm are current again despite a past cue: "relapsed after 6 months clean". */
    static final Pattern CURRENT = Pattern.compile(
            "\\b(?:relaps\\w*|broke my streak|slipped|again|still|lately|these days|every day|rn|right now|tonight|last (?:night|nite)|yesterday|this morning|currently)\\b");

    /** Time and resolution cues that place behaviour or thoughts in the past. */
    static final Pattern PAST = Pattern.compile(
            "\\b(?:used to|years? ago|yrs? ago|(?:[4-9]|1[0-2]|four|five|six|seven|eight|nine|ten|eleven|twelve) months ago|when i was|as a (?:teen|kid|child|teenager)|"
                    + "in (?:high school|middle school|college|uni|university|my (?:teens|twenties|thirties|youth|early|late))|"
                    + "back (?:in|when|then)|last year|a long time ago|long time|a while ago|(?:19[5-9]\\d|20[0-2]\\d)|(?<!at )once(?! (?:a|more|again|in a while))\\b|in the past|(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|many|a few|several) (?:days?|weeks?|months?|years?|yrs?) since|"
                    + "in my life|my (?:old|past)|history|no longer|not anymore|any ?more\\b.{0,20}\\b(?:proud|glad|better|happy)|"
                    + "clean (?:for|from|since)|\\d+ (?:days?|months?|years?|yrs?) (?:clean|free|strong)|\\w+ (?:days?|months?|years?) (?:clean|free)|"
                    + "free (?:for|since)|(?:self[- ]?harm|sh) free|since (?:19|20)\\d\\d|it'?s been .{0,25} since|(?:haven'?t|have not) .{0,40} (?:since|in)|"
                    + "recovered|recovery|in my past|behind me|days are over|days were over|(?:that|it) (?:is|was) over|phase|those (?:days|years|thoughts)|"
                    + "once upon a time|is gone|are gone|went away|lifted|not there anymore|(?:i'?m|i am) (?:ok|okay|fine|happy|better|glad|in a (?:much )?better place) now|"
                    + "now i (?:want to live|help|volunteer|go)|remember (?:feeling|being|wanting)|stopped|quit|beat|survived)\\b");

    /** Post-match denials: "suicidal thoughts: none", "self harm urges 0/10", "my doctor asked if I'm suicidal and I'm honestly not". */
    static final Pattern POST_NEGATION = Pattern.compile(
            "^\\W{0,4}(?:(?:thoughts?|urges?|ideation|feelings?)\\W{0,3})?(?:(?:is|are|was|were|=|at|today|this week)\\s*\\W{0,2}\\s*)?"
                    + "(?:none\\b|no\\b|nope\\b|nah\\b|zero\\b|nil\\b|n/a|0\\s*/\\s*10|0(?:\\s|$|\\W)|didn'?t come|never came|"
                    + "(?:and|but) (?:i'?m|i am) (?:honestly |really |definitely |just )?not\\b)");

    /** Reasons that make giving things away or buying a rope ordinary. */
    static final Pattern BENIGN = Pattern.compile(
            "\\b(?:since (?:he|she|they|we|i'?m moving)|because (?:he|she|they|we|it|i'?m moving|of the move)|old|outgr[eo]w\\w*|donat\\w*|sold|"
                    + "for (?:his|her|their|the|my|a|our) (?:tire swing|swing|garden|boat|kitchen|cold|flu|headache|cramps|migraines?|fever|nephew'?s|niece'?s|son'?s|daughter'?s|party|trip|wedding|move|birthday|classroom|class|lunch\\w*)|"
                    + "birthday|christmas|gift|present|moving|allerg\\w*|landlord|camping|climbing|hiking|hunting|range|diy|project|swing|"
                    + "to (?:dispose|pay|cook|help)|dispose|pharmacy|new (?:kitchen|rope|knife)|nerf|toy|thank you|mother'?s day|father'?s day|recipe)\\b");

    /** Resolve markers that make an ambiguous "I'm going to do it" count: "I've made up my mind". */
    static final Pattern RESOLVE = Pattern.compile(
            "\\b(?:made up my mind|i'?ve decided|decided|nobody can stop me|no one can stop me|this time|for real|fr|i'?m done|i'?m ready|goodbye|bye)\\b");

    /** A quoted span start: a quote mark after a space (or start) and before a letter. */
    static boolean isQuoteOpen(String s, int i) {
        char c = s.charAt(i);
        if (c != '"' && c != '\'') {
            return false;
        }
        boolean before = i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1));
        boolean after = i + 1 < s.length() && Character.isLetter(s.charAt(i + 1));
        return before && after;
    }

    static boolean isQuoteClose(String s, int i) {
        char c = s.charAt(i);
        if (c != '"' && c != '\'') {
            return false;
        }
        boolean before = i > 0
                && (Character.isLetterOrDigit(s.charAt(i - 1))
                        || s.charAt(i - 1) == '.'
                        || s.charAt(i - 1) == '!'
                        || s.charAt(i - 1) == '?');
        boolean after = i + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(i + 1));
        return before && after;
    }
}
