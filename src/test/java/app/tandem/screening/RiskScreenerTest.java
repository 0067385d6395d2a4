package app.tandem.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Behaviour of the risk screener on single texts, as a clinician would check it. */
class RiskScreenerTest {

    private static final RiskScreener SCREENER = RiskScreener.standard();

    private static RiskLevel level(String text) {
        return SCREENER.screen(text).level();
    }

    @Test
    void everydayTextIsNone() {
        assertThat(level("rough day at work, tired and a bit low but ok")).isEqualTo(RiskLevel.NONE);
        assertThat(level("")).isEqualTo(RiskLevel.NONE);
        assertThat(level(null)).isEqualTo(RiskLevel.NONE);
    }

    @Test
    void theTwoTextsFromTheIssueAreHighWhereverTheyAreWritten() {
        assertThat(level("I have pills saved up and I am going to take them tonight."))
                .isEqualTo(RiskLevel.HIGH);
        assertThat(level("I'm going to take all my pills tonight.")).isEqualTo(RiskLevel.HIGH);
        assertThat(level("I want to kill myself.")).isEqualTo(RiskLevel.MODERATE);
        assertThat(level("I want to kill myself tonight.")).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void aCredibleDenialOutweighsDistressButNotADeathWishOrAPlan() {
        Screening denied = SCREENER.screen(
                "I'm not suicidal. I just feel completely hopeless, there's no future for me and I can't see a way out.");
        assertThat(denied.level()).isEqualTo(RiskLevel.NONE);
        assertThat(denied.findings())
                .filteredOn(f -> f.cues().stream().anyMatch(c -> c.startsWith("denied: “suicidal”")))
                .as("the distress stays in the explanation, discounted by the denial it names")
                .isNotEmpty();
        assertThat(level("I'm not suicidal but honestly I wish I could go to sleep and not wake up."))
                .isEqualTo(RiskLevel.LOW);
        assertThat(level("I'm not suicidal, I feel hopeless, and I have pills saved up to take tonight."))
                .isEqualTo(RiskLevel.HIGH);
        assertThat(level("i feel completely hopeless, there's no future for me and i can't see a way out"))
                .as("without the denial the same distress is flagged")
                .isEqualTo(RiskLevel.LOW);
    }

    @Test
    void passiveWishesAreLow() {
        assertThat(level("i wish i could go to sleep and not wake up")).isEqualTo(RiskLevel.LOW);
        assertThat(level("kind of hoping this flu finishes the job")).isEqualTo(RiskLevel.LOW);
        assertThat(level("death can't come fast enough")).isEqualTo(RiskLevel.LOW);
        assertThat(level("everyone would be better off without me")).isEqualTo(RiskLevel.LOW);
        assertThat(level("my grandma is the only reason i'm still here")).isEqualTo(RiskLevel.LOW);
    }

    @Test
    void aDisclaimerInOneClauseNeverCancelsTheWishInAnother() {
        assertThat(level("not in a suicidal way, but i'd happily stop existing"))
                .isEqualTo(RiskLevel.LOW);
        assertThat(level("I'm not okay, I want to die")).isEqualTo(RiskLevel.LOW);
        assertThat(level("i'm not suicidal. but honestly i want to kill myself"))
                .isEqualTo(RiskLevel.MODERATE);
    }

    @Test
    void presentSuicidalityIsModerate() {
        assertThat(level("been really suicidal since sunday and it isn't letting up"))
                .isEqualTo(RiskLevel.MODERATE);
        assertThat(level("never been this suicidal in my life")).isEqualTo(RiskLevel.MODERATE);
        assertThat(level("cut myself again last night")).isEqualTo(RiskLevel.MODERATE);
        assertThat(level("ninety days clean and i broke it tonight")).isGreaterThanOrEqualTo(RiskLevel.MODERATE);
    }

    @Test
    void plansPreparationAndRecentAttemptsAreHigh() {
        assertThat(level("set it for the end of the month; i've started writing letters to my sisters"))
                .isEqualTo(RiskLevel.HIGH);
        assertThat(level("put the pills back last night only because my phone rang"))
                .isEqualTo(RiskLevel.HIGH);
        assertThat(level("i tried to kill myself last week")).isEqualTo(RiskLevel.HIGH);
        assertThat(level("doing it tonight. sorry")).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void aClearlyPastAttemptIsModerate() {
        assertThat(level("i tried to kill myself when i was 16")).isEqualTo(RiskLevel.MODERATE);
    }

    @Test
    void aPastAttemptOrSelfHarmWithRecoverySaidPlainlyIsNone() {
        assertThat(level("two years ago I tried to end it; today I'm glad I'm here."))
                .isEqualTo(RiskLevel.NONE);
        assertThat(level("six years since i last cut. therapy was worth every penny"))
                .isEqualTo(RiskLevel.NONE);
        Screening s = SCREENER.screen("two years ago I tried to end it; today I'm glad I'm here.");
        assertThat(s.findings())
                .anySatisfy(f -> assertThat(f.cues()).anyMatch(c -> c.startsWith("past, with recovery")));
    }

    @Test
    void strongWordsBlamedOnATrivialThingAreHyperboleButActsNeverAre() {
        assertThat(level("monday meetings are making me suicidal")).isEqualTo(RiskLevel.NONE);
        assertThat(level("i want to die, i just called my teacher mom")).isEqualTo(RiskLevel.NONE);
        assertThat(level("i'm gonna kill myself if this printer jams one more time"))
                .isEqualTo(RiskLevel.NONE);
        Screening s = SCREENER.screen("kms this homework is so long");
        assertThat(s.level()).isEqualTo(RiskLevel.NONE);
        assertThat(s.findings())
                .anySatisfy(f -> assertThat(f.cues()).anyMatch(c -> c.startsWith("hyperbole about a trivial thing")));
        // unless the writer says they mean it, and never for an act or a plan
        assertThat(level("not joking, this exam is making me suicidal")).isNotEqualTo(RiskLevel.NONE);
        assertThat(level("my plan is the bridge on friday after exams")).isEqualTo(RiskLevel.HIGH);
        assertThat(level("six weeks ago i took an overdose and missed my exams"))
                .isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void aFriendRevealedAsTheWriterIsTheWriterWhereverTheRevealStands() {
        assertThat(level("Asking for a friend. She's 20 and lately she's been thinking about killing herself most"
                        + " days. If she told her counsellor would they tell her parents? ok it's me"))
                .isEqualTo(RiskLevel.MODERATE);
        assertThat(level("throwaway account. my sister tried to kill herself last week, how do i help her"))
                .isEqualTo(RiskLevel.NONE);
        assertThat(level("you should kill yourself")).isEqualTo(RiskLevel.NONE);
    }

    @Test
    void recoveryNeverCancelsRiskSaidAsPresent() {
        // The attempt is dated ("in 2015"): behaviour long ago is MODERATE by the triage, and stays so with the wish.
        assertThat(level("I tried to kill myself in 2015. I'm glad I'm here, but lately I want to die again."))
                .isEqualTo(RiskLevel.MODERATE);
        assertThat(level("i self harmed last night. glad i'm still here")).isEqualTo(RiskLevel.MODERATE);
        assertThat(level("two years ago I tried to end it. I'm glad I'm here but lately I want to die again."))
                .isEqualTo(RiskLevel.MODERATE); // the past attempt stays: risk is said as present
    }

    @Test
    void noRiskForTheWriterIsNone() {
        assertThat(level("pushing the whole defense forward late was tactically suicidal"))
                .isEqualTo(RiskLevel.NONE);
        assertThat(level("if this team blows another lead i'm going to be suicidal lmao"))
                .isEqualTo(RiskLevel.NONE);
        assertThat(level("my roommate told me she's been suicidal, how do i help her?"))
                .isEqualTo(RiskLevel.NONE);
        assertThat(level("ten years ago i wanted to die every day; today i coach kids and i'm glad i stayed"))
                .isEqualTo(RiskLevel.NONE);
        assertThat(level("left my wallet again, i hate myself 😂")).isEqualTo(RiskLevel.NONE);
        assertThat(level("this exam is killing me")).isEqualTo(RiskLevel.NONE);
        assertThat(level("I'm not suicidal, just exhausted")).isEqualTo(RiskLevel.NONE);
    }

    @Test
    void findingsExplainWhichWordsLedToTheLevelAndWhere() {
        String text = "Work was fine. I keep thinking about killing myself. Dinner was nice.";
        Screening s = SCREENER.screen(text);

        assertThat(s.firing()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.sentence()).isEqualTo("I keep thinking about killing myself.");
            assertThat(text.substring(f.start(), f.end())).isEqualTo(f.matched());
            assertThat(text.substring(f.sentenceStart(), f.sentenceEnd())).isEqualTo(f.sentence());
        });
        assertThat(s.rulesVersion()).isEqualTo(SCREENER.rulesVersion()).startsWith("2.");
    }

    @Test
    void discountedMatchesSayWhichCueDiscountedThem() {
        Screening s = SCREENER.screen("my sister said she wants to die");
        assertThat(s.level()).isEqualTo(RiskLevel.NONE);
        assertThat(s.findings()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.discounted()).isTrue();
            assertThat(f.cues()).anySatisfy(c -> assertThat(c).startsWith("someone else"));
        });
    }

    @Test
    void spellingElongationShorthandAndEmojiAreRead() {
        assertThat(level("i want to dieeee")).isEqualTo(RiskLevel.LOW);
        assertThat(level("su1c1dal tonight")).isEqualTo(RiskLevel.HIGH);
        assertThat(level("honestly might kms")).isEqualTo(RiskLevel.MODERATE);
        assertThat(level("I’m SO done with life")).isEqualTo(RiskLevel.LOW);
        assertThat(level("ran 10 kms this morning")).isEqualTo(RiskLevel.NONE);
        assertThat(level("me 🪦 wish i was")).isEqualTo(RiskLevel.LOW);
    }

    @Test
    void findingsAreMostUrgentFirst() {
        Screening s = SCREENER.screen("i want to die. i'm going to take all my pills tonight");
        assertThat(s.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(s.findings().get(0).level()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void isThreadSafe() throws Exception {
        List<String> texts =
                List.of("i'm going to kill myself tonight", "this exam is killing me", "i want to die", "nice day");
        List<RiskLevel> expected = texts.stream().map(RiskScreenerTest::level).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 300; i++) {
                        int k = i % texts.size();
                        if (SCREENER.screen(texts.get(k)).level() != expected.get(k)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }
}
