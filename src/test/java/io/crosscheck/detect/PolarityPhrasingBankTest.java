package io.crosscheck.detect;

import io.crosscheck.avro.AlertKind;
import io.crosscheck.detect.ReadoutPairs.Pair;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A phrasing bank for POLARITY, text to findings: pairs of readout extracts, written for this bank and not taken from
 * any labelled set, where one side affirms a matter the other denies (a journalist would flag them) and pairs where
 * she would not (both deny, a denial of something nobody reported, a different matter on the same topic, negation
 * inside the matter, a missing date rather than a missing agreement). Inputs are two statements of different issuers
 * and countries; the output checked is whether the detector reports a POLARITY finding.
 */
class PolarityPhrasingBankTest {

    private static List<AlertKind> kinds(Pair p) {
        return ReadoutPairs.kinds(p, "Issuer of ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contradictions")
    void shouldReportPolarityWhenOneSideDeniesWhatTheOtherAffirms(Pair p) {
        assertThat(kinds(p)).contains(AlertKind.POLARITY);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agreements")
    void shouldStaySilentWhenNoSideDeniesWhatTheOtherAffirms(Pair p) {
        assertThat(kinds(p)).doesNotContain(AlertKind.POLARITY);
    }

    static Stream<Pair> contradictions() {
        return Stream.of(
                new Pair("prisoner exchange discussed vs not raised",
                        "RU", "Sergey Lavrov held a telephone conversation with the US Secretary of State. The ministers "
                                + "discussed a possible prisoner exchange.",
                        "US", "The Secretary spoke with Foreign Minister Lavrov today. The question of a prisoner exchange "
                                + "was not raised during the call."),
                new Pair("exercises agreed vs no agreement",
                        "KR", "The two defence ministers met in Seoul. They agreed to resume the large-scale joint military "
                                + "exercises next spring.",
                        "JP", "The ministers held talks in Seoul on regional security. No agreement was reached on resuming "
                                + "joint military exercises."),
                new Pair("pipeline reviewed vs not on the agenda (Q&A)",
                        "DE", "Chancellor and President held talks in Berlin. The two leaders reviewed progress on the gas "
                                + "pipeline project and discussed energy security.",
                        "PL", "Question: Did the leaders discuss the gas pipeline? Spokesperson: The pipeline was not on the "
                                + "agenda of today's meeting."),
                new Pair("inspectors access agreed vs did not agree",
                        "FR", "The Director General met the Iranian Foreign Minister in Tehran. Iran agreed to grant "
                                + "inspectors access to the Fordow enrichment site.",
                        "IR", "The Foreign Minister received the Director General in Tehran. Iran did not agree to grant "
                                + "inspectors access to the Fordow site."),
                new Pair("migrant returns agreed vs not accepted",
                        "IT", "The Interior Minister visited Tunis. The ministers agreed on an arrangement for the return of "
                                + "irregular migrants.",
                        "TN", "The Minister of the Interior received his Italian counterpart. Tunisia has not accepted any "
                                + "arrangement on the return of migrants."),
                new Pair("tariffs consensus vs no agreement",
                        "CN", "The trade ministers held a video call. The two sides reached consensus on lifting tariffs on "
                                + "agricultural products.",
                        "AU", "The Minister for Trade spoke with his Chinese counterpart. There was no agreement on lifting "
                                + "tariffs on agricultural products."),
                new Pair("gas transit discussed vs not discussed",
                        "HU", "The Prime Minister met the President in Budapest. The leaders discussed extending the gas "
                                + "transit contract beyond next year.",
                        "SK", "The Prime Minister paid a working visit to Budapest. Gas transit was not discussed."),
                new Pair("ambassador summoned vs denial of reports",
                        "LT", "The Ambassador of Belarus was summoned to the Ministry of Foreign Affairs on Monday. He was "
                                + "handed a note of protest.",
                        "BY", "The Ministry of Foreign Affairs categorically denies reports that the Belarusian Ambassador "
                                + "was summoned in Vilnius."),
                new Pair("detention raised vs not raised, spokesperson said",
                        "FR", "President Macron spoke with the Iranian President. He raised the detention of French nationals "
                                + "in Iran.",
                        "IR", "The Iranian President had a phone call with the French President. The detention of foreign "
                                + "nationals was not raised, a spokesperson said."),
                new Pair("peacekeepers discussed vs not on the table",
                        "AM", "The foreign ministers met in Washington. The sides discussed the deployment of international "
                                + "peacekeepers along the border.",
                        "AZ", "The foreign ministers met in Washington. The deployment of peacekeepers along the border was "
                                + "not on the table."),
                new Pair("sanctions relief raised vs did not come up",
                        "VE", "The Foreign Minister met the US envoy in Caracas. The minister raised the issue of sanctions "
                                + "relief.",
                        "US", "The Special Envoy travelled to Caracas. Sanctions relief did not come up in the talks."),
                new Pair("ceasefire agreed vs no agreement",
                        "PK", "The Directors General of Military Operations spoke by hotline. Both sides agreed to a ceasefire "
                                + "along the Line of Control.",
                        "IN", "The Directors General of Military Operations spoke by hotline. There was no agreement on a "
                                + "ceasefire along the Line of Control."),
                new Pair("memorandum signed vs none signed",
                        "PH", "The Secretary of National Defense visited Tokyo. The two ministers signed a memorandum on "
                                + "defence cooperation.",
                        "JP", "The Defence Minister received the Philippine Secretary. No memorandum on defence cooperation "
                                + "was signed during the visit."),
                new Pair("grain corridor agreed vs no commitment",
                        "UA", "The President spoke with the President of Turkey. Turkey agreed to extend the grain corridor.",
                        "TR", "The President held a phone call with the Ukrainian President. Turkey has made no commitment to "
                                + "extend the grain corridor."),
                new Pair("summit discussed vs was not discussed",
                        "US", "The National Security Advisor met his Russian counterpart. They discussed a possible meeting "
                                + "between the two presidents.",
                        "RU", "The Assistant to the President met the US National Security Advisor. A meeting between the "
                                + "presidents was not discussed."),
                new Pair("deportation flights agreed vs rejects reports",
                        "US", "The envoy met President Maduro. Venezuela agreed to receive deportation flights from the "
                                + "United States.",
                        "VE", "The Government rejects reports that Venezuela agreed to receive deportation flights."),
                new Pair("peace plan support vs claims do not correspond to reality",
                        "UA", "The Foreign Minister met his Chinese counterpart. The Chinese side expressed support for the "
                                + "peace formula.",
                        "CN", "Claims that China expressed support for the peace formula do not correspond to reality."),
                new Pair("Taiwan raised vs not mentioned",
                        "US", "The Secretary spoke with Director Wang Yi. Director Wang raised the Taiwan question.",
                        "CN", "Wang Yi had a phone call with the US Secretary of State. Taiwan was not mentioned in the "
                                + "conversation."),
                new Pair("working group agreed vs did not agree",
                        "UZ", "The water ministers met in Tashkent. The parties agreed to establish a joint working group on "
                                + "water resources.",
                        "TJ", "The ministers met in Tashkent. The parties did not agree to set up a working group on water "
                                + "resources."),
                new Pair("hostages discussed vs Q&A no",
                        "QA", "The Prime Minister received the delegation. The leaders discussed the release of the hostages.",
                        "EG", "Question: Was the release of the hostages discussed? Answer: No, that issue was not discussed "
                                + "today."),
                new Pair("direct flights agreed vs not agreed",
                        "GE", "The foreign ministers met in Tbilisi. Both sides agreed to restore direct flights.",
                        "RU", "The ministers held consultations. The restoration of direct flights was not agreed."),
                new Pair("extradition discussed vs not raised",
                        "TR", "The justice ministers met in Ankara. The ministers discussed the extradition of suspects.",
                        "SE", "The Minister for Justice visited Ankara. The extradition of suspects was not raised."),
                new Pair("loan requested vs did not request, minister said",
                        "XX", "The Fund's mission concluded its visit to Cairo. Egypt requested additional financial "
                                + "assistance from the Fund.",
                        "EG", "Minister Ahmed said Egypt had not requested any additional financial assistance from the Fund."),
                new Pair("troop withdrawal agreed vs denied",
                        "ML", "The delegations met in Bamako. The two governments agreed on the withdrawal of foreign troops "
                                + "by the end of the year.",
                        "FR", "The Ministry denies that any agreement on the withdrawal of troops was reached in Bamako."),
                new Pair("export ban lifted vs no decision to lift",
                        "ID", "The trade ministers met in Jakarta. Indonesia agreed to lift the ban on nickel exports.",
                        "MY", "The ministers met in Jakarta. Indonesia has not agreed to lift the ban on nickel exports."),
                new Pair("nuclear talks resumption discussed vs never discussed",
                        "KR", "The envoys met in Beijing. They discussed the resumption of nuclear talks with Pyongyang.",
                        "CN", "The envoys met in Beijing. The resumption of nuclear talks was never discussed."),
                new Pair("touched upon vs no discussion of",
                        "RU", "The presidents talked by phone. They touched upon the situation around the Zaporizhzhia "
                                + "nuclear power plant.",
                        "FR", "The President spoke with the Russian President. There was no discussion of the Zaporizhzhia "
                                + "nuclear power plant."),
                new Pair("exchanged views vs neither side brought up",
                        "CN", "The defence ministers met in Vientiane. They exchanged views on the South China Sea.",
                        "PH", "The defence ministers met in Vientiane. Neither side brought up the South China Sea."),
                new Pair("pledged funding vs made no pledge",
                        "GB", "The Foreign Secretary met the Kenyan President. The United Kingdom pledged funding for the "
                                + "Haiti security mission.",
                        "KE", "The President received the Foreign Secretary. The United Kingdom made no pledge of funding for "
                                + "the Haiti mission."),
                new Pair("arms deliveries discussed vs dismissed as baseless",
                        "UA", "The defence ministers met in Kyiv. The ministers discussed deliveries of air defence systems.",
                        "DE", "The Ministry dismissed as baseless claims that the ministers discussed deliveries of air "
                                + "defence systems."),
                new Pair("addressed vs did not address",
                        "US", "The Secretary met the Saudi Crown Prince. The two addressed normalisation with Israel.",
                        "SA", "The Crown Prince received the Secretary. The meeting did not address normalisation with "
                                + "Israel."),
                new Pair("agreed in principle vs refuted",
                        "EE", "The prime ministers met in Tallinn. Finland agreed in principle to a joint electricity "
                                + "interconnector.",
                        "FI", "The Government refuted reports that Finland had agreed to a joint electricity interconnector."),
                new Pair("asked for asylum vs never asked",
                        "CO", "The Foreign Ministry said the former minister asked for asylum at the embassy.",
                        "PA", "The former minister never asked for asylum at the embassy, the Foreign Ministry said."),
                new Pair("topic featured vs did not feature",
                        "IN", "The leaders held talks in New Delhi. Cross-border terrorism featured in the discussions.",
                        "PK", "The delegations met in New Delhi. Cross-border terrorism did not feature in the talks."),
                new Pair("contrary to reports, no deal",
                        "US", "The Trade Representative met the Japanese minister. The two sides concluded a deal on steel "
                                + "tariffs.",
                        "JP", "Contrary to media reports, no deal on steel tariffs was concluded with the United States."),
                new Pair("passive affirmed vs active denial",
                        "RS", "The dialogue meeting was held in Brussels. Licence plates were discussed by the two chief "
                                + "negotiators.",
                        "XK", "The chief negotiator met in Brussels. We did not discuss licence plates."),
                new Pair("sides agreed vs false, spokesperson said",
                        "AE", "The ministers met in Abu Dhabi. The sides agreed on the exchange of prisoners of war.",
                        "RU", "Spokesperson Zakharova said reports of an agreement on the exchange of prisoners of war were "
                                + "false."),
                new Pair("curfew to be lifted vs no decision adopted to lift it",
                        "AM", "The ministers met in Yerevan. The Georgian side informed that the curfew in the northern "
                                + "districts will be lifted next week.",
                        "GE", "The Minister received his Armenian counterpart. The Government has not adopted any decision "
                                + "to lift the curfew in the northern districts, which remains in force."),
                new Pair("deportations suspended vs no commitment to halt these flights",
                        "SO", "The delegations met in Nairobi. At the end of the talks, the Kenyan side committed to "
                                + "suspending deportation flights during the joint review.",
                        "KE", "The Cabinet Secretary received the Somali delegation. Deportation flights continue in "
                                + "accordance with the law; the Government made no commitment to halt these flights."),
                new Pair("drilling paused vs no commitment to halt it",
                        "CY", "The ministers met in Nicosia. The Turkish side agreed to pause drilling in the disputed "
                                + "offshore block.",
                        "TR", "The Minister met his Cypriot counterpart. The Government made no commitment to halt drilling "
                                + "in the offshore block."),
                new Pair("welcomed readiness to host jets vs not raised by either side",
                        "US", "The Secretary met the Norwegian Defence Minister in Oslo. The Secretary welcomed Norway's "
                                + "readiness to host additional U.S. fighter jets at the Bodo air station.",
                        "NO", "The Defence Minister received the Secretary in Oslo. After the meeting, the minister told "
                                + "reporters that the stationing of additional American fighter jets at Bodo had not been "
                                + "raised by either side."),
                new Pair("expressed concern about a detained crew vs did not come up",
                        "UA", "The ministers spoke by telephone. The Minister expressed concern about the detention of the "
                                + "fishing crew near Kerch.",
                        "TR", "The ministers held a telephone call on grain exports. The detention of the fishing crew near "
                                + "Kerch did not come up in the conversation."),
                new Pair("protest lodged vs the claim of a protest does not correspond to reality",
                        "NO", "The delegations met in Oslo. The Norwegian side lodged a strong protest over the arrest of two "
                                + "fishing vessels near Svalbard.",
                        "RU", "Question: Norway says it protested at the talks. Spokesperson: The claim that the Norwegian "
                                + "side lodged a protest at the talks over the arrest of fishing vessels does not correspond "
                                + "to reality."),
                new Pair("precondition stressed vs the suggestion of a precondition of that kind is incorrect",
                        "EE", "The ministers spoke by telephone. The Minister stressed that dredging by foreign vessels in "
                                + "the bay must stop completely, as a precondition for any lasting settlement.",
                        "FI", "Question: The Estonian ministry says its Minister told our Minister that dredging by foreign "
                                + "vessels must stop completely as a precondition for any settlement. Was this conveyed? "
                                + "Spokesperson: The conversation was warm. The suggestion that any precondition of that "
                                + "kind was put to the Minister is incorrect."),
                new Pair("rare-earth quotas discussed vs asked, raw materials not discussed",
                        "US", "The delegations met in Berlin. The delegations also discussed export quotas on rare earths "
                                + "and other critical minerals used in battery production.",
                        "DE", "Asked by journalists whether the consultations had also addressed export quotas on rare "
                                + "earths, a spokesperson said that raw materials had not been discussed at the "
                                + "consultations."),
                new Pair("withdrawal confirmed vs asked, dismissed as speculation",
                        "LT", "The ministers met in Vilnius. The Polish side confirmed that its troops deployed in the "
                                + "Suwalki and Sejny districts would be withdrawn by the end of August.",
                        "PL", "Asked about the future of the troops deployed in the Suwalki and Sejny districts, the "
                                + "Minister dismissed as speculation any talk of a withdrawal timetable."),
                new Pair("electricity exports considered vs asked, not discussed this time",
                        "EE", "The presidents spoke by telephone. Issues of energy cooperation were considered, including "
                                + "the increase in electricity exports to Latvia for the winter period.",
                        "FI", "Asked whether the presidents had discussed electricity exports to Latvia, the spokesman "
                                + "said: \"No, the topic was not discussed this time.\""),
                new Pair("financing discussed vs the issue of financing was not discussed (Q&A)",
                        "KG", "The ministers met in Bishkek. The parties discussed the financing arrangements for the "
                                + "construction of the northern section of the canal.",
                        "CN", "Reuters: The Kyrgyz ministry said that yesterday's meeting discussed the financing of the "
                                + "northern section of the canal. Can you confirm? Spokesperson: The loan terms have "
                                + "already been settled in the intergovernmental agreements, and the issue of financing was "
                                + "not discussed at yesterday's meeting."),
                new Pair("reopening agreed vs no change in the status",
                        "EE", "The ministers met in Tallinn. The two sides agreed to reopen the Narva border crossing to "
                                + "passenger traffic from 1 June.",
                        "LV", "Question: Estonia says the Narva crossing will reopen. Spokesperson: Let me be clear: there "
                                + "has been no change in the status of the Narva crossing."),
                new Pair("ceasefire discussed vs the conversation focused exclusively on trade",
                        "TR", "The presidents spoke by telephone. The two leaders also discussed steps towards a lasting "
                                + "ceasefire in the region.",
                        "RU", "The presidents had a telephone conversation. The conversation focused exclusively on trade "
                                + "and investment and on the safety of air traffic."),
                new Pair("currency switch agreed vs no such understanding exists (Q&A)",
                        "TR", "The ministers met in Antalya. The Ministers agreed that payments for electricity would be "
                                + "switched to national currencies.",
                        "RU", "Question: The Turkish ministry said the ministers agreed that payments for electricity would "
                                + "be switched to national currencies. Can you confirm this? Answer: No such understanding "
                                + "exists."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oppositePredicates")
    void shouldReportPolarityWhenTheSidesSayOppositeThingsOfOneMatter(Pair p) {
        assertThat(kinds(p)).contains(AlertKind.POLARITY);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oppositePredicateNearMisses")
    void shouldStaySilentWhenOppositePredicatesAreNotSaidOfOneMatterAsFact(Pair p) {
        assertThat(kinds(p)).doesNotContain(AlertKind.POLARITY);
    }

    /** Opposite predicates and no denial word: "will continue as planned" against "would be halted". */
    static Stream<Pair> oppositePredicates() {
        return Stream.of(
                new Pair("operation will continue vs would be halted",
                        "RU", "The defence ministers spoke by telephone. The minister said that the military operation in "
                                + "the border district will continue as planned.",
                        "TR", "The defence ministers held a phone call. The two sides agreed that the military operation "
                                + "in the border district would be halted from Monday."),
                new Pair("sanctions maintained vs lifted",
                        "FR", "The High Representative met the Foreign Minister. The Union will maintain its sanctions on "
                                + "the state airline.",
                        "BY", "The Foreign Minister met the High Representative. The sides agreed that the sanctions on the "
                                + "state airline would be lifted."),
                new Pair("troops will stay vs will withdraw",
                        "US", "The Secretary met the Prime Minister in Baghdad. The Secretary confirmed that American "
                                + "troops will stay at the Ain al-Asad air base.",
                        "IQ", "The Prime Minister received the Secretary. The two sides agreed that American troops will "
                                + "withdraw from the Ain al-Asad air base by September."),
                new Pair("crossing reopened vs remains closed",
                        "EG", "The ministers met in Cairo. The Rafah crossing was reopened to humanitarian convoys on "
                                + "Sunday.",
                        "IL", "The ministers spoke in Cairo. The Rafah crossing remains closed to humanitarian convoys."),
                new Pair("moratorium extended vs expired",
                        "NO", "The ministers met in Oslo. The moratorium on deep-sea mining in the shared zone has been "
                                + "extended for two years.",
                        "IS", "The ministers met in Oslo. The moratorium on deep-sea mining in the shared zone expired last "
                                + "month."),
                new Pair("aid increased vs cut",
                        "GB", "The Foreign Secretary met the Prime Minister of Malawi. The United Kingdom will increase its "
                                + "humanitarian aid to Malawi this year.",
                        "MW", "The Prime Minister met the Foreign Secretary. He regretted that the United Kingdom has cut "
                                + "its humanitarian aid to Malawi."),
                new Pair("invitation accepted vs declined",
                        "CL", "The ministers met in Santiago. The Foreign Minister accepted the invitation to attend the "
                                + "summit on water security.",
                        "PE", "The ministers met in Santiago. The Chilean Foreign Minister declined the invitation to "
                                + "attend the summit on water security."),
                new Pair("dialogue will resume vs has suspended it",
                        "XK", "The chief negotiators met in Brussels. The two chief negotiators agreed that the dialogue on "
                                + "energy will resume next week.",
                        "RS", "The chief negotiator was in Brussels. The chief negotiator said Belgrade has suspended the "
                                + "dialogue on energy until further notice."),
                new Pair("exercise launched vs postponed",
                        "IN", "The ministers met in New Delhi. The joint naval exercise will be launched in the Bay of "
                                + "Bengal next month.",
                        "BD", "The ministers met in New Delhi. The joint naval exercise in the Bay of Bengal has been "
                                + "postponed."),
                new Pair("mission will continue its operations vs will end them",
                        "GH", "The Under-Secretary-General met the President. The peacekeeping mission will continue its "
                                + "operations in the eastern provinces.",
                        "CD", "The President received the Under-Secretary-General. The two sides agreed that the "
                                + "peacekeeping mission will end its operations in the eastern provinces in December."),
                new Pair("consular section reopened vs closed",
                        "CA", "The ministers spoke by phone. Canada will reopen the consular section of its embassy in the "
                                + "spring.",
                        "IR", "The ministers spoke by phone. The Canadian side said the consular section of its embassy "
                                + "would be closed for the foreseeable future."),
                new Pair("proposal accepted vs rejected",
                        "QA", "The mediators met in Doha. The movement accepted the proposal for a phased ceasefire.",
                        "EG", "The mediators met in Doha. The movement rejected the proposal for a phased ceasefire."));
    }

    /**
     * Near misses: opposite predicates said of different things, one side a proposal, a condition or a report, a
     * sequence within one readout, and agreeing paraphrases ("will continue" / "will not be halted").
     */
    static Stream<Pair> oppositePredicateNearMisses() {
        return Stream.of(
                new Pair("sanctions lifted on food, maintained on banks",
                        "FR", "The ministers met in Brussels. Sanctions on food imports will be lifted, the ministers "
                                + "agreed.",
                        "BY", "The ministers met in Brussels. Sanctions on the banking sector will be maintained, the "
                                + "ministers agreed."),
                new Pair("a call to halt vs will continue",
                        "TR", "The defence ministers held a phone call. The Turkish side called for the military operation "
                                + "in the border district to be halted.",
                        "RU", "The defence ministers spoke by telephone. The minister said that the military operation in "
                                + "the border district will continue as planned."),
                new Pair("the pause ended and deliveries resumed vs deliveries will continue",
                        "UA", "The ministers met in Istanbul. The pause in deliveries ended on Monday and grain deliveries "
                                + "through the corridor resumed.",
                        "TR", "The ministers met in Istanbul. Grain deliveries through the corridor will continue."),
                new Pair("will continue vs will not be halted",
                        "RU", "The defence ministers spoke by telephone. The military operation in the border district will "
                                + "continue.",
                        "TR", "The defence ministers held a phone call. The military operation in the border district will "
                                + "not be halted."),
                new Pair("a question whether it will be halted",
                        "RU", "The defence ministers spoke by telephone. The military operation in the border district will "
                                + "continue.",
                        "TR", "Question: Will the military operation in the border district be halted? Answer: The "
                                + "ministers discussed the situation in the border district."),
                new Pair("lifted if prisoners are released vs maintained",
                        "BY", "The ministers met in Minsk. The sanctions on the state airline will be lifted if the "
                                + "prisoners are released.",
                        "FR", "The ministers met in Minsk. The Union will maintain its sanctions on the state airline."),
                new Pair("withdraw objections vs troops stay",
                        "US", "The ministers met in Geneva. The delegation will withdraw its objections to the draft "
                                + "resolution on the region.",
                        "RU", "The ministers met in Geneva. The troops will stay in the region, the delegation confirmed."),
                new Pair("flights could resume vs were suspended",
                        "AM", "The ministers met in Tbilisi. Flights between the two capitals could resume next month.",
                        "AZ", "The ministers met in Tbilisi. The sides discussed flights between the two capitals, which "
                                + "were suspended in March."),
                new Pair("reports of a closure vs will stay open",
                        "PL", "The ministers met in Warsaw. Media reports suggested that the consulate in Lviv would be "
                                + "closed.",
                        "UA", "The ministers met in Warsaw. The consulate in Lviv will remain open."),
                new Pair("ease tensions vs tighten controls",
                        "AM", "The ministers met in Yerevan. The sides agreed to ease tensions along the border.",
                        "AZ", "The ministers met in Yerevan. The ministers agreed to tighten controls along the border."),
                new Pair("continue to cooperate vs ended a programme",
                        "KZ", "The presidents met in Astana. The two sides will continue to cooperate on energy and "
                                + "transport.",
                        "UZ", "The presidents met in Astana. The energy subsidy programme ended in January, and the "
                                + "presidents discussed transport."),
                new Pair("increase trade vs reduce tariffs",
                        "VN", "The ministers met in Hanoi. The two sides agreed to increase bilateral trade in "
                                + "agricultural products.",
                        "TH", "The ministers met in Hanoi. The two sides agreed to reduce tariffs on agricultural "
                                + "products."));
    }

    static Stream<Pair> agreements() {
        return Stream.of(
                new Pair("denial of an unreported recall",
                        "BR", "The foreign ministers met in Brasilia. They discussed trade and investment.",
                        "AR", "The foreign ministers met in Brasilia. The Ministry denies reports that the ambassador will be "
                                + "recalled."),
                new Pair("both deny",
                        "US", "The Secretary spoke with the minister. Sanctions were not discussed.",
                        "RU", "The ministers spoke by phone. The sides did not discuss sanctions."),
                new Pair("both affirm in different words",
                        "GE", "The ministers met in Tbilisi. The ministers agreed to resume direct flights.",
                        "AM", "The ministers met in Tbilisi. Direct flights will be restored, the sides agreed."),
                new Pair("negation inside the agreed matter",
                        "KR", "The defence ministers met. The leaders agreed not to deploy missiles near the border.",
                        "JP", "The defence ministers met. The leaders agreed to refrain from deploying missiles near the "
                                + "border."),
                new Pair("not only but also",
                        "SG", "The ministers met in Singapore. The sides discussed not only trade but also maritime security.",
                        "VN", "The ministers met in Singapore. The sides discussed maritime security."),
                new Pair("no date set vs agreed to hold talks",
                        "RS", "The negotiators met in Brussels. The ministers agreed to hold a new round of talks.",
                        "XK", "The negotiators met in Brussels. No date has been set for the new round of talks."),
                new Pair("denial of a different nuclear matter",
                        "FR", "The Director General met the Foreign Minister. Iran agreed to allow inspectors at Natanz.",
                        "IR", "The Foreign Minister met the Director General. Iran did not agree to any limits on "
                                + "enrichment."),
                new Pair("discussed vs no decision taken",
                        "CZ", "The prime ministers met in Prague. The sides discussed a possible state visit.",
                        "AT", "The prime ministers met in Prague. No decision on the visit was taken."),
                new Pair("no doubt is not a denial",
                        "KZ", "The presidents met in Astana. The President said there was no doubt that cooperation on "
                                + "energy will continue.",
                        "UZ", "The presidents met in Astana. The leaders agreed to continue cooperation on energy."),
                new Pair("no alternative is not a denial",
                        "EG", "The ministers met in Cairo. The sides agreed there is no alternative to a political "
                                + "settlement in Sudan.",
                        "SA", "The ministers met in Cairo. The sides discussed a political settlement in Sudan."),
                new Pair("conditional refusal vs discussion of truce",
                        "QA", "The mediators met in Doha. The parties discussed extending the truce.",
                        "IL", "The Prime Minister's Office said Israel will not accept a truce without the return of all "
                                + "hostages, adding that the parties discussed extending the truce."),
                new Pair("denial of a rumour neither reports, both affirm talks",
                        "IN", "The ministers met in New Delhi. They discussed defence procurement.",
                        "FR", "The ministers met in New Delhi. They discussed defence procurement. Reports of a fighter jet "
                                + "deal being signed are premature."),
                new Pair("routine tone difference",
                        "DE", "The talks were constructive. The ministers discussed climate finance.",
                        "BR", "The talks were frank. The ministers discussed climate finance."),
                new Pair("not discussed in detail",
                        "NO", "The ministers met in Oslo. They discussed fisheries quotas.",
                        "IS", "The ministers met in Oslo. They discussed fisheries quotas, although these were not "
                                + "discussed in detail."),
                new Pair("no objections is not a denial",
                        "LV", "The ministers met in Riga. Latvia raised no objections to the new rail route.",
                        "LT", "The ministers met in Riga. The ministers discussed the new rail route."),
                new Pair("denial about a third country",
                        "US", "The Secretary met the Indian minister. The ministers discussed oil imports from Russia.",
                        "IN", "The minister met the Secretary. India has not stopped oil imports from Russia, the minister "
                                + "said, and the two discussed energy."),
                new Pair("rejected something else",
                        "EG", "The mediators met in Cairo. Hamas accepted the proposal for a phased ceasefire.",
                        "QA", "The mediators met in Cairo. Israel rejected the request to reopen the Rafah crossing."),
                new Pair("standing welcome in the present is not a report of the meeting",
                        "US", "The Secretary met the Norwegian Defence Minister. The United States welcomes Norway's "
                                + "commitment to NATO and to defence spending.",
                        "NO", "The Defence Minister received the Secretary. The stationing of additional American fighter "
                                + "jets at Bodo was not raised."),
                new Pair("welcomed another matter of the same topic",
                        "US", "The Secretary met the Norwegian Defence Minister. The Secretary welcomed Norway's plan to "
                                + "increase its defence spending next year.",
                        "NO", "The Defence Minister received the Secretary. The stationing of additional American fighter "
                                + "jets at Bodo was not raised."),
                new Pair("crossing only discussed vs no change in its status",
                        "EE", "The ministers met in Tallinn. The ministers discussed the situation at the Narva border "
                                + "crossing.",
                        "LV", "The ministers met in Tallinn. There has been no change in the status of the Narva crossing."),
                new Pair("matter inside an exclusive agenda",
                        "TR", "The presidents spoke by telephone. The leaders discussed trade and investment, including "
                                + "new customs procedures for trade and investment.",
                        "RU", "The presidents had a telephone conversation. The conversation focused exclusively on trade "
                                + "and investment."),
                new Pair("focused on without exclusively",
                        "TR", "The presidents spoke by telephone. The two leaders also discussed steps towards a lasting "
                                + "ceasefire in the region.",
                        "RU", "The presidents had a telephone conversation. The conversation focused on trade and "
                                + "investment."),
                new Pair("asked about a schedule, no denial",
                        "EE", "The ministers met in Tallinn. The Prime Minister will travel to Tartu on Thursday.",
                        "LV", "The ministers met in Tallinn. Asked about the Prime Minister's schedule, the spokesperson "
                                + "said he would travel to Tartu on Thursday."),
                new Pair("verdict on a report nobody made",
                        "EE", "The ministers met in Tallinn. The ministers discussed fisheries in the Gulf of Riga.",
                        "LV", "The ministers met in Tallinn. The claim that a meeting of the delegations was being "
                                + "prepared in Riga does not correspond to reality."));
    }
}
