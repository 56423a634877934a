package io.crosscheck.detect;

import io.crosscheck.avro.Approximation;
import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Quantity;
import io.crosscheck.avro.Statement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.crosscheck.detect.Claims.claim;
import static io.crosscheck.detect.Claims.qty;
import static io.crosscheck.detect.Claims.range;
import static io.crosscheck.detect.Claims.statement;
import static org.assertj.core.api.Assertions.assertThat;

class NumericRuleTest {

    private final NumericRule rule = new NumericRule();

    private List<Finding> compare(List<Quantity> qa, List<Quantity> qb) {
        final Statement a = statement("a", "X", claim("prisoner-exchange", ClaimStatus.ANNOUNCED, "An exchange of prisoners.")
                .setQuantities(qa));
        final Statement b = statement("b", "Y", claim("prisoner-exchange", ClaimStatus.ANNOUNCED, "A prisoner swap.")
                .setQuantities(qb));
        return rule.compare(a, b);
    }

    @Test
    void shouldFireOnDifferentExactFigures() {
        assertThat(compare(List.of(qty(175, "person", Approximation.EXACT)), List.of(qty(150, "person", Approximation.EXACT))))
                .hasSize(1);
    }

    @Test
    void shouldRespectApproximations() {
        assertThat(compare(List.of(qty(2, "person", Approximation.MORE_THAN)), List.of(qty(2, "person", Approximation.EXACT)))).isEmpty();
        assertThat(compare(List.of(qty(200, "person", Approximation.ABOUT)), List.of(qty(210, "person", Approximation.EXACT)))).isEmpty();
        assertThat(compare(List.of(range(10, 15, "person")), List.of(qty(12, "person", Approximation.EXACT)))).isEmpty();
        assertThat(compare(List.of(qty(2e6, "tonne", Approximation.UP_TO)), List.of(qty(2e6, "tonne", Approximation.EXACT)))).isEmpty();
        assertThat(compare(List.of(qty(4e5, "tonne", Approximation.UP_TO)), List.of(qty(3e5, "tonne", Approximation.EXACT)))).hasSize(1);
        assertThat(compare(List.of(qty(15, "person", Approximation.UP_TO)), List.of(qty(20, "person", Approximation.AT_LEAST))))
                .hasSize(1);
    }

    @Test
    void shouldSeeThatTwoFramingsOfAChangeAgree() {
        final List<Quantity> fromTo = List.of(qty(10, "percent", Approximation.CHANGE_TO), qty(-10, "percentage-point", Approximation.CHANGE_BY));
        assertThat(compare(fromTo, List.of(qty(-10, "percentage-point", Approximation.CHANGE_BY)))).isEmpty();
        assertThat(compare(fromTo, List.of(qty(10, "percent", Approximation.EXACT)))).isEmpty();
        assertThat(compare(fromTo, List.of(qty(-5, "percentage-point", Approximation.CHANGE_BY)))).hasSize(1);
    }

    @Test
    void shouldCompareDurationsAcrossUnits() {
        assertThat(compare(List.of(qty(48, "hour", Approximation.EXACT)), List.of(qty(2, "day", Approximation.EXACT)))).isEmpty();
        assertThat(compare(List.of(qty(30, "day", Approximation.EXACT)), List.of(qty(60, "day", Approximation.EXACT)))).hasSize(1);
        assertThat(compare(List.of(qty(12, "month", Approximation.EXACT)), List.of(qty(1, "year", Approximation.EXACT)))).isEmpty();
        assertThat(compare(List.of(qty(30, "day", Approximation.EXACT)), List.of(qty(1, "month", Approximation.EXACT)))).isEmpty();
        assertThat(compare(List.of(qty(12, "month", Approximation.EXACT)), List.of(qty(30, "day", Approximation.EXACT)))).hasSize(1);
    }

    @Test
    void shouldCompareDatesToTheDay() {
        final Quantity may15 = Quantity.newBuilder(qty(java.time.LocalDate.of(2026, 5, 15).toEpochDay(), "date", Approximation.EXACT)).build();
        final Quantity june1 = Quantity.newBuilder(qty(java.time.LocalDate.of(2026, 6, 1).toEpochDay(), "date", Approximation.EXACT)).build();
        final Quantity june = Quantity.newBuilder(range(java.time.LocalDate.of(2026, 6, 1).toEpochDay(),
                java.time.LocalDate.of(2026, 6, 30).toEpochDay(), "date")).build();
        assertThat(compare(List.of(may15), List.of(june1))).hasSize(1);
        assertThat(compare(List.of(june1), List.of(june))).isEmpty();
        assertThat(compare(List.of(may15), List.of(june))).hasSize(1);
    }

    @Test
    void shouldNotCompareDifferentThings() {
        assertThat(compare(List.of(qty(175, "person", Approximation.EXACT)), List.of(qty(23, "soldier", Approximation.EXACT)))).isEmpty();
        assertThat(compare(List.of(qty(175, "person", Approximation.EXACT), qty(23, "person", Approximation.EXACT)),
                List.of(qty(175, "person", Approximation.EXACT)))).isEmpty();
    }

    @Test
    void shouldTakeDurationSlackInHoursWhateverTheUnits() {
        assertThat(compare(List.of(qty(0.5, "hour", Approximation.ABOUT)), List.of(qty(45, "minute", Approximation.EXACT))))
                .hasSize(1);
        assertThat(compare(List.of(qty(0.75, "hour", Approximation.ABOUT)), List.of(qty(45, "minute", Approximation.EXACT))))
                .isEmpty();
    }

    @Test
    void shouldSeeATotalAsTheSumOfItsParts() {
        final Statement a = statement("a", "X", claim("prisoner-exchange", ClaimStatus.ANNOUNCED,
                "The mediation resulted in the exchange of 168 captives from both sides.")
                .setQuantities(List.of(qty(168, "person", Approximation.EXACT))));
        final Statement b = statement("b", "Y",
                claim("prisoner-exchange", ClaimStatus.ANNOUNCED, "84 Russian servicemen were returned.")
                        .setQuantities(List.of(qty(84, "person", Approximation.EXACT))),
                claim("territory", ClaimStatus.ANNOUNCED, "In return, 84 Ukrainian prisoners of war were handed over.")
                        .setQuantities(List.of(qty(84, "person", Approximation.EXACT))));
        assertThat(rule.compare(a, b)).isEmpty();
    }

    @Test
    void shouldNotCompareDurationsOfDifferentOrders() {
        assertThat(compare(List.of(qty(5, "year", Approximation.EXACT)), List.of(qty(100, "minute", Approximation.EXACT)))).isEmpty();
    }

    @Test
    void shouldNotSetARecordOfThePastAgainstATarget() {
        final Statement a = statement("a", "X", claim("trade", ClaimStatus.STATED,
                "The Minister noted that bilateral trade amounted to USD 2.3 billion last year.")
                .setQuantities(List.of(Quantity.newBuilder(qty(2.3e9, "USD", Approximation.EXACT)).setText("USD 2.3 billion").build())));
        final Statement b = statement("b", "Y", claim("trade", ClaimStatus.AGREED,
                "The two sides agreed to raise bilateral trade to five billion US dollars by 2028.")
                .setQuantities(List.of(Quantity.newBuilder(qty(5e9, "USD", Approximation.EXACT)).setText("five billion US dollars").build())));
        assertThat(rule.compare(a, b)).isEmpty();
    }

    @Test
    void shouldNotCountDifferentGroupsOfPeopleAsOneFigure() {
        final Statement a = statement("a", "X", claim("prisoner-exchange", ClaimStatus.ANNOUNCED,
                "In addition, 15 seriously wounded servicemen will be handed over.")
                .setQuantities(List.of(Quantity.newBuilder(qty(15, "person", Approximation.EXACT)).setText("15").build())));
        final Statement b = statement("b", "Y", claim("prisoner-exchange", ClaimStatus.ANNOUNCED,
                "The sides will exchange 250 prisoners on each side this week.")
                .setQuantities(List.of(Quantity.newBuilder(qty(250, "person", Approximation.EXACT)).setText("250").build())));
        assertThat(rule.compare(a, b)).isEmpty();
    }

    private List<Finding> releases(String evidenceA, double valueA, String evidenceB, double valueB) {
        final Statement a = statement("a", "X", claim("prisoner-release", ClaimStatus.ANNOUNCED, evidenceA)
                .setQuantities(List.of(Quantity.newBuilder(qty(valueA, "person", Approximation.EXACT)).setText(String.valueOf((int) valueA)).build())));
        final Statement b = statement("b", "Y", claim("prisoner-release", ClaimStatus.ANNOUNCED, evidenceB)
                .setQuantities(List.of(Quantity.newBuilder(qty(valueB, "person", Approximation.EXACT)).setText(String.valueOf((int) valueB)).build())));
        return rule.compare(a, b);
    }

    @Test
    void shouldTakePeopleNamedWithoutAGroupAsTheGroupTheOtherReadoutNames() {
        assertThat(releases("The President decided to pardon 40 persons convicted of various crimes.", 40,
                "Today 52 people who had been unjustly imprisoned were freed.", 52)).hasSize(1);
        assertThat(releases("The authorities let 40 convicts go after the talks.", 40,
                "We can confirm that 52 people were set free this morning.", 52)).hasSize(1);
        assertThat(releases("The release covers 30 inmates from the northern prison.", 30,
                "Officials said 35 individuals left the northern prison.", 35)).hasSize(1);
        // A group set apart by a qualifier stays apart from plain people.
        assertThat(releases("Among them were 12 wounded people taken to hospital.", 12,
                "In all 52 people were freed.", 52)).isEmpty();
    }

    @Test
    void shouldTakeCitizensAsTheDisplacedPeopleTheOtherReadoutCounts() {
        assertThat(releases("The first phase covers the return of 900 Sudanese citizens from the camps.", 900,
                "The agency expects some 1500 refugees to go home in the first phase.", 1500)).hasSize(1);
        // Citizens named apart by a qualifier stay apart.
        assertThat(releases("The first phase covers 900 citizens, women and children first.", 900,
                "Some 1500 refugees will go home in the first phase.", 1500)).isEmpty();
    }

    @Test
    void shouldKnowPeopleSetApartByOneQualifierAsOneCountedGroup() {
        final Quantity fourteen = figure(14, "person", Approximation.EXACT, "14");
        final Quantity eleven = figure(11, "person", Approximation.EXACT, "eleven");
        assertThat(NumericRule.sameQualifiedGroup("The mediation led to the return of 14 Ukrainian children to their families.",
                fourteen, "In all, eleven children have been reunited with their relatives.", eleven)).isTrue();
        assertThat(NumericRule.sameQualifiedGroup("The mediation led to the return of 14 people to their families.",
                fourteen, "In all, eleven people have been reunited with their relatives.", eleven)).isFalse();
    }

    private static Statement withFigure(String id, String evidence, Quantity q) {
        return statement(id, id.toUpperCase(java.util.Locale.ROOT), claim("oil-output", ClaimStatus.AGREED, evidence).setQuantities(List.of(q)));
    }

    private static Quantity figure(double value, String unit, Approximation approx, String text) {
        return Quantity.newBuilder(qty(value, unit, approx)).setText(text).build();
    }

    @Test
    void shouldTakeAChangeAndAnAmountOfOneSizeAsTheSameFigure() {
        final Statement a = statement("a", "X", claim("oil-output", ClaimStatus.AGREED,
                "The group will cut output by 300 thousand barrels a day, in steps of 100 thousand barrels a month.")
                .setQuantities(List.of(figure(-3e5, "barrel", Approximation.CHANGE_BY, "300 thousand"),
                        figure(1e5, "barrel", Approximation.EXACT, "100 thousand"))));
        final Statement b = withFigure("b", "The group decided on an output adjustment of 300 thousand barrels a day.",
                figure(3e5, "barrel", Approximation.EXACT, "300 thousand"));
        assertThat(rule.compare(a, b)).isEmpty();
    }

    @Test
    void shouldNotDisputeAFigureGivenPerItem() {
        final Statement a = withFigure("a", "Visitors will travel in 12 groups of 40 visitors each.",
                figure(40, "visitor", Approximation.EXACT, "40"));
        final Statement b = withFigure("b", "The sides agreed to admit 480 visitors this summer.",
                figure(480, "visitor", Approximation.EXACT, "480"));
        assertThat(rule.compare(a, b)).isEmpty();
        assertThat(rule.compare(a, withFigure("c", "The sides agreed to admit 45 visitors each week.",
                figure(45, "visitor", Approximation.EXACT, "45")))).isEmpty();
        final Statement perSide = withFigure("d", "The sides will release 40 visitors on each side.", figure(40, "visitor", Approximation.EXACT, "40"));
        assertThat(rule.compare(perSide, withFigure("c", "The sides agreed to release 45 visitors on each side.",
                figure(45, "visitor", Approximation.EXACT, "45")))).hasSize(1);
    }

    @Test
    void shouldNotDisputeDatesOfBackgroundEvents() {
        // TestStatements publish on 18 March 2025: a date of 2022 recalls history, one of April 2025 is the news.
        final Quantity accord2022 = figure(java.time.LocalDate.of(2022, 9, 1).toEpochDay(), "date", Approximation.EXACT, "1 September 2022");
        final Quantity talksApril = figure(java.time.LocalDate.of(2025, 4, 2).toEpochDay(), "date", Approximation.EXACT, "2 April");
        final Quantity talksMay = figure(java.time.LocalDate.of(2025, 5, 7).toEpochDay(), "date", Approximation.EXACT, "7 May");
        assertThat(rule.compare(withFigure("a", "In line with the accord of 1 September 2022.", accord2022),
                withFigure("b", "Talks will resume on 2 April.", talksApril))).isEmpty();
        assertThat(rule.compare(withFigure("a", "Talks will resume on 7 May.", talksMay),
                withFigure("b", "Talks will resume on 2 April.", talksApril))).hasSize(1);
    }

    @Test
    void shouldNotCompareClockTimesWithoutAKnownZone() {
        assertThat(rule.compare(withFigure("a", "The leaders spoke at 1410 hours.", figure(850, "clock-local", Approximation.EXACT, "1410 hours")),
                withFigure("b", "The leaders spoke at 1340 hrs.", figure(820, "clock-local", Approximation.EXACT, "1340 hrs")))).isEmpty();
        assertThat(rule.compare(withFigure("a", "The leaders spoke at 9:00 GMT.", figure(540, "clock", Approximation.EXACT, "9:00 GMT")),
                withFigure("b", "The leaders spoke at 11:00 GMT.", figure(660, "clock", Approximation.EXACT, "11:00 GMT")))).hasSize(1);
    }

    @Test
    void shouldReadAnApproximateFigureToTheStepItWasRoundedTo() {
        assertThat(compare(List.of(qty(2900, "person", Approximation.ABOUT)), List.of(qty(3200, "person", Approximation.EXACT)))).hasSize(1);
        assertThat(compare(List.of(qty(2900, "person", Approximation.ABOUT)), List.of(qty(2940, "person", Approximation.EXACT)))).isEmpty();
        assertThat(compare(List.of(qty(2900, "person", Approximation.ABOUT)), List.of(qty(3000, "person", Approximation.EXACT)))).hasSize(1);
        assertThat(compare(List.of(qty(1.2e9, "USD", Approximation.ABOUT)), List.of(qty(1.3e9, "USD", Approximation.EXACT)))).hasSize(1);
        assertThat(compare(List.of(qty(45, "minute", Approximation.ABOUT)), List.of(qty(49, "minute", Approximation.EXACT)))).isEmpty();
        assertThat(NumericRule.roundingStep(1500)).isEqualTo(500);
        assertThat(NumericRule.roundingStep(1.5)).isInfinite();
    }

    @Test
    void shouldNotSetTheBaseOfAChangeAgainstTheNewLevel() {
        final Statement a = withFigure("a", "Imports will reach 9 million tonnes this year, up from 7 million tonnes.",
                figure(7e6, "tonne", Approximation.EXACT, "7 million"));
        final Statement b = withFigure("b", "The sides agreed that imports will reach 9 million tonnes.",
                figure(9e6, "tonne", Approximation.EXACT, "9 million"));
        assertThat(rule.compare(a, b)).isEmpty();
    }

    @Test
    void shouldNotTakeAmountsOrdersOfMagnitudeApartForOneFigure() {
        assertThat(compare(List.of(qty(12e9, "metre", Approximation.EXACT)), List.of(qty(1e8, "metre", Approximation.EXACT)))).isEmpty();
        assertThat(compare(List.of(qty(12e9, "metre", Approximation.EXACT)), List.of(qty(1e9, "metre", Approximation.EXACT)))).hasSize(1);
    }

    @Test
    void shouldNotStretchAFloorPastTwiceItself() {
        assertThat(compare(List.of(qty(10e9, "USD", Approximation.MORE_THAN)), List.of(qty(15e9, "USD", Approximation.EXACT)))).isEmpty();
        assertThat(compare(List.of(qty(10e9, "USD", Approximation.MORE_THAN)), List.of(qty(27e9, "USD", Approximation.EXACT)))).hasSize(1);
    }

    @Test
    void shouldNotCompareSumsThatNameDifferentFlows() {
        final Statement exports = withFigure("a", "The sides noted that exports to the partner are worth EUR 1.5 billion a year.",
                figure(1.5e9, "EUR", Approximation.EXACT, "EUR 1.5 billion"));
        final Statement trade = withFigure("b", "The sides noted that two-way trade is worth EUR 4 billion a year.",
                figure(4e9, "EUR", Approximation.EXACT, "EUR 4 billion"));
        assertThat(rule.compare(exports, trade)).isEmpty();
        // Trade turnover is trade; a sum that names no flow may be any of them.
        final Statement turnover = withFigure("c", "The sides noted that the trade turnover is worth EUR 2.2 billion a year.",
                figure(2.2e9, "EUR", Approximation.EXACT, "EUR 2.2 billion"));
        assertThat(rule.compare(trade, turnover)).hasSize(1);
        final Statement unnamed = withFigure("d", "The sides noted that it is worth EUR 1 billion a year.", figure(1e9, "EUR", Approximation.EXACT, "EUR 1 billion"));
        assertThat(rule.compare(exports, unnamed)).hasSize(1);
    }

    @Test
    void shouldNotCompareTradeWithTheSizeOfTheEconomies() {
        // An economy's size is a measure of its own, never the trade between two of them.
        final Statement trade = withFigure("a", "The Secretary-General noted that trade between the member states of both regional blocs had reached about 130 billion dollars.",
                figure(130e9, "USD", Approximation.ABOUT, "130 billion dollars"));
        final Statement gdp = withFigure("b", "The sides noted the partnership of the two blocs, whose combined gross domestic product exceeds 6 trillion dollars.",
                figure(6e12, "USD", Approximation.EXACT, "6 trillion dollars"));
        assertThat(rule.compare(trade, gdp)).isEmpty();
        final Statement gdp2 = withFigure("c", "The sides noted that the combined GDP of the two blocs is about 5 trillion dollars.",
                figure(5e12, "USD", Approximation.ABOUT, "5 trillion dollars"));
        assertThat(rule.compare(gdp, gdp2)).hasSize(1);
    }

    @Test
    void shouldNotCompareSharesOfDifferentWholes() {
        final Statement a = withFigure("a", "Some 30 percent of wheat imports of the region come through the port.",
                figure(30, "percent", Approximation.ABOUT, "30 percent"));
        final Statement b = withFigure("b", "About 12 percent of global grain shipments use the strait.",
                figure(12, "percent", Approximation.ABOUT, "12 percent"));
        assertThat(rule.compare(a, b)).isEmpty();
        final Statement sameWhole = withFigure("c", "The buyer will hold 25 percent of the shares.",
                figure(25, "percent", Approximation.EXACT, "25 percent"));
        final Statement sameWholeLonger = withFigure("d", "The buyer is to take 40 percent of the shares of the company.",
                figure(40, "percent", Approximation.EXACT, "40 percent"));
        assertThat(rule.compare(sameWhole, sameWholeLonger)).hasSize(1);
        final Statement noWhole = withFigure("e", "A 40 percent stake was agreed.", figure(40, "percent", Approximation.EXACT, "40 percent"));
        assertThat(rule.compare(sameWhole, noWhole)).hasSize(1);
    }

    @Test
    void shouldNotSetAStartDateAgainstTheDateOfSomethingElse() {
        final Quantity launch = figure(java.time.LocalDate.of(2025, 4, 2).toEpochDay(), "date", Approximation.EXACT, "2 April");
        final Quantity vote = figure(java.time.LocalDate.of(2025, 4, 20).toEpochDay(), "date", Approximation.EXACT, "20 April");
        final Quantity start = figure(java.time.LocalDate.of(2025, 4, 20).toEpochDay(), "date", Approximation.EXACT, "20 April");
        assertThat(rule.compare(withFigure("a", "The monitoring mission was launched on 2 April.", launch),
                withFigure("b", "Polling day on 20 April was calm.", vote))).isEmpty();
        assertThat(rule.compare(withFigure("a", "The monitoring mission was launched on 2 April.", launch),
                withFigure("b", "The mission started its work on 20 April.", start))).hasSize(1);
        assertThat(rule.compare(withFigure("a", "The pause runs from 2 April.", launch),
                withFigure("b", "The pause runs until 20 April.", start))).isEmpty();
        // TestStatements publish on 18 March 2025: an expiry past and a meeting past are two happenings; ahead, a
        // deadline and a plain date may be one plan.
        final Quantity march2 = figure(java.time.LocalDate.of(2025, 3, 2).toEpochDay(), "date", Approximation.EXACT, "2 March");
        final Quantity march16 = figure(java.time.LocalDate.of(2025, 3, 16).toEpochDay(), "date", Approximation.EXACT, "16 March");
        assertThat(rule.compare(withFigure("a", "The old accord expired on 2 March.", march2),
                withFigure("b", "Talks were held on 16 March.", march16))).isEmpty();
        assertThat(rule.compare(withFigure("a", "The text is to be finalised by 2 April.", launch),
                withFigure("b", "The text will be finalised on 20 April.", vote))).hasSize(1);
    }

    @Test
    void shouldTakeTheMembersOfATeamAsThePeopleTheOtherReadoutCounts() {
        assertThat(releases("The monitoring mission will be enlarged to 40 members before the vote.", 40,
                "The monitoring mission will grow to 55 monitors before the vote.", 55)).hasSize(1);
        // Members set apart by a qualifier stay apart.
        assertThat(releases("The monitoring mission will be enlarged to 40 members, women and children excluded.", 40,
                "The monitoring mission will grow to 55 monitors before the vote.", 55)).isEmpty();
    }

    @Test
    void shouldKnowTheFallenTheKilledAndTheDeadAsOneGroup() {
        final Quantity six = figure(640, "person", Approximation.EXACT, "640");
        final Quantity seven = figure(700, "person", Approximation.EXACT, "700");
        assertThat(NumericRule.sameQualifiedGroup("The remains of 640 fallen defenders were brought home.", six,
                "Moscow handed over the bodies of 700 dead soldiers.", seven)).isTrue();
        assertThat(NumericRule.sameQualifiedGroup("The remains of 640 killed servicemen were brought home.", six,
                "Moscow handed over 700 deceased prisoners.", seven)).isTrue();
        // The living and the dead stay apart.
        assertThat(NumericRule.sameQualifiedGroup("The remains of 640 fallen defenders were brought home.", six,
                "Moscow handed over 700 wounded soldiers.", seven)).isFalse();
    }

    @Test
    void shouldTakeAnExchangeTotalOverBothSidesAsTwiceOneSidesCount() {
        final Quantity total = figure(240, "person", Approximation.EXACT, "240");
        final Quantity half = figure(120, "person", Approximation.EXACT, "120");
        assertThat(NumericRule.bothSidesTotal("Mediation led to the release of 240 prisoners held by both sides.", total, half)).isTrue();
        assertThat(NumericRule.bothSidesTotal("Mediation led to the release of 240 prisoners.", total, half)).isFalse();
        assertThat(NumericRule.bothSidesTotal("Each side released 240 prisoners.", total,
                figure(100, "person", Approximation.EXACT, "100"))).isFalse();
    }

    @Test
    void shouldNotSetAFigureForEachMemberAgainstTheGroupsTotal() {
        final Statement total = withFigure("a", "The three countries will together provide US$3 million a year to the fund.",
                figure(3e6, "USD", Approximation.EXACT, "US$3 million"));
        final Statement each = withFigure("b", "Each member country will contribute USD 1 million annually to the fund.",
                figure(1e6, "USD", Approximation.EXACT, "USD 1 million"));
        final Statement eachAfterList = withFigure("c", "Brazil, India and South Africa will each make contributions of 2 million dollars.",
                figure(2e6, "USD", Approximation.EXACT, "2 million dollars"));
        assertThat(rule.compare(total, each)).isEmpty();
        assertThat(rule.compare(total, eachAfterList)).isEmpty();
        // Two figures given per member still dispute each other; "each year" says how often, not for whom.
        assertThat(rule.compare(each, eachAfterList)).hasSize(1);
        assertThat(rule.compare(total, withFigure("d", "The countries will provide US$5 million each year to the fund.",
                figure(5e6, "USD", Approximation.EXACT, "US$5 million")))).hasSize(1);
    }

    @Test
    void shouldNotCompareFiguresOfDifferentYearsNorAPastYearsRecordWithADecision() {
        // TestStatements publish on 18 March 2025.
        final Statement fiscal = withFigure("a", "Merchandise trade stood at about USD 132 billion in 2023-24.",
                figure(132e9, "USD", Approximation.ABOUT, "USD 132 billion"));
        final Statement calendar = withFigure("b", "Goods and services trade totaled an estimated $212 billion in 2024.",
                figure(212e9, "USD", Approximation.ABOUT, "$212 billion"));
        final Statement calendarToo = withFigure("c", "Trade between the two countries amounted to $180 billion in 2024.",
                figure(180e9, "USD", Approximation.EXACT, "$180 billion"));
        assertThat(rule.compare(fiscal, calendar)).isEmpty();
        assertThat(rule.compare(calendar, calendarToo)).hasSize(1);
        final Statement landed = withFigure("d", "Vessels landed 620,000 tonnes of sea fish worth £1.1 billion in 2024.",
                figure(620_000, "tonne", Approximation.EXACT, "620,000"));
        final Statement limit = withFigure("e", "The cod catch limit will be set at 16,000 tonnes.",
                figure(16_000, "tonne", Approximation.EXACT, "16,000"));
        assertThat(rule.compare(landed, limit)).isEmpty();
    }

    @Test
    void shouldNotCompareChangesOfDifferentThings() {
        final Statement herring = withFigure("a", "The TAC for herring will increase by 8%, to 410,000 tonnes.",
                figure(8, "percentage-point", Approximation.CHANGE_BY, "8%"));
        final Statement cod = withFigure("b", "The cod quota is reduced by 20 per cent.",
                figure(-20, "percentage-point", Approximation.CHANGE_BY, "20 per cent"));
        final Statement codToo = withFigure("c", "The North Sea cod limit will be cut by 15 per cent.",
                figure(-15, "percentage-point", Approximation.CHANGE_BY, "15 per cent"));
        assertThat(rule.compare(herring, cod)).isEmpty();
        assertThat(rule.compare(cod, codToo)).hasSize(1);
        // What changed may follow the figure.
        final Statement tariffs = withFigure("d", "The Djiboutian side announced a 10 percent reduction in port handling tariffs.",
                figure(-10, "percentage-point", Approximation.CHANGE_BY, "10 percent"));
        final Statement tariffsToo = withFigure("e", "The Djiboutian side agreed to reduce port handling tariffs by 15 percent.",
                figure(-15, "percentage-point", Approximation.CHANGE_BY, "15 percent"));
        assertThat(rule.compare(tariffs, tariffsToo)).hasSize(1);
    }

    @Test
    void shouldNotSetTheCurrentExpiryAgainstTheEndAnExtensionGives() {
        // TestStatements publish on 18 March 2025: both ends lie ahead.
        final Quantity march = figure(java.time.LocalDate.of(2025, 3, 31).toEpochDay(), "date", Approximation.EXACT, "March");
        final Quantity june = figure(java.time.LocalDate.of(2025, 6, 30).toEpochDay(), "date", Approximation.EXACT, "June");
        final Quantity july = figure(java.time.LocalDate.of(2025, 7, 31).toEpochDay(), "date", Approximation.EXACT, "July");
        final Statement expiry = withFigure("a", "They will consult on extending the suspension, which is due to expire at the end of March.", march);
        final Statement extended = withFigure("b", "They agreed to extend the suspension for a further 90 days, through the end of June.", june);
        final Statement extendedLonger = withFigure("c", "They agreed to extend the suspension until the end of July.", july);
        assertThat(rule.compare(expiry, extended)).isEmpty();
        assertThat(rule.compare(extended, extendedLonger)).hasSize(1);
    }
}
