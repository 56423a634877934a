package io.crosscheck.grouping;

import io.crosscheck.avro.Statement;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ParticipantsTest {

    private final Participants participants = Participants.load();

    private static Statement statement(String issuer, String country, String text) {
        return Statement.newBuilder().setStatementId("s").setIssuer(issuer).setIssuerCountry(country)
                .setPublishedAt(Instant.parse("2025-03-18T19:10:00Z")).setText(text).build();
    }

    @Test
    void shouldGiveBothReadoutsOfOneCallTheSamePairKey() {
        Statement kremlin = statement("Kremlin", "RU", "Vladimir Putin had a telephone conversation with President of the "
                + "United States Donald Trump. The Russian President thanked Donald Trump for his efforts. The situation "
                + "around Ukraine was discussed in detail.");
        Statement whiteHouse = statement("White House", null, "Today, President Trump and President Putin spoke about the "
                + "need for peace and a ceasefire in the Ukraine war.");

        assertThat(participants.pairKey(kremlin)).isEqualTo("RU-US");
        assertThat(participants.pairKey(whiteHouse)).isEqualTo("RU-US");
    }

    @Test
    void shouldKeyAMediatorsStatementByTheTwoSidesItNamesMost() {
        Statement mediator = statement("Ministry of Foreign Affairs of the United Arab Emirates", "AE",
                "The UAE welcomed the exchange of prisoners between Russia and Ukraine. Russia released 150 Ukrainian "
                        + "soldiers and Ukraine released 150 Russian servicemen.");

        assertThat(participants.pairKey(mediator)).isEqualTo("RU-UA");
    }

    @Test
    void shouldRouteAMediatedRoundToEveryPairOfItsThreeParties() {
        Statement mediator = statement("Ministry of Foreign Affairs of Qatar", "QA",
                "Qatar hosted a new round of indirect talks between the United States and Iran in Doha. The State of Qatar "
                        + "conveyed messages between the Iranian and American delegations and welcomed the constructive "
                        + "atmosphere. Qatar will host the next round.");
        Statement sideReadout = statement("Ministry of Foreign Affairs of Iran", "IR",
                "The Iranian delegation held indirect talks in Doha, with Qatar conveying messages. Iran thanked Qatar "
                        + "for hosting and said any agreement must lift sanctions.");

        assertThat(participants.pairKeys(mediator)).containsExactly("IR-QA", "IR-US", "QA-US");
        assertThat(participants.pairKeys(sideReadout)).contains("IR-QA");
    }

    @Test
    void shouldNotRouteByAThirdCountryNamedOnceInPassing() {
        Statement kremlin = statement("Kremlin", "RU", "Vladimir Putin had a telephone conversation with President of the "
                + "United States Donald Trump. The Russian President congratulated Donald Trump on the anniversary. The two "
                + "leaders discussed trade between Russia and the United States, flights and the return of diplomatic "
                + "property, and agreed that their teams would stay in contact. Russian and American negotiators will meet "
                + "again next month. Vladimir Putin also briefed Donald Trump on his recent visit to India.");

        assertThat(participants.pairKeys(kremlin)).containsExactly("RU-US");
    }

    @Test
    void shouldNotMistakeThePronounUsForTheUnitedStates() {
        assertThat(participants.mentions("Let us work with Japan on this, said the US envoy."))
                .containsOnlyKeys("JP", "US")
                .containsEntry("US", 1);
    }

    @Test
    void shouldMatchWholeWordsOnlyAndPreferLongerNames() {
        assertThat(participants.mentions("Iranian officials met in Tehran")).containsOnlyKeys("IR").containsEntry("IR", 2);
        assertThat(participants.mentions("South Korea and North Korea")).containsOnlyKeys("KR", "KP");
    }

    @Test
    void shouldFindNamesInAnyCaseAtEitherEndOfTheTextAndAfterPunctuation() {
        assertThat(participants.mentions("washington spoke with the DEMOCRATIC REPUBLIC OF THE CONGO"))
                .containsOnlyKeys("US", "CD");
        assertThat(participants.mentions("(U.S.-brokered) talks; Kinshasa")).containsOnlyKeys("US", "CD");
        assertThat(participants.mentions("Usually, dprk and PYONGYANG officials"))
                .containsOnlyKeys("KP").containsEntry("KP", 1);
    }

    @Test
    void shouldInferTheIssuerPartyFromTheIssuerName() {
        assertThat(participants.issuerParty(statement("Ministry of Foreign Affairs of Japan", null, "x"))).isEqualTo("JP");
        assertThat(participants.issuerParty(statement("Ministry of External Affairs", null, "x"))).isEqualTo("IN");
    }
}
