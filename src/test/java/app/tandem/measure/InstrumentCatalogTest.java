package app.tandem.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Every shipped definition loads and validates, and the catalog exposes them. */
class InstrumentCatalogTest {

    private final InstrumentCatalog catalog = InstrumentCatalog.loadDefault();

    @Test
    void loadsEveryShippedDefinition() {
        assertThat(catalog.all())
                .extracting(Instrument::code)
                .containsExactlyInAnyOrder("phq9", "gad7", "who5", "asrs6", "pcl5");
    }

    @Test
    void licensedInstrumentsAreNotEnabledByDefault() {
        assertThat(catalog.get("asrs6").licence().requiresLicence()).isTrue();
        assertThat(catalog.enabledByDefault())
                .extracting(Instrument::code)
                .containsExactlyInAnyOrder("phq9", "gad7", "who5", "pcl5");
    }

    @Test
    void unknownCodeIsANamedException() {
        assertThatThrownBy(() -> catalog.get("bdi2"))
                .isInstanceOf(UnknownInstrumentException.class)
                .hasMessageContaining("bdi2");
        assertThat(catalog.find("bdi2")).isEmpty();
    }

    @Test
    void loincCodesAreThoseOfTheClinicalReference() {
        Instrument phq9 = catalog.get("phq9");
        assertThat(phq9.coding().panel()).isEqualTo("44249-1");
        assertThat(phq9.coding().totalScore()).isEqualTo("44261-6");
        assertThat(phq9.items())
                .extracting(InstrumentItem::code)
                .containsExactly(
                        "44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3",
                        "44260-8");
        assertThat(phq9.answerOptions())
                .extracting(AnswerOption::code)
                .containsExactly("LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9");
        assertThat(phq9.unscoredItem("difficulty")).get().satisfies(u -> {
            assertThat(u.code()).isEqualTo("69722-7");
            assertThat(u.required()).isFalse();
        });
        Instrument gad7 = catalog.get("gad7");
        assertThat(gad7.coding().panel()).isEqualTo("69737-5");
        assertThat(gad7.coding().totalScore()).isEqualTo("70274-6");
        assertThat(gad7.items())
                .extracting(InstrumentItem::code)
                .containsExactly("69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7");
        for (String local : new String[] {"who5", "asrs6", "pcl5"}) {
            assertThat(catalog.get(local).coding().system()).isEqualTo(Coding.LOCAL);
        }
        // PCL-5: verified LOINC panel and total (clinical reference), local items and answers.
        assertThat(catalog.get("pcl5").coding().loincPanelCode()).isEqualTo("101697-1");
        assertThat(catalog.get("pcl5").coding().loincTotal()).isEqualTo("101698-9");
        assertThat(catalog.get("who5").coding().loincPanelCode()).isNull();
    }

    @Test
    void officialWordingIsKept() {
        assertThat(catalog.get("phq9").item(1).text()).isEqualTo("Little interest or pleasure in doing things");
        assertThat(catalog.get("phq9").item(9).text())
                .isEqualTo("Thoughts that you would be better off dead or of hurting yourself in some way");
        assertThat(catalog.get("gad7").item(2).text()).isEqualTo("Not being able to stop or control worrying");
        assertThat(catalog.get("who5").item(4).text()).isEqualTo("I woke up feeling fresh and rested");
        assertThat(catalog.get("pcl5").itemCount()).isEqualTo(20);
        assertThat(catalog.get("asrs6").itemCount()).isEqualTo(6);
    }

    @Test
    void bandsCoverEveryPossibleTotalExactlyOnce() {
        for (Instrument instrument : catalog.all()) {
            if (instrument.bandKind() == BandKind.NONE) {
                assertThat(instrument.bands()).isEmpty();
                continue;
            }
            for (int total = instrument.totalRange().min();
                    total <= instrument.totalRange().max();
                    total++) {
                int t = total;
                assertThat(instrument.bands().stream()
                                .filter(b -> b.contains(t))
                                .count())
                        .as("%s total %d", instrument.code(), total)
                        .isEqualTo(1);
                assertThat(instrument.bandFor(total))
                        .as("%s band lookup for %d", instrument.code(), total)
                        .isPresent();
            }
            assertThat(instrument.bandFor(instrument.totalRange().min() - 1)).isEmpty();
            assertThat(instrument.bandFor(instrument.totalRange().max() + 1)).isEmpty();
        }
    }

    @Test
    void shippedDefinitionsCarryOnlyVerifiedClinicalValues() {
        for (Instrument i : catalog.all()) {
            assertThat(i.bands()).as(i.code() + " bands").noneMatch(Band::check);
            assertThat(i.caseness().check()).as(i.code() + " caseness").isFalse();
            assertThat(i.otherCutoffs()).as(i.code() + " other cut-offs").noneMatch(Cutoff::check);
            if (i.change() != null) {
                assertThat(i.change().sd())
                        .as(i.code() + ": no primary source gives a baseline SD")
                        .isNull();
                assertThat(i.change().reliability().check())
                        .as(i.code() + " reliability")
                        .isFalse();
                assertThat(i.change().commonReliableChange().check())
                        .as(i.code() + " threshold")
                        .isFalse();
                assertThat(i.change().caseness().check())
                        .as(i.code() + " change caseness")
                        .isFalse();
            }
        }
        // Licence terms stay marked where the practice must confirm them: that is the admin's decision to make.
        assertThat(catalog.get("asrs6").licence().check()).isTrue();
    }

    @Test
    void publishedIndividualChangeThresholdsAreTheVerifiedOnes() {
        assertThat(catalog.get("phq9").change().commonReliableChange().value()).isEqualTo(6);
        assertThat(catalog.get("gad7").change().commonReliableChange().value()).isEqualTo(4);
        assertThat(catalog.get("who5").change().commonReliableChange().value()).isEqualTo(23.6);
        assertThat(catalog.get("pcl5").change().commonReliableChange().value()).isEqualTo(15);
        assertThat(catalog.get("pcl5").change().caseness().threshold()).isEqualTo(29);
    }
}
