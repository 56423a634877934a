package io.crosscheck.detect;

import io.crosscheck.avro.AlertKind;
import io.crosscheck.avro.Statement;
import io.crosscheck.claims.NlpModels;
import io.crosscheck.claims.PosTagger;
import io.crosscheck.claims.TermAnalyzer;
import io.crosscheck.claims.TestStatements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageRuleTest {

    private static CoverageRule rule;
    private static CoverageRule standardRule;

    @BeforeAll
    static void load() {
        final TermAnalyzer analyzer = new TermAnalyzer();
        final PosTagger tagger = new PosTagger(NlpModels.loadEnglish());
        rule = new CoverageRule(new SentenceAligner(analyzer), analyzer, tagger, true);
        standardRule = new CoverageRule(new SentenceAligner(analyzer), analyzer, tagger);
    }

    private static List<Finding> compare(String textA, String textB) {
        final Statement a = TestStatements.of("a", "Ministry A", "AA", textA);
        final Statement b = TestStatements.of("b", "Ministry B", "BB", textB);
        return rule.compare(a, b);
    }

    @Test
    void shouldReportAllAgainstAPilot() {
        final List<Finding> found = compare(
                "The President proposed introducing immigration pre-clearance at all international airports of the two countries.",
                "The leaders concurred to launch a pilot immigration pre-clearance programme at Haneda Airport and Gimpo International Airport.");
        assertThat(found).extracting(Finding::kind).containsExactly(AlertKind.SCOPE);
        assertThat(found.get(0).excerptFirst()).contains("all international airports");
        assertThat(found.get(0).excerptSecond()).contains("pilot");
    }

    @Test
    void shouldReportAllAgainstEligibleOnes() {
        assertThat(compare("China committed to extend general export licences for rare earths to all EU companies.",
                "China will grant general export licences for rare earths to eligible European enterprises for civilian use."))
                .hasSize(1);
    }

    @Test
    void shouldReportAnEnumerationTheOtherSideCutsShort() {
        final List<Finding> found = compare(
                "It was noted that visa facilitation will be extended to business people, students, academics and truck drivers.",
                "The Commission confirmed that work is advancing on facilitating visa procedures for business travellers and students.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).explanation()).contains("academics");
    }

    @Test
    void shouldReportTwoEnumerationsOfDifferentTargets() {
        assertThat(compare("The leaders agreed to a 30-day moratorium on strikes against railways, road bridges and port facilities.",
                "It was emphasised that the moratorium concerns railway lines, stations and rolling stock.")).hasSize(1);
    }

    @Test
    void shouldLeaveAnEnumerationAgainstAnUnlistedCoverageAlone() {
        final Statement a = TestStatements.of("a", "Ministry A", "AA",
                "The leaders agreed to a 30-day moratorium on strikes against railways, road bridges and port facilities.");
        final Statement b = TestStatements.of("b", "Ministry B", "BB",
                "The presidents agreed to refrain from strikes against railway infrastructure for 30 days, namely railway lines, stations and rolling stock.");
        assertThat(standardRule.compare(a, b)).isEmpty();
    }

    @Test
    void shouldReportASingleSiteAgainstSitesAlongAnEntireBorder() {
        assertThat(compare("Germany will deploy Patriot air defence units to protect the airport in Rzeszów and critical "
                        + "infrastructure along Poland's entire eastern border.",
                "Germany will station Patriot air defence systems to protect the logistics hub in Rzeszów.")).hasSize(1);
    }

    @Test
    void shouldReportAnEnumerationAgainstAnExclusiveUse() {
        assertThat(compare("The funds will support the expansion of the transmission grid, new renewable energy generation, "
                        + "battery storage and green hydrogen projects.",
                "The funds are earmarked exclusively for the expansion of the transmission grid.")).hasSize(1);
    }

    @Test
    void shouldStaySilentWhenBothSayAll() {
        assertThat(compare("Pre-clearance will be introduced at all international airports of the two countries.",
                "The leaders agreed to introduce pre-clearance at all international airports.")).isEmpty();
    }

    @Test
    void shouldStaySilentOnAgendaLists() {
        assertThat(compare("The leaders discussed trade, energy, defence and counter-terrorism.",
                "The two sides discussed trade and energy cooperation.")).isEmpty();
    }

    @Test
    void shouldStaySilentWhenTheOtherSideNamesTheItemElsewhere() {
        assertThat(compare("Visa facilitation will be extended to business people, students and academics.",
                "Visa procedures will be eased for business travellers and students. Academics will also benefit.")).isEmpty();
    }

    @Test
    void shouldStaySilentWhenParallelListsWordOneItemTwoWays() {
        assertThat(compare("They agreed to set up a fund to clear mines and unexploded ordnance in Ukraine.",
                "They agreed to set up a fund to clear landmines and explosive remnants of war in Ukraine.")).isEmpty();
    }

    @Test
    void shouldStaySilentWhenTheOtherSideIsNotExplicitAboutItsCoverage() {
        assertThat(compare("The leaders agreed to a moratorium on strikes against railways, road bridges and port facilities.",
                "The leaders agreed to a moratorium on strikes against railway infrastructure.")).isEmpty();
    }

    @Test
    void shouldStaySilentWhenTheEnumerationIsOnlyPartOfWhatTheOtherSideNames() {
        assertThat(compare("Visa facilitation will be extended to business people, students, academics and truck drivers.",
                "Our truck drivers will benefit from the visa facilitation agreed today, together with our business people and students."))
                .isEmpty();
    }

    @Test
    void shouldStaySilentOnDemands() {
        assertThat(compare("The Commissioner underlined that projects must meet high standards of transparency, sustainability and viability.",
                "The Minister said that projects must be financially viable and be based on transparency and good governance."))
                .isEmpty();
    }

    @Test
    void shouldStaySilentWhenOnlyIntroducesACondition() {
        assertThat(compare("Hamas agreed to release all hostages held in Gaza within 72 hours.",
                "The hostages held in Gaza will be released only after the withdrawal of forces, within 72 hours."))
                .isEmpty();
    }

    @Test
    void shouldReportAllAgainstWhatTheOtherSideSaysDoesNotApply() {
        assertThat(compare("China committed to extend general export licences for rare earths to all EU companies.",
                "The general export licences for rare earths do not apply to military end-users.")).hasSize(1);
    }

    @Test
    void shouldStaySilentWhenTwoMeasuresShareOnlyTheCoverageVerb() {
        assertThat(compare("The new labelling rule applies to all food producers, large and small.",
                "The tariff cap will not apply to food imports from the Union.")).isEmpty();
    }

    @Test
    void shouldNotTakeAUniversalInARelativeClauseAsCoverage() {
        assertThat(compare("They agreed to strengthen cooperation against piracy and arms smuggling, which threaten the whole coast.",
                "They agreed to strengthen cooperation against piracy.")).isEmpty();
    }

    @Test
    void shouldReportAllOfAKindAgainstOneNamedInstance() {
        assertThat(compare("Fuel deliveries will pass through all border checkpoints from Monday.",
                "Fuel deliveries will pass through the Narva checkpoint from Monday.")).hasSize(1);
    }

    @Test
    void shouldStaySilentWhenTheNamedInstanceIsGivenAsAnExample() {
        assertThat(compare("Fuel deliveries will pass through all border checkpoints from Monday.",
                "Fuel deliveries will pass through several checkpoints from Monday, including the Narva checkpoint.")).isEmpty();
    }

    @Test
    void shouldReportAListAgainstOneItemOnlyInTheStandardDetector() {
        final Statement a = TestStatements.of("a", "Ministry A", "AA",
                "The two governments agreed that the new quota regime for steel imports will cover rebar, wire rod and coils.");
        final Statement b = TestStatements.of("b", "Ministry B", "BB",
                "Both governments agreed on a quota regime for steel imports that will cover rebar only.");
        final List<Finding> found = standardRule.compare(a, b);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).explanation()).contains("rebar only").contains("wire rod");
    }

    @Test
    void shouldStaySilentWhenTheOnlyListNamesEverythingTheOtherSideLists() {
        final Statement a = TestStatements.of("a", "Ministry A", "AA",
                "The two governments agreed that the new quota regime for steel imports will cover rebar and wire rod.");
        final Statement b = TestStatements.of("b", "Ministry B", "BB",
                "Both governments agreed on a quota regime for steel imports that will cover rebar and wire rod only.");
        assertThat(standardRule.compare(a, b)).isEmpty();
    }

    @Test
    void shouldStaySilentWhenTheOtherSideMentionsTheExtraItemElsewhere() {
        final Statement a = TestStatements.of("a", "Ministry A", "AA",
                "The two governments agreed that the new quota regime for steel imports will cover rebar, wire rod and coils.");
        final Statement b = TestStatements.of("b", "Ministry B", "BB",
                "Both governments agreed on a quota regime for steel imports that will cover rebar only. "
                        + "Quotas for wire rod and coils will be set next year.");
        assertThat(standardRule.compare(a, b)).isEmpty();
    }

    @Test
    void shouldNotReadAListOfPrinciplesAsCoverage() {
        assertThat(standardRule.compare(
                TestStatements.of("a", "Ministry A", "AA", "The Minister reaffirmed support for a settlement based on "
                        + "respect for the sovereignty, unity, independence and territorial integrity of the country."),
                TestStatements.of("b", "Ministry B", "BB", "The two ministers agreed on talks of an exclusively technical nature, "
                        + "with full respect for the sovereignty and territorial integrity of the country.")))
                .isEmpty();
    }

    @Test
    void shouldReportTwoCoverageListsThatNameDifferentThingsInTheStandardDetector() {
        final Statement a = TestStatements.of("a", "Ministry A", "AA",
                "Under the truce agreed in Jeddah, the parties will refrain from attacks on ports, railways and power stations.");
        final Statement b = TestStatements.of("b", "Ministry B", "BB",
                "The truce agreed in Jeddah covers ports and grain corridors.");
        final List<Finding> found = standardRule.compare(a, b);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).explanation()).contains("alongside ports");
    }

    @Test
    void shouldStaySilentWhenAListIsThePlainObjectOfAVerb() {
        assertThat(standardRule.compare(
                TestStatements.of("a", "Ministry A", "AA",
                        "All returned prisoners will receive medical care, rehabilitation and compensation payments."),
                TestStatements.of("b", "Ministry B", "BB",
                        "The returned prisoners will be taken to military hospitals for medical care and rehabilitation.")))
                .isEmpty();
    }

    @Test
    void shouldStaySilentWhenAListDescribesRelationsRatherThanCoverage() {
        assertThat(standardRule.compare(
                TestStatements.of("a", "Ministry A", "AA",
                        "The bloc intends to keep relations of good neighbourliness, trade and cooperation with the states of the region."),
                TestStatements.of("b", "Ministry B", "BB",
                        "The commission intends to keep relations with the states of the region open to trade and investment.")))
                .isEmpty();
    }

    @Test
    void shouldNotReadAHyphenatedAllAsAUniversal() {
        assertThat(compare("Exports stood at an all-time high, with textiles, rice and remittances driving the current account.",
                "The current account improved on the back of textiles exports.")).isEmpty();
        assertThat(compare("An all-party committee will oversee the reform of pensions, wages and housing subsidies.",
                "The committee will oversee the reform of pensions.")).isEmpty();
    }

    @Test
    void shouldStaySilentWhenAUniversalOnlyGivesExamplesAndTheOtherSideSaysNothingOfItsCoverage() {
        assertThat(compare("Inspectors had access to all facilities, including the enrichment halls and the storage depots.",
                "Inspectors will publish their findings on the enrichment halls next month.")).isEmpty();
        assertThat(compare("Monitors were able to visit every stage of the count, such as sorting at district offices and "
                        + "tabulation at the national centre.",
                "The national centre remained open to monitors throughout the tabulation.")).isEmpty();
    }

    @Test
    void shouldStillReportExamplesOfAUniversalAgainstAnExplicitRestriction() {
        assertThat(compare("Inspectors will have access to all facilities, including the enrichment halls and the storage depots.",
                "Inspectors will have access only to the enrichment halls.")).hasSize(1);
    }

    @Test
    void shouldNotTakeACountedPhraseForANamedInstance() {
        assertThat(compare("The delegation stressed the fair sharing of the waters of all common rivers.",
                "The ministers noted that Ghana and Togo share 12 rivers and agreed to deepen water sharing.")).isEmpty();
    }

    @Test
    void shouldStillReportANamedInstanceWithoutACount() {
        assertThat(compare("Aid convoys will enter through all border crossings.",
                "Aid convoys will enter through the Tal Hamra crossing.")).hasSize(1);
    }

    @Test
    void shouldReportAPlaceListTheOtherSideCutsShort() {
        assertThat(compare("Relief convoys will be allowed through the Tal Hamra, Wadi Seir and Ras Nour crossings from Sunday.",
                "Relief convoys will be allowed through the Wadi Seir and Ras Nour crossings from Sunday.")).hasSize(1);
        assertThat(compare("The truce applies in the districts of Upper Lomba and Kasari, but also Mbeya and Tondo.",
                "The truce will apply in the districts of Upper Lomba and Kasari only.")).hasSize(1);
        assertThat(compare("Monitors will resume visits at Arvik and Solberg as well as at the Dunmore depot next week.",
                "Monitors will resume visits at the Arvik and Dunmore depots next week.")).hasSize(1);
    }

    @Test
    void shouldStaySilentWhenThePlaceListsAgree() {
        assertThat(compare("Relief convoys will be allowed through the Tal Hamra and Wadi Seir crossings.",
                "Relief convoys will pass through the Wadi Seir and Tal Hamra crossings.")).isEmpty();
    }

    @Test
    void shouldStaySilentWhenTheShorterSideMentionsTheExtraPlaceElsewhere() {
        assertThat(compare("Relief convoys will be allowed through the Tal Hamra, Wadi Seir and Ras Nour crossings.",
                "Relief convoys will be allowed through the Wadi Seir and Ras Nour crossings. Ras Hamra is closed for repairs."))
                .isEmpty();
    }

    @Test
    void shouldNotReadOfficesOrParticipantsAsPlaceLists() {
        assertThat(compare("The foreign ministers of Norway, Chile and Kenya met in Geneva to discuss the water charter.",
                "The foreign ministers of Chile and Kenya met in Geneva to discuss the water charter.")).isEmpty();
        assertThat(compare("The Minister of Fisheries and Maritime Economy signed the fishing protocol in Dakar.",
                "The Minister of Fisheries signed the fishing protocol in Dakar.")).isEmpty();
    }

    @Test
    void shouldNotReadMonthsAsPlaces() {
        assertThat(compare("Talks on the border protocol will resume in March, April and May.",
                "Talks on the border protocol will resume in March and April.")).isEmpty();
    }

    @Test
    void shouldReportAListAgainstAnExclusiveObject() {
        final List<Finding> found = standardRule.compare(
                TestStatements.of("a", "Ministry A", "AA",
                        "The permits cover sardines as well as bottom-dwelling fish, in the zones set out in the annex."),
                TestStatements.of("b", "Ministry B", "BB",
                        "The protocol allows 300 boats to fish under the permits, exclusively for sardines, "
                                + "with a yearly catch ceiling."));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).explanation()).contains("bottom-dwelling fish").contains("sardines only");
    }

    @Test
    void shouldReportAListAgainstACoverageLimitedToOneOfItsItemsEvenWhenTheOtherSaysTheRestIsNotCovered() {
        assertThat(standardRule.compare(
                TestStatements.of("a", "Ministry A", "AA",
                        "The new arrangement opens road transit permits for 40 cargo trucks and 12 passenger buses a day."),
                TestStatements.of("b", "Ministry B", "BB",
                        "The road transit arrangement is limited to cargo trucks. Passenger buses are not covered by it.")))
                .hasSize(1);
    }

    @Test
    void shouldReportAnOnlyListWhoseSentenceSaysTheRestContinues() {
        assertThat(standardRule.compare(
                TestStatements.of("a", "Ministry A", "AA",
                        "Beijing will lift the export curbs introduced in March covering tin, cobalt and magnesium."),
                TestStatements.of("b", "Ministry B", "BB",
                        "The lifting of the export curbs covers tin only; the curbs on cobalt and magnesium remain in force.")))
                .hasSize(1);
    }

    @Test
    void shouldNotReadNotOnlyAsARestriction() {
        assertThat(standardRule.compare(
                TestStatements.of("a", "Ministry A", "AA",
                        "The training programme will cover nurses, midwives and paramedics from the northern provinces."),
                TestStatements.of("b", "Ministry B", "BB",
                        "The training programme is open not only to nurses but to other health workers from the northern provinces.")))
                .isEmpty();
    }

    @Test
    void shouldReadAnOutcomeAfterTheDiscussionsAsAnAction() {
        assertThat(standardRule.compare(
                TestStatements.of("a", "Agency A", "AA",
                        "Inspectors will resume monitoring at the reactors at Koral and Vesna as well as at the Dunav plant."),
                TestStatements.of("b", "Ministry B", "BB",
                        "Following detailed discussions, the two sides agreed that inspectors will resume monitoring at the Koral "
                                + "and Dunav plants.")))
                .hasSize(1);
    }

    @Test
    void shouldStillSkipASentenceThatOnlyReportsADiscussion() {
        assertThat(standardRule.compare(
                TestStatements.of("a", "Agency A", "AA",
                        "Inspectors will resume monitoring at the reactors at Koral and Vesna as well as at the Dunav plant."),
                TestStatements.of("b", "Ministry B", "BB",
                        "The two sides discussed monitoring at the Koral and Dunav plants.")))
                .isEmpty();
    }

    @Test
    void shouldNotTakeTwoItemsSharingOnlyAModifierForOneThing() {
        assertThat(compare("The accord will free money for public health, primary education and social housing.",
                "The accord will release money for social benefits, roads and irrigation.")).isEmpty();
    }

    @Test
    void shouldTakeTwoDescriptionsOfOneNamedSiteForOneThing() {
        assertThat(compare("Italy will send air defence batteries to protect the harbour in Constanța and critical infrastructure along the entire coast.",
                "Italy will send air defence batteries to protect the naval base in Constanța.")).hasSize(1);
    }

    @Test
    void shouldReadAListAfterOfAgainstASideThatRestrictsIt() {
        final List<Finding> found = compare(
                "The sides agreed that shipments of barley, oats, rye and millet bound for Austria will need an import permit.",
                "The import permit will apply solely to barley shipments to Austria; oats, rye and millet are traded as before.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).explanation()).contains("oats");
    }

    @Test
    void shouldReadASentenceLeavingItemsAsTheyWereAsAnExclusion() {
        assertThat(compare("The sides agreed that shipments of barley, oats, rye and millet will need an import permit.",
                "The import permit will apply only to barley. Oats, rye and millet will continue to be sold on the existing terms."))
                .hasSize(1);
        assertThat(compare("The sides agreed that shipments of barley, oats, rye and millet will need an import permit.",
                "The import permit will apply only to barley. Quotas for oats will be reviewed in June."))
                .isEmpty();
    }

    @Test
    void shouldNotReadATwoItemPhraseAfterOfAsAList() {
        assertThat(compare("The ministers of agriculture and fisheries agreed on a permit for barley imports.",
                "The permit will apply only to barley imports.")).isEmpty();
    }

    @Test
    void shouldKeepAPrepositionalPhraseInsideTheListItemItQualifies() {
        // Three items each side, one worded two ways: "young people" qualifies the second item, it is no item of its own.
        assertThat(compare("The partners will mobilise 50 million euros for port security, training for young workers and the fight against trafficking.",
                "The partners will mobilise 50 million euros to support port security, youth skills and the fight against trafficking.")).isEmpty();
        assertThat(compare("The partners will mobilise 50 million euros for port security, training of the coast guard and the fight against trafficking.",
                "The partners will mobilise 50 million euros to support port security, maritime surveillance and the fight against trafficking.")).isEmpty();
    }

    @Test
    void shouldNotCompareTheAgendasOfTalksAndSessions() {
        assertThat(compare("The conference featured panel sessions on fisheries, port logistics and green hydrogen, with 300 delegates.",
                "The Prime Minister also held talks with the Governor on fisheries, tourism and housing.")).isEmpty();
        assertThat(compare("The envoys held consultations about water sharing, fisheries and navigation on the river.",
                "A dialogue on water sharing and flood warnings will take place on the river next month.")).isEmpty();
    }

    @Test
    void shouldStillReadAnOutcomeReachedAfterTalksWith() {
        final List<Finding> found = compare(
                "The ministers held talks with the exporters and agreed that the tariff exemption will cover wheat, maize and barley.",
                "The ministers agreed that the tariff exemption will cover wheat only.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).explanation()).contains("maize");
    }

    @Test
    void shouldReportAListLongerThanWhatACoverageVerbNames() {
        final List<Finding> found = compare(
                "The ministers signed the mining accord, which will open the extraction of nickel, bauxite, manganese and graphite to foreign firms.",
                "The two ministers concluded the mining accord concerning nickel and bauxite.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).explanation()).contains("manganese");
        final List<Finding> customs = compare("The new customs arrangement applies to rice, sugar, coffee and cocoa.",
                "They launched a customs arrangement covering rice and sugar.");
        assertThat(customs).hasSize(1);
        assertThat(customs.get(0).explanation()).contains("coffee");
    }

    @Test
    void shouldNotReportAShorterCoveredListWhoseRestTheTextNamesElsewhere() {
        assertThat(compare("The new customs arrangement applies to rice, sugar, coffee and cocoa.",
                "They launched a customs arrangement covering rice and sugar. Coffee and cocoa will be added in the spring."))
                .isEmpty();
        assertThat(compare("The new customs arrangement applies to rice, sugar, coffee and cocoa.",
                "They launched a customs arrangement covering staples, including rice and sugar.")).isEmpty();
    }

    @Test
    void shouldReportAWholeStretchAgainstNamedPlaces() {
        final List<Finding> found = compare(
                "The two navies agreed to conduct joint patrols along the whole of the coast.",
                "The two navies agreed to conduct joint patrols at Port Blair, Car Nicobar and Campbell Bay.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).explanation()).contains("Car Nicobar");
        assertThat(compare("Both sides agreed to carry out mine clearance in Kasala, Tomboko and Biriwa.",
                "Both sides agreed to carry out mine clearance along the entire length of the frontier.")).hasSize(1);
    }

    @Test
    void shouldNotReportAWholeStretchAgainstPlacesGivenAsExamples() {
        assertThat(compare("The two navies agreed to conduct joint patrols along the whole of the coast.",
                "The two navies agreed to conduct joint patrols at sea, including at Port Blair, Car Nicobar and Campbell Bay."))
                .isEmpty();
    }

    @Test
    void shouldNotTakeAPlaceAndItsCountryForAListOfSites() {
        assertThat(compare("The two navies agreed to conduct joint patrols along the whole of the coast.",
                "The two navies met in Kuala Lumpur, Malaysia, and agreed to conduct joint patrols.")).isEmpty();
    }
    @Test
    void shouldNotReadWhoGainsAsWhatIsCovered() {
        assertThat(compare("The minister said that a settlement of the border dispute is in the interest of the entire region.",
                "The commissions settled the dispute over the border section in the Syunik region only.")).isEmpty();
        assertThat(compare("The host stressed that opening the border crossing would be important for the whole region.",
                "The sides agreed to open the border crossing in the Kars region only.")).isEmpty();
        assertThat(compare("He said the reopened railway would work for the benefit of all the peoples of the region.",
                "The railway will be reopened on the northern section only.")).isEmpty();
    }

    @Test
    void shouldStillReadAUniversalThatIsCovered() {
        final String covered = "a ceasefire along the entire border";
        final String gains = "a settlement in the interests of the entire region";
        final String vital = "this is vital for all countries";
        assertThat(CoverageReader.beneficiary(covered, covered.indexOf("entire"))).isFalse();
        assertThat(CoverageReader.beneficiary(gains, gains.indexOf("entire"))).isTrue();
        assertThat(CoverageReader.beneficiary(vital, vital.indexOf("all"))).isTrue();
    }
    @Test
    void shouldReadTheDestinationsASupplyOrRouteReaches() {
        assertThat(CoverageReader.placeLists("The new line will reach Austria, Hungary and Slovenia by 2028."))
                .containsExactly(List.of("Austria", "Hungary", "Slovenia"));
        assertThat(CoverageReader.placeLists("The ferry service serving Batumi and Poti resumes in May."))
                .containsExactly(List.of("Batumi", "Poti"));
        assertThat(compare("The commissioner said extra volumes of gas would reach Austria, Hungary, Slovenia and Croatia next winter.",
                "The minister said the extra gas volumes will be sent to Austria and Hungary next winter.")).hasSize(1);
    }

    @Test
    void shouldReportAPlaceListAgainstOneOfItsPlacesNamedAlone() {
        final List<Finding> found = compare("The truce will hold in the Lomba, Kasari and Tondo districts from Friday.",
                "The truce will hold in Kasari State from Friday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).explanation()).contains("Lomba").contains("names only Kasari State");
        assertThat(compare("Grain ships may call only at Port Elmar.",
                "Grain ships may call at Port Elmar, Sandvik and Tolbaek under the deal.")).hasSize(1);
        assertThat(compare("The grant will rebuild classrooms on the islands of Tanna and Malekula.",
                "The grant will rebuild classrooms on Malekula.")).hasSize(1);
    }

    @Test
    void shouldStaySilentWhenTheSinglePlaceIsNotInTheList() {
        assertThat(compare("The truce will hold in the Lomba and Tondo districts from Friday.",
                "The truce will hold in Kasari State from Friday.")).isEmpty();
    }

    @Test
    void shouldStaySilentWhenTheSidewithOnePlaceNamesTheOthersElsewhere() {
        assertThat(compare("The truce will hold in the Lomba, Kasari and Tondo districts from Friday.",
                "The truce will hold in Kasari State from Friday. Talks on Lomba and Tondo continue.")).isEmpty();
    }

    @Test
    void shouldReadAKindOfPlaceInsideAPlaceList() {
        assertThat(CoverageReader.placeLists("The works will extend to Efate and the outer islands of Tanna and Aneityum."))
                .containsExactly(List.of("Efate", "Tanna", "Aneityum"));
        assertThat(CoverageReader.placeLists("Patrols will run in the northern stretches of the Kamla and Sera sectors."))
                .containsExactly(List.of("Kamla", "Sera"));
        assertThat(CoverageReader.singlePlaces("The works will extend to Efate and the outer islands of Tanna and Aneityum."))
                .isEmpty();
        assertThat(CoverageReader.singlePlaces("The truce holds in Upper Lomba State from Monday, in May.")).containsExactly("Upper Lomba State");
    }

    @Test
    void shouldReportAWholeFrontierAgainstNamedSectors() {
        assertThat(compare("The two forces agreed to run joint patrols along the entire border.",
                "The two forces agreed to run joint patrols in the hilly stretches of the Kamla and Sera sectors.")).hasSize(1);
    }

    @Test
    void shouldReadWhatAProjectComprisesAsItsCoverage() {
        final List<Finding> found = compare("The ministers endorsed the corridor, comprising a railway and a pipeline, at the meeting.",
                "The minister said the corridor includes a railway, a pipeline and a motorway.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).explanation()).contains("motorway");
    }

    @Test
    void shouldReadCoverageInARelativeClauseAfterAStance() {
        assertThat(compare("The delegation expressed concern over the ban, which covers wheat only.",
                "The ban covers wheat, maize and barley.")).hasSize(1);
        assertThat(compare("The minister regretted the levy, which, as officials explained, applies only to steel.",
                "The levy will apply to steel, aluminium and copper.")).hasSize(1);
        assertThat(compare("Q: Does the ban, which covers wheat only, worry you?", "The ban covers wheat, maize and barley."))
                .isEmpty();
    }

    @Test
    void shouldNotTakeANameThatQualifiesANounOrABodysFieldForAPlace() {
        assertThat(compare("The sides recommitted to the Geneva and Vienna processes.",
                "The sides recommitted to the Geneva process.")).isEmpty();
        assertThat(CoverageReader.singlePlaces("The Joint Working Group on Fisheries met in Colombo.")).containsExactly("Colombo");
        assertThat(CoverageReader.singlePlaces("The Committee on Trade will meet at Geneva.")).containsExactly("Geneva");
    }

    @Test
    void shouldReportAListOfPlacesAgainstOnePlaceNamedWithItsKind() {
        assertThat(compare("The truce will hold in the Kherson, Mykolaiv and Odesa regions.",
                "The truce will hold in the Kherson region.")).hasSize(1);
        assertThat(compare("Relief convoys will reach the ports of Hodeidah, Ras Isa and Salif.",
                "Relief convoys will reach the port of Hodeidah.")).hasSize(1);
    }

    @Test
    void shouldNotCountAWordTwoPlaceNamesShareAsAMentionOfTheSecond() {
        assertThat(compare("Naval patrols will cover the Red Sea and the Gulf of Aden.",
                "Naval patrols will cover the Red Sea.")).hasSize(1);
    }

    @Test
    void shouldReportAnExceptionOnlyOneSideMakesToTheSameUniversal() {
        assertThat(compare("The export licence requirement applies to all dual-use items except medical equipment.",
                "The export licence requirement applies to all dual-use items.")).hasSize(1);
        assertThat(compare("The export licence requirement applies to all dual-use items except medical equipment.",
                "The export licence requirement applies to all dual-use items except medical equipment.")).isEmpty();
    }

    @Test
    void shouldReportOneMoreCoveredItemInSentencesWordedAlike() {
        assertThat(compare("The parties agreed to suspend attacks on power stations and water facilities.",
                "The parties agreed to suspend attacks on power stations.")).hasSize(1);
    }

    @Test
    void shouldNotReportOneMoreItemWhenTheOtherTextNamesItElsewhereOrGivesExamples() {
        assertThat(compare("The parties agreed to suspend attacks on power stations and water facilities.",
                "The parties agreed to suspend attacks on power stations. Water facilities will also be spared.")).isEmpty();
        assertThat(compare("The parties agreed to suspend attacks on civilian sites, including hospitals and schools.",
                "The parties agreed to suspend attacks on civilian sites.")).isEmpty();
    }

    @Test
    void shouldTellApartItemsThatShareTheListsClosingNoun() {
        final List<Finding> found = compare("The ministers confirmed that the carbon levy will cover the steel, cement and shipping sectors.",
                "The ministers confirmed that the carbon levy will cover the steel and cement sectors from next year.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).explanation()).contains("shipping");
        assertThat(compare("The ministers confirmed that the carbon levy will cover the steel, cement and shipping sectors.",
                "The ministers confirmed that the carbon levy will cover the cement, steel and shipping sectors.")).isEmpty();
    }

    @Test
    void shouldReadASeaAsAPlaceOfItsOwnWhateverFollowsIt() {
        assertThat(CoverageReader.singlePlaces("The navies will hold a joint drill in the Andaman Sea in the spring."))
                .containsExactly("Andaman Sea");
        assertThat(compare("The navies agreed to hold joint drills in the Andaman Sea and the Bay of Bengal next year.",
                "The navies agreed to hold a joint drill in the Andaman Sea in the spring.")).hasSize(1);
    }

    @Test
    void shouldReadTheListACoveringParticipleOpens() {
        final List<Finding> found = compare("The ministers agreed to launch a swap facility covering wheat, sugar and cotton, and to meet again in June.",
                "The ministers agreed to launch a swap facility for wheat and sugar, and to meet again in June.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).explanation()).contains("cotton");
    }

    @Test
    void shouldReadTheListAfterTheNounACoverageVerbTakes() {
        final List<Finding> found = compare("The grant covers the repair of the harbour wall, a fish market and a cold store in the town.",
                "The ministry said the grant covers the repair of the harbour wall and a fish market in the town.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).explanation()).contains("cold store");
        assertThat(compare("The grant will fund the repair of the harbour wall, a fish market and a cold store in the town.",
                "The ministry said the grant will fund the repair of the harbour wall and a fish market in the town.")).isEmpty();
    }

    @Test
    void shouldReadAnOutcomeClauseBeforeACoordinatedTalkClauseAsAnAction() {
        final List<Finding> found = compare("The ministers agreed to open the swap line for wheat, sugar and cotton, and decided to meet again in June.",
                "The ministers agreed to open the swap line for wheat and sugar, and discussed the possibility of a second line next year.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).explanation()).contains("cotton");
        assertThat(compare("The ministers agreed to meet again in June, and discussed trade in wheat, sugar and cotton.",
                "The ministers agreed to meet again in June, and discussed trade in wheat and sugar.")).isEmpty();
    }

    @Test
    void shouldReportEveryKindOfAThingAgainstOneKindInTheSameFrame() {
        final List<Finding> found = compare("The two agencies agreed to harmonise licensing rules on all categories of dual-use drones.",
                "The two agencies agreed to harmonise their licensing rules on long-range surveillance platforms.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).explanation()).contains("all categories of dual-use drones").contains("surveillance platforms");
        assertThat(compare("The two agencies agreed to harmonise licensing rules on all categories of dual-use drones.",
                "The two agencies agreed to harmonise their licensing rules on dual-use drones.")).isEmpty();
        assertThat(compare("The two agencies agreed to harmonise licensing rules on all categories of dual-use drones.",
                "The two agencies agreed to harmonise licensing procedures with the industry and to meet in March.")).isEmpty();
    }

    @Test
    void shouldReportRegardlessOfTypeAgainstOneModifiedKind() {
        final List<Finding> found = compare("The ministry said that nationals of the partner country will be exempted from visas regardless of passport type for stays of 30 days.",
                "The embassy said that nationals holding diplomatic passports will be exempted from visas for stays of 30 days.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).explanation()).contains("diplomatic passports");
        // The universal side names the kind itself: its own stays differ, its coverage does not.
        assertThat(compare("The ministry said that nationals will be exempted from visas regardless of passport type for stays of 30 days. "
                        + "Holders of diplomatic passports may stay up to 90 days.",
                "The embassy said that nationals holding diplomatic passports will be exempted from visas for stays of 30 days.")).isEmpty();
    }

    @Test
    void shouldNotReadAllOtherAsAUniversal() {
        final CoverageReader reader = new CoverageReader(new PosTagger(NlpModels.loadEnglish()), new TermAnalyzer());
        assertThat(reader.read("The quotas apply to sensitive farm products, while all other farm products enter duty-free.")
                .universal()).isNull();
        assertThat(reader.read("The quotas apply to all farm products.").universal()).isEqualTo("all farm products");
    }

    @Test
    void shouldReportANamedCheckpointAgainstAnEntireRoute() {
        final List<Finding> found = compare(
                "The parties agreed to simplify customs and border procedures along the entire route of the new railway corridor.",
                "The ministers agreed to simplify customs and border procedures at the Khorgos checkpoint to increase freight traffic.");
        assertThat(found).extracting(Finding::kind).containsExactly(AlertKind.SCOPE);
        assertThat(found.get(0).explanation()).contains("Khorgos checkpoint");
    }

    @Test
    void shouldReadAStretchNamedByAChainOfHyphenatedNames() {
        assertThat(compare(
                "The three sides agreed to simplify customs clearance and border procedures along the entire China-Kazakhstan-Uzbekistan corridor.",
                "The ministers agreed to simplify customs and border procedures at the Khorgos checkpoint to increase freight traffic."))
                .hasSize(1);
    }

    @Test
    void shouldLeaveTheSiteWhereTheMinistersMetAlone() {
        assertThat(compare(
                "The parties agreed to simplify customs and border procedures along the entire route of the new railway corridor.",
                "The ministers met at the Khorgos checkpoint and agreed to simplify customs and border procedures to increase freight traffic."))
                .isEmpty();
    }

    @Test
    void shouldLeaveASiteTheUniversalSideAlsoNamesAlone() {
        assertThat(compare(
                "The parties agreed to simplify customs and border procedures along the entire route of the new railway "
                        + "corridor. Works at the Khorgos checkpoint will start in May.",
                "The ministers agreed to simplify customs and border procedures at the Khorgos checkpoint to increase freight traffic."))
                .isEmpty();
    }

    @Test
    void shouldReportOneMoreItemInTheSameThreeWordFrameOfLooserSentences() {
        final List<Finding> found = compare(
                "The ministers welcomed the launch of a joint feasibility study on nickel and copper refining in Indonesia.",
                "The minister highlighted the launch of a joint feasibility study on nickel refining, with the participation "
                        + "of the state mining company, as part of their cooperation.");
        assertThat(found).hasSize(1);
        // "copper" is no spelling of "cooper" (from "cooperation").
        assertThat(found.get(0).explanation()).contains("copper");
    }

    @Test
    void shouldLeaveOneMoreItemInLooserSentencesWithAnotherFrameAlone() {
        assertThat(compare(
                "The ministers welcomed the launch of a joint feasibility study on nickel and copper refining in Indonesia.",
                "The minister highlighted the launch of joint research and a feasibility study by the state mining company "
                        + "on nickel refining, as part of their cooperation.")).isEmpty();
    }

    @Test
    void shouldLeaveAShorterTitleOfTheSameWorkingGroupAlone() {
        assertThat(compare(
                "On 3 March, the city of Osh hosted a regular meeting of the joint intergovernmental working group on the "
                        + "management and protection of the water resources of shared rivers.",
                "On 3 March, the regular meeting of the joint intergovernmental working group on the management of water "
                        + "resources was held in the city of Osh.")).isEmpty();
    }

    @Test
    void shouldNotReadStancesPutForwardAsItemsCovered() {
        assertThat(compare(
                "Ukraine came to Istanbul with a constructive position and a clear proposal: a full and unconditional ceasefire for at least 30 days.",
                "He said Moscow had taken note of Kiev's proposal for a 30-day ceasefire, but such a pause would only allow Ukraine to rearm."))
                .isEmpty();
    }

    @Test
    void shouldNotReadExamplesAsTheOtherSidesWholeCoverage() {
        assertThat(compare(
                "The minister welcomed zero-tariff treatment for all tariff lines, saying it would boost exports of Kenyan "
                        + "avocados, tea and coffee and help narrow the trade gap.",
                "China welcomes more Kenyan agricultural products, such as avocados, tea and coffee, entering the Chinese "
                        + "market under zero-tariff treatment.")).isEmpty();
    }

    @Test
    void shouldNotReadANamedInstanceBesideTheOthersOfItsKindAsNarrower() {
        assertThat(compare(
                "The understanding provides for an increase in the entry of humanitarian aid through all crossings.",
                "The agreement provides for the entry of humanitarian aid through the Rafah crossing and the other crossings."))
                .isEmpty();
        assertThat(compare(
                "The understanding provides for an increase in the entry of humanitarian aid through all crossings.",
                "The agreement provides for the entry of humanitarian aid through the Rafah crossing.")).hasSize(1);
    }

    @Test
    void shouldNotReadWhatAlsoCoversAsTheWholeCoverage() {
        final String both = "The two delegations agreed on an operational order covering the neutralisation of the FDLR "
                + "and the lifting of defensive measures.";
        assertThat(compare(both, "The operational order agreed in Doha also covers the neutralisation of the FDLR.")).isEmpty();
        assertThat(compare(both, "The operational order agreed in Doha covers the neutralisation of the FDLR.")).hasSize(1);
    }
}
