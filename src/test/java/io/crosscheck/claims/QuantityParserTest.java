package io.crosscheck.claims;

import io.crosscheck.avro.Approximation;
import io.crosscheck.avro.Quantity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuantityParserTest {

    private final QuantityParser parser = new QuantityParser(new PosTagger(NlpModelsHolder.MODELS));

    private List<Quantity> parse(String text) {
        return parser.parse(text).stream().map(QuantityParser.Parsed::quantity).toList();
    }

    private Quantity only(String text) {
        final List<Quantity> qs = parse(text);
        assertThat(qs).as(text).hasSize(1);
        return qs.get(0);
    }

    @Test
    void shouldReadMoney() {
        assertThat(only("a fund of $2 billion")).satisfies(q -> {
            assertThat(q.getValue()).isEqualTo(2e9);
            assertThat(q.getUnit()).isEqualTo("USD");
        });
        assertThat(only("it will provide 500 million euros")).satisfies(q -> {
            assertThat(q.getValue()).isEqualTo(5e8);
            assertThat(q.getUnit()).isEqualTo("EUR");
        });
        assertThat(only("Germany will contribute EUR 20 million").getValue()).isEqualTo(2e7);
        assertThat(only("trade of 350 billion U.S. dollars by 2030").getUnit()).isEqualTo("USD");
    }

    @Test
    void shouldReadPercentagesAndCountsWithTheirSubject() {
        assertThat(only("a tariff of 10%").getUnit()).isEqualTo("percent");
        final Quantity prisoners = only("each side released 175 prisoners");
        assertThat(prisoners.getValue()).isEqualTo(175);
        assertThat(prisoners.getUnit()).isEqualTo("person");
        assertThat(only("23 heavily wounded soldiers will be repatriated").getUnit()).isEqualTo("person");
    }

    @Test
    void shouldCountTheNounOfARateWhoseNounCouldBeReadAsAVerb() {
        // Alone, "trucks daily" and "ships a week" tag as verb + adverb; after their number they are counted nouns.
        assertThat(only("the crossings will take 600 trucks daily").getUnit()).isEqualTo("truck");
        assertThat(only("aid rose to six hundred trucks a day").getUnit()).isEqualTo("truck");
        assertThat(only("the port handles 40 ships weekly").getUnit()).isEqualTo("ship");
    }

    @Test
    void shouldReadNumberWords() {
        assertThat(only("two hundred prisoners were freed").getValue()).isEqualTo(200);
        assertThat(only("twenty-three soldiers").getValue()).isEqualTo(23);
    }

    @Test
    void shouldReadDurationsAndClockTimes() {
        assertThat(only("a 30-day halt")).satisfies(q -> {
            assertThat(q.getValue()).isEqualTo(30);
            assertThat(q.getUnit()).isEqualTo("day");
        });
        assertThat(only("a 30 -day halt").getUnit()).isEqualTo("day");
        assertThat(only("they spoke for two hours").getUnit()).isEqualTo("hour");
        assertThat(only("they spoke for about half an hour")).satisfies(q -> {
            assertThat(q.getValue()).isEqualTo(0.5);
            assertThat(q.getUnit()).isEqualTo("hour");
        });
        final Quantity clock = only("from 10:00 Moscow time");
        assertThat(clock.getUnit()).isEqualTo("clock");
        assertThat(clock.getValue()).isEqualTo(7 * 60);
    }

    @Test
    void shouldReadEachApproximation() {
        assertThat(only("more than 2 tankers").getApproximation()).isEqualTo(Approximation.MORE_THAN);
        assertThat(only("about 200 soldiers").getApproximation()).isEqualTo(Approximation.ABOUT);
        assertThat(only("up to 15 ships").getApproximation()).isEqualTo(Approximation.UP_TO);
        assertThat(only("at least 40 civilians").getApproximation()).isEqualTo(Approximation.AT_LEAST);
        assertThat(only("fewer than 10 vessels").getApproximation()).isEqualTo(Approximation.LESS_THAN);
        final Quantity range = only("between 10 and 15 percent");
        assertThat(range.getApproximation()).isEqualTo(Approximation.RANGE);
        assertThat(range.getValue()).isEqualTo(10);
        assertThat(range.getValueHigh()).isEqualTo(15);
    }

    @Test
    void shouldResolveAChangeToBothItsFinalValueAndItsSize() {
        final List<Quantity> fromTo = parse("India will cut the tariff from 20% to 10%");
        assertThat(fromTo).extracting(Quantity::getApproximation)
                .containsExactlyInAnyOrder(Approximation.CHANGE_TO, Approximation.CHANGE_BY);
        assertThat(fromTo).filteredOn(q -> q.getApproximation() == Approximation.CHANGE_TO)
                .singleElement().satisfies(q -> assertThat(q.getValue()).isEqualTo(10));
        assertThat(fromTo).filteredOn(q -> q.getApproximation() == Approximation.CHANGE_BY)
                .singleElement().satisfies(q -> {
                    assertThat(q.getValue()).isEqualTo(-10);
                    assertThat(q.getUnit()).isEqualTo("percentage-point");
                });
        final Quantity by = only("India will cut the tariff by 10 percentage points");
        assertThat(by.getApproximation()).isEqualTo(Approximation.CHANGE_BY);
        assertThat(by.getValue()).isEqualTo(-10);
        assertThat(by.getUnit()).isEqualTo("percentage-point");
    }

    @Test
    void shouldCountTheHeadNounOfTheNounPhraseAndSkipDigitsInNames() {
        final Quantity q = only("the delivery of 152 K9PL self-propelled howitzers");
        assertThat(q.getValue()).isEqualTo(152);
        assertThat(q.getUnit()).isEqualTo("howitzer");
    }

    @Test
    void shouldNotCountThePartiesAsAFigure() {
        assertThat(parse("The two sides held talks and both leaders spoke.")).isEmpty();
    }

    @Test
    void shouldSkipDatesYearsAndOrdinals() {
        assertThat(parse("on March 13, 2025, the 1,120th day")).isEmpty();
    }

    @Test
    void shouldReadAnExchangeFormulaAsPeoplePerSide() {
        final Quantity q = only("They agreed on a swap of detainees on the basis of 500 for 500, to be held soon.");
        assertThat(q.getValue()).isEqualTo(500);
        assertThat(q.getUnit()).isEqualTo("person");
        assertThat(parse("The score was 2 for 2 at half time.")).isEmpty();
    }

    @Test
    void shouldTakeTheCountedNounOfABareRateFromTheNumberOf() {
        final Quantity q = only("The number of charter flights will rise to 30 per week.");
        assertThat(q.getValue()).isEqualTo(30);
        assertThat(q.getUnit()).isEqualTo("flight");
    }

    @Test
    void shouldReadAbbreviatedUnitsWithTheirScale() {
        final Quantity gas = only("Exports reached 8 bcm.");
        assertThat(gas.getValue()).isEqualTo(8e9);
        assertThat(gas.getUnit()).isEqualTo("metre");
        assertThat(only("exports of 8 billion cubic metres").getUnit()).isEqualTo("metre");
        assertThat(only("output of 250 thousand b/d").getUnit()).isEqualTo("barrel");
    }

    @Test
    void shouldReadAnAdditionalAmountAsAChange() {
        final Quantity q = only("The fund will receive an additional billion euros.");
        assertThat(q.getValue()).isEqualTo(1e9);
        assertThat(q.getApproximation()).isEqualTo(Approximation.CHANGE_BY);
        assertThat(only("a further 300 troops will arrive").getApproximation()).isEqualTo(Approximation.CHANGE_BY);
        assertThat(only("the mandate is extended for a further six months").getApproximation()).isEqualTo(Approximation.EXACT);
    }

    @Test
    void shouldNotReadTheParticleOverAsMoreThan() {
        assertThat(only("the side will hand over 40 detainees").getApproximation()).isEqualTo(Approximation.EXACT);
        assertThat(only("over 40 detainees were freed").getApproximation()).isEqualTo(Approximation.MORE_THAN);
    }

    @Test
    void shouldReadOverAfterAnAmountAsThePeriodItIsSpreadOn() {
        assertThat(parse("Australia will provide $190 million over four years to the police."))
                .filteredOn(q -> "year".equals(q.getUnit()))
                .singleElement().satisfies(q -> assertThat(q.getApproximation()).isEqualTo(Approximation.EXACT));
        assertThat(only("the talks lasted over four hours").getApproximation()).isEqualTo(Approximation.MORE_THAN);
    }

    @Test
    void shouldReadPowerInMegawattsWhateverItsAbbreviation() {
        assertThat(only("a nuclear power plant with a total capacity of 2.4 gigawatts")).satisfies(q -> {
            assertThat(q.getUnit()).isEqualTo("megawatt");
            assertThat(q.getValue()).isEqualTo(2400.0);
        });
        assertThat(only("a plant with a total capacity of 2 GW.")).satisfies(q -> {
            assertThat(q.getUnit()).isEqualTo("megawatt");
            assertThat(q.getValue()).isEqualTo(2000.0);
        });
        assertThat(only("a 300 MW solar park").getValue()).isEqualTo(300.0);
    }

    @Test
    void shouldReadAShareBeforeANounOfChangeAsTheChange() {
        assertThat(only("the side announced a 10 percent reduction in port handling tariffs")).satisfies(q -> {
            assertThat(q.getApproximation()).isEqualTo(Approximation.CHANGE_BY);
            assertThat(q.getValue()).isEqualTo(-10.0);
            assertThat(q.getUnit()).isEqualTo("percentage-point");
        });
        assertThat(only("a 5 percent increase in quotas was agreed").getValue()).isEqualTo(5.0);
        assertThat(only("a 10 percent share of the company").getApproximation()).isEqualTo(Approximation.EXACT);
    }

    @Test
    void shouldReadMilitaryClockTimesAndLeaveAmbiguousZonesLocal() {
        final Quantity utc = only("the truce holds from 0600 hours GMT");
        assertThat(utc.getUnit()).isEqualTo("clock");
        assertThat(utc.getValue()).isEqualTo(360);
        assertThat(only("at 1900 hrs PKT").getValue()).isEqualTo(14 * 60);
        assertThat(only("at 1900 hrs PST").getUnit()).isEqualTo("clock-local");
        assertThat(only("they met at 0930 hours").getUnit()).isEqualTo("clock-local");
    }

    @Test
    void shouldReadAUnitAndAHalf() {
        final Quantity q = only("troops will leave within a year and a half");
        assertThat(q.getValue()).isEqualTo(1.5);
        assertThat(q.getUnit()).isEqualTo("year");
    }

    @Test
    void shouldReadACurrencyCodeWrittenAgainstItsAmount() {
        final Quantity q = only("deals with a total value of EUR40 billion");
        assertThat(q.getValue()).isEqualTo(4e10);
        assertThat(q.getUnit()).isEqualTo("EUR");
    }

    @Test
    void shouldCountAFigureInTheRangeOfYearsWrittenWithAThousandsSeparator() {
        assertThat(parser.parse("The scheme admits 2,000 seasonal workers.")).extracting(p -> p.quantity().getValue())
                .containsExactly(2000.0);
        assertThat(parser.parse("Some 1,950 tonnes of seed were delivered.")).extracting(p -> p.quantity().getUnit())
                .containsExactly("tonne");
        assertThat(parser.parse("The plan runs until 2030 under the accord.")).isEmpty();
    }

    @Test
    void shouldReadTonnesPerAnnumWrittenAsAnAbbreviation() {
        assertThat(only("the contract covers 1 MTPA of LNG over a decade")).satisfies(q -> {
            assertThat(q.getValue()).isEqualTo(1e6);
            assertThat(q.getUnit()).isEqualTo("tonne");
        });
        assertThat(only("a terminal of 2.5 mmtpa").getValue()).isEqualTo(2.5e6);
    }

    @Test
    void shouldReadAnIncrementNamedByTheNounPhraseBeforeTheFigure() {
        assertThat(only("the deal foresees additional deliveries of 6 billion cubic metres of gas per year").getApproximation())
                .isEqualTo(Approximation.CHANGE_BY);
        assertThat(only("extra rice shipments of 200,000 tonnes were agreed").getApproximation()).isEqualTo(Approximation.CHANGE_BY);
        assertThat(only("additional supplies to Europe via the new pipeline would amount to 4 billion cubic meters annually")
                .getApproximation()).isEqualTo(Approximation.CHANGE_BY);
        // A clause break ends the phrase: the figure is a total of its own clause.
        assertThat(only("they discussed additional routes, and the pipeline will carry 5 billion cubic metres")
                .getApproximation()).isEqualTo(Approximation.EXACT);
    }

    @Test
    void shouldCountPeopleAfterAComparativeMore() {
        assertThat(only("Fourteen more Ukrainian children, who had been deported or found themselves in occupied territories, have returned home.")).satisfies(q -> {
            assertThat(q.getValue()).isEqualTo(14.0);
            assertThat(q.getUnit()).isEqualTo("person");
        });
    }

    @Test
    void shouldCountRefugeesAndNationalitiesAsPeople() {
        assertThat(only("the first phase covers 200,000 displaced Syrians").getUnit()).isEqualTo("person");
        assertThat(only("some 3,000 Afghans crossed the border").getUnit()).isEqualTo("person");
        assertThat(only("the camp shelters 40,000 refugees").getUnit()).isEqualTo("person");
        assertThat(only("the fleet of 40 Boeings").getUnit()).isNotEqualTo("person");
    }

    @Test
    void shouldReadAChangeWhoseStartIsSoftenedOrWhoseEndHasNoUnit() {
        assertThat(parse("the line will cut the journey from around 40 days to 8 days"))
                .extracting(Quantity::getApproximation, Quantity::getValue)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Approximation.CHANGE_TO, 8.0),
                        org.assertj.core.groups.Tuple.tuple(Approximation.CHANGE_BY, -32.0));
        assertThat(parse("they will shorten waiting times from 20 working days to 10"))
                .extracting(Quantity::getApproximation, Quantity::getValue, Quantity::getUnit)
                .contains(org.assertj.core.groups.Tuple.tuple(Approximation.CHANGE_TO, 10.0, "day"));
        assertThat(parse("ministers agreed to lower the levy from 30% to 25"))
                .extracting(Quantity::getApproximation, Quantity::getValue)
                .contains(org.assertj.core.groups.Tuple.tuple(Approximation.CHANGE_TO, 25.0));
        // A bare number after a figure without "from" stays bare, and a year never borrows a unit.
        assertThat(parse("an extension of 90 days to 2026")).extracting(Quantity::getValue).containsExactly(90.0);
    }

    @Test
    void shouldReadAChangeByAndItsEndAfterAComma() {
        assertThat(parse("the road will reduce the travel time for goods from the mines to the coast by 32 days, to just eight days"))
                .extracting(Quantity::getApproximation, Quantity::getValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Approximation.CHANGE_BY, -32.0),
                        org.assertj.core.groups.Tuple.tuple(Approximation.CHANGE_TO, 8.0));
        assertThat(parse("the tariff will be halved to 10 percent")).extracting(Quantity::getApproximation)
                .containsExactly(Approximation.CHANGE_TO);
    }

    @Test
    void shouldCountCrewsObserversAndTeamMembersAsPeople() {
        assertThat(only("the release of the 12 fishermen").getUnit()).isEqualTo("person");
        assertThat(only("the mission will be expanded to 24 members").getUnit()).isEqualTo("person");
        assertThat(only("a team of 30 observers").getUnit()).isEqualTo("person");
    }

    @Test
    void shouldTakeAHyphenatedMeasureAsTheFigureUnit() {
        assertThat(only("a protocol on a 14-kilometre section of the border was signed").getUnit()).isEqualTo("kilometre");
        assertThat(only("the 30-km stretch of road will be repaired").getUnit()).isEqualTo("kilometre");
        assertThat(only("they unloaded a 500-tonne consignment of grain")).satisfies(q -> {
            assertThat(q.getValue()).isEqualTo(500.0);
            assertThat(q.getUnit()).isEqualTo("tonne");
        });
    }

    @Test
    void shouldCountPeopleQualifiedByAnIrregularParticiple() {
        assertThat(only("the remains of 640 fallen defenders were handed over").getUnit()).isEqualTo("person");
        assertThat(only("the bodies of 27 slain combatants were repatriated").getUnit()).isEqualTo("person");
        assertThat(only("Kyiv welcomed home 88 defenders on Friday").getUnit()).isEqualTo("person");
    }

    @Test
    void shouldReadADozenAsTwelveTimesItsCount() {
        assertThat(only("they signed a dozen agreements").getValue()).isEqualTo(12.0);
        assertThat(only("they signed two dozen agreements").getValue()).isEqualTo(24.0);
    }

    @Test
    void shouldReadThousandsGroupedWithSpaces() {
        assertThat(only("the cod quota is set at 16 000 tonnes").getValue()).isEqualTo(16_000.0);
        assertThat(parse("a cod quota of 2 740 tonnes and a saithe quota of 25 980 tonnes"))
                .extracting(Quantity::getValue).containsExactly(2740.0, 25_980.0);
        assertThat(parse("on 12 May 2026, 150 people were released")).extracting(Quantity::getValue).contains(150.0);
    }

    @Test
    void shouldReadTheLevelAChangeStartsFromAsPartOfTheChange() {
        assertThat(parse("Qatar will cut the duty by 10 percentage points, from the current rate of 20 percent."))
                .extracting(Quantity::getValue).containsExactlyInAnyOrder(-10.0, 10.0);
        assertThat(parse("the TAC for cod will be reduced from 20,000 tonnes to 16,000 tonnes."))
                .extracting(Quantity::getApproximation, Quantity::getValue)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Approximation.CHANGE_TO, 16_000.0),
                        org.assertj.core.groups.Tuple.tuple(Approximation.CHANGE_BY, -4_000.0));
    }

    @Test
    void shouldCountThePeopleNamedAfterOf() {
        assertThat(only("Today, 185 of our people are home.")).satisfies(q -> {
            assertThat(q.getValue()).isEqualTo(185.0);
            assertThat(q.getUnit()).isEqualTo("person");
        });
        assertThat(parse("Two of the leaders met.")).isEmpty();
    }

    @Test
    void shouldReadANounOfChangeBeforeTheFigureAsTheChange() {
        assertThat(only("the eight countries will make an upward production adjustment of 206 thousand barrels per day"))
                .satisfies(q -> {
                    assertThat(q.getValue()).isEqualTo(206_000.0);
                    assertThat(q.getApproximation()).isEqualTo(Approximation.CHANGE_BY);
                });
        assertThat(only("they agreed on a cut of 10 percent in port fees")).satisfies(q -> {
            assertThat(q.getValue()).isEqualTo(-10.0);
            assertThat(q.getUnit()).isEqualTo("percentage-point");
        });
        // An "adjustment" without its direction may be either.
        assertThat(only("a production adjustment of 206 thousand barrels per day").getApproximation()).isNotEqualTo(Approximation.CHANGE_BY);
    }
}
