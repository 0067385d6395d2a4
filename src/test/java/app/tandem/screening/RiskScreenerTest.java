package app.tandem.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Behaviour of the risk screener on single texts. */
class RiskScreenerTest {

    private final RiskScreener screener = new RiskScreener();

    private RiskLevel level(String text) {
        return screener.screen(text).level();
    }

    @Test
    void everydayMoodIsNone() {
        assertThat(level("rough day at work, tired and a bit low but ok")).isEqualTo(RiskLevel.NONE);
        assertThat(screener.screen("").level()).isEqualTo(RiskLevel.NONE);
        assertThat(screener.screen(null).level()).isEqualTo(RiskLevel.NONE);
    }

    @Test
    void passiveWishIsLow() {
        assertThat(level("i wish i could go to sleep and not wake up")).isEqualTo(RiskLevel.LOW);
        assertThat(level("everyone would be better off without me")).isEqualTo(RiskLevel.LOW);
        assertThat(level("I don't want to be here anymore")).isEqualTo(RiskLevel.LOW);
    }

    @Test
    void activeThoughtsAreModerate() {
        assertThat(level("i keep thinking about killing myself")).isEqualTo(RiskLevel.MODERATE);
        assertThat(level("feeling suicidle again")).isEqualTo(RiskLevel.MODERATE);
    }

    @Test
    void methodThoughtsAreModerate() {
        assertThat(level("i looked up how many pills it would take")).isEqualTo(RiskLevel.MODERATE);
    }

    @Test
    void currentSelfHarmIsModerate() {
        assertThat(level("i cut again last night")).isEqualTo(RiskLevel.MODERATE);
        assertThat(level("relapsed on sh")).isEqualTo(RiskLevel.MODERATE);
    }

    @Test
    void intentPlanAndPreparationAreHigh() {
        assertThat(level("i'm going to kill myself")).isEqualTo(RiskLevel.HIGH);
        assertThat(level("i have a plan to overdose this weekend")).isEqualTo(RiskLevel.HIGH);
        assertThat(level("i've been saving up my pills")).isEqualTo(RiskLevel.HIGH);
        assertThat(level("I gave my cat to my neighbour")).isEqualTo(RiskLevel.HIGH);
        assertThat(level("this is goodbye")).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void recentAttemptIsHigh() {
        assertThat(level("last week I tried to overdose")).isEqualTo(RiskLevel.HIGH);
        assertThat(level("i took 20 tylenol last night")).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void pastAttemptIsModerate() {
        assertThat(level("i tried to kill myself when i was 16")).isEqualTo(RiskLevel.MODERATE);
    }

    @Test
    void negatedIdeationIsNotRisk() {
        Screening s = screener.screen("I'm not suicidal, just exhausted");
        assertThat(s.level()).isEqualTo(RiskLevel.NONE);
        assertThat(s.reasons()).anySatisfy(r -> {
            assertThat(r.cues()).contains("negated");
            assertThat(r.level()).isEqualTo(RiskLevel.NONE);
        });
        assertThat(level("I would never hurt myself")).isEqualTo(RiskLevel.NONE);
    }

    @Test
    void negatedClauseDoesNotCancelAnotherClause() {
        assertThat(level("I'm not okay, I want to die")).isEqualTo(RiskLevel.LOW);
        assertThat(level("i'm not suicidal. but honestly i want to kill myself"))
                .isEqualTo(RiskLevel.MODERATE);
    }

    @Test
    void otherPersonIsNotTheWriter() {
        Screening s = screener.screen("my sister said she wants to die");
        assertThat(s.level()).isEqualTo(RiskLevel.NONE);
        assertThat(s.reasons()).anySatisfy(r -> assertThat(r.cues()).contains("other-person"));
        assertThat(level("my sister doesn't know i want to die")).isEqualTo(RiskLevel.LOW);
    }

    @Test
    void mediaIsNotTheWriter() {
        assertThat(level("the movie had a character who kills himself")).isEqualTo(RiskLevel.NONE);
        assertThat(level("this song is about wanting to die")).isEqualTo(RiskLevel.NONE);
    }

    @Test
    void idiomIsNotRisk() {
        assertThat(level("this exam is killing me")).isEqualTo(RiskLevel.NONE);
        assertThat(level("i'd rather die than sing karaoke")).isEqualTo(RiskLevel.NONE);
        assertThat(level("dying to see it")).isEqualTo(RiskLevel.NONE);
        assertThat(level("dead tired after work")).isEqualTo(RiskLevel.NONE);
    }

    @Test
    void resolvedPastSelfHarmIsNotRisk() {
        assertThat(level("two years clean from self harm today")).isEqualTo(RiskLevel.NONE);
        assertThat(level("I used to self-harm in high school")).isEqualTo(RiskLevel.NONE);
    }

    @Test
    void questionsAboutOthersAreNotRisk() {
        assertThat(level("what do you do if a friend is suicidal?")).isEqualTo(RiskLevel.NONE);
    }

    @Test
    void spellingElongationAndShorthandAreRecognised() {
        assertThat(level("i want to dieeee")).isEqualTo(RiskLevel.LOW);
        assertThat(level("su1c1dal tonight")).isEqualTo(RiskLevel.HIGH);
        assertThat(level("honestly might kms")).isEqualTo(RiskLevel.MODERATE);
        assertThat(level("i want to unalive myself")).isEqualTo(RiskLevel.MODERATE);
        assertThat(level("ran 10 kms this morning")).isEqualTo(RiskLevel.NONE);
        assertThat(level("I’m SO done with life")).isEqualTo(RiskLevel.LOW);
    }

    @Test
    void thoughtsOfDeathWithATimeThatIsNowAreImminent() {
        assertThat(level("i want to die tonight")).isEqualTo(RiskLevel.HIGH);
        assertThat(level("i want to kms today")).isEqualTo(RiskLevel.HIGH);
        assertThat(level("I used to want to die. Today I feel okay.")).isEqualTo(RiskLevel.NONE);
        assertThat(level("my sister said she wants to die tonight")).isEqualTo(RiskLevel.NONE);
        assertThat(screener.screen("i want to die tonight").reasons().get(0).cues())
                .contains("imminent");
    }

    @Test
    void meansBesideRiskRaisesToModerate() {
        assertThat(level("i want to die 💊")).isEqualTo(RiskLevel.MODERATE);
        assertThat(level("took my 💊 this morning")).isEqualTo(RiskLevel.NONE);
        assertThat(level("took 2 tylenol for my headache")).isEqualTo(RiskLevel.NONE);
    }

    @Test
    void reasonsNameTheMatchedWordsAndSentence() {
        Screening s = screener.screen("Work was fine. I keep thinking about killing myself. Dinner was nice.");
        assertThat(s.firing()).isNotEmpty();
        assertThat(s.firing()).allSatisfy(r -> {
            assertThat(r.matched()).isNotBlank();
            assertThat(r.sentence()).contains("killing myself").doesNotContain("dinner");
        });
        assertThat(s.firing()).anySatisfy(r -> assertThat(r.matched()).contains("killing myself"));
    }

    @Test
    void reasonsAreMostUrgentFirst() {
        Screening s = screener.screen("i want to die. i'm going to take all my pills tonight");
        assertThat(s.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(s.reasons().get(0).level()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void riskLevelOrderingHelpers() {
        assertThat(RiskLevel.HIGH.isAtLeast(RiskLevel.MODERATE)).isTrue();
        assertThat(RiskLevel.LOW.isAtLeast(RiskLevel.MODERATE)).isFalse();
        assertThat(RiskLevel.max(RiskLevel.LOW, RiskLevel.MODERATE)).isEqualTo(RiskLevel.MODERATE);
    }

    @Test
    void isThreadSafe() throws Exception {
        List<String> texts =
                List.of("i'm going to kill myself tonight", "this exam is killing me", "i want to die", "nice day");
        List<RiskLevel> expected = texts.stream().map(this::level).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        int k = i % texts.size();
                        if (screener.screen(texts.get(k)).level() != expected.get(k)) {
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
