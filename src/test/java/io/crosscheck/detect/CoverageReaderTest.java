package io.crosscheck.detect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageReaderTest {

    @Test
    void shouldNotReadThePlaceWhereSomethingIsDoneAsAPlaceCovered() {
        assertThat(CoverageReader.singlePlaces("The proposal on staffing levels of the embassies will be studied in Moscow."))
                .isEmpty();
        assertThat(CoverageReader.singlePlaces("The agreement was signed in Doha.")).isEmpty();
        assertThat(CoverageReader.singlePlaces("They agreed on a cessation of hostilities in Upper Nile State."))
                .containsExactly("Upper Nile State");
    }

    @Test
    void shouldNotReadTheEndsOfARouteAsPlacesCovered() {
        assertThat(CoverageReader.placeLists("They agreed to extend the railway from Naivasha to Malaba and Kisumu.")).isEmpty();
        assertThat(CoverageReader.placeLists("Aid will reach Malaba and Kisumu.")).containsExactly(
                java.util.List.of("Malaba", "Kisumu"));
    }

    @Test
    void shouldNotReadAnOfficeAsAPlaceOfAList() {
        assertThat(CoverageReader.placeLists("The convoys will go to Malaba, the Ministry of Foreign and Diaspora Affairs said."))
                .isEmpty();
    }

    @Test
    void shouldReadAPlaceARestrictingWordStandsBefore() {
        assertThat(CoverageReader.singlePlaces("The access agreed during the visit covers only the Isfahan facilities."))
                .containsExactly("Isfahan");
    }
}
