package io.crosscheck.detect;

import io.crosscheck.avro.AlertKind;
import io.crosscheck.detect.ReadoutPairs.Pair;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A phrasing bank for STATUS, text to findings: pairs of short readout extracts (a line or two of boilerplate around
 * the sentence that matters) where one readout calls a matter agreed, signed or decided and the other has it proposed,
 * under study, still being negotiated, conditional, rejected or agreed only in principle; and pairs a journalist would
 * not flag (both give the same status, one is silent on status, or the open matter is a different one on the same
 * topic). Written independently of the dev sets and of the rule code, to measure how STATUS generalises.
 */
class StatusPhrasingBankTest {

    private static List<AlertKind> kinds(Pair p) {
        return ReadoutPairs.kinds(p, "Ministry of Foreign Affairs of ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flagged")
    void shouldReportStatusWhenOneReadoutSettlesWhatTheOtherLeavesOpen(Pair p) {
        assertThat(kinds(p)).contains(AlertKind.STATUS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notFlagged")
    void shouldStaySilentWhenTheReadoutsDoNotDisagreeOnStatus(Pair p) {
        assertThat(kinds(p)).doesNotContain(AlertKind.STATUS);
    }

    static Stream<Pair> flagged() {
        return Stream.of(
                new Pair("protocol signed vs only initialled, beside an unrelated briefing on the same broad topic",
                        "MD", "The ministers signed the protocol on the demarcation of the state border along the Dniester "
                                + "section.",
                        "UA", "The heads of the expert groups initialled the draft protocol on the demarcation of the "
                                + "border along the Dniester section. The Minister also informed his counterpart about the "
                                + "reconstruction of bridges in the liberated territories."),
                new Pair("border treaty signed vs initialled, beside an announced restoration of roads",
                        "KG", "The presidents signed the treaty on the delimitation of the state border in the Batken "
                                + "section.",
                        "TJ", "The delegations initialled the draft treaty on the delimitation of the border in the Batken "
                                + "section. The Government announced the repair of roads in the frontier territories."),
                new Pair("trade agreement signed vs still drafted",
                        "VN", "On 12 March, Minister of Industry and Trade Nguyen Van Binh received the Minister of Trade of "
                                + "the Republic of Korea in Hanoi. The two ministers signed an agreement on the mutual "
                                + "recognition of authorised economic operators. The Korean minister thanked Viet Nam for its "
                                + "warm hospitality.",
                        "KR", "Minister Park Jin-ho held talks with his Vietnamese counterpart in Hanoi on Tuesday. The two "
                                + "sides are still drafting an agreement on the mutual recognition of authorised economic "
                                + "operators and hope to finalise the text by the end of the year. Minister Park also visited "
                                + "a Korean industrial park in Bac Ninh."),
                new Pair("readmission agreement concluded vs negotiations continuing",
                        "IT", "The Minister of the Interior received his Tunisian counterpart in Rome. Italy and Tunisia "
                                + "have concluded a readmission agreement for irregular migrants. The Minister thanked the "
                                + "Tunisian authorities for their constructive cooperation.",
                        "TN", "The Minister of the Interior paid a working visit to Rome. Negotiations with the Italian side "
                                + "on a readmission agreement for irregular migrants are continuing. Tunisia reiterated its "
                                + "commitment to a comprehensive approach to migration."),
                new Pair("verification roadmap agreed vs proposed for consideration",
                        "IR", "The head of the Atomic Energy Organization received the Director General of the Agency in "
                                + "Tehran. The two sides agreed on a roadmap for the resumption of verification activities at "
                                + "the enrichment sites. Cooperation will continue on the basis of mutual respect.",
                        "XX", "The Director General concluded his visit to Tehran. He presented a proposed roadmap for the "
                                + "resumption of verification activities, which the Iranian authorities undertook to "
                                + "consider. He will report to the Board of Governors in June."),
                new Pair("humanitarian corridor agreed vs proposal under study",
                        "QA", "Thanks to Qatari mediation, the parties agreed to open a humanitarian corridor to evacuate "
                                + "civilians from the eastern districts of the city. Qatar will continue its efforts for a "
                                + "lasting peace.",
                        "SD", "The Government received a proposal from the mediators to open a humanitarian corridor from "
                                + "the eastern districts. It is studying the proposal and will respond in due course."),
                new Pair("joint patrols decided vs under consideration",
                        "ID", "The Minister of Defence hosted his Malaysian counterpart in Jakarta. The ministers decided to "
                                + "launch coordinated naval patrols in the Sulu Sea from next month.",
                        "MY", "The Defence Minister concluded a two-day visit to Indonesia. The possibility of coordinated "
                                + "naval patrols in the Sulu Sea is under consideration by both defence ministries."),
                new Pair("relations restored vs agreed only in principle",
                        "BH", "The foreign ministers met in Muscat. The two countries agreed to restore diplomatic relations "
                                + "and to reopen their embassies within two months.",
                        "QA", "The foreign ministers met in Muscat under Omani auspices. The two sides agreed in principle to "
                                + "restore diplomatic relations; the modalities, including the reopening of embassies, will "
                                + "be discussed at a further round."),
                new Pair("tranche approved vs subject to conditions",
                        "LK", "The Ministry of Finance welcomes the decision of the Executive Board. The Board has approved "
                                + "the release of the second tranche of the extended fund facility.",
                        "XX", "The staff team concluded its visit to Colombo. The release of the second tranche will be "
                                + "subject to the adoption of the revenue measures by Parliament and to Board approval."),
                new Pair("ceasefire extension agreed vs rejected",
                        "AM", "Following the talks, both sides agreed to extend the ceasefire along the border by thirty "
                                + "days. The Minister thanked the mediators.",
                        "AZ", "The delegation took part in the talks. The proposal to extend the ceasefire by thirty days was "
                                + "rejected by our delegation. Azerbaijan remains committed to a peace treaty."),
                new Pair("visa exemption agreed (Q&A) vs possible and to be studied",
                        "CN", "Question: Was anything agreed on visas during the foreign minister's visit? Answer: Yes. The "
                                + "two sides agreed to mutually exempt holders of ordinary passports from visa requirements. "
                                + "This will facilitate exchanges between our peoples.",
                        "TH", "The Minister of Foreign Affairs received the Chinese Foreign Minister. The ministers exchanged "
                                + "views on a possible mutual visa exemption for holders of ordinary passports, which will "
                                + "require further study by the relevant agencies."),
                new Pair("import ban lifted by decision vs remains under discussion",
                        "PL", "The Council of Ministers met today. The Government decided to lift the ban on imports of "
                                + "Ukrainian grain from 1 May.",
                        "UA", "The Minister of Agrarian Policy spoke with his Polish counterpart. The lifting of the ban on "
                                + "grain imports remains under discussion with the Polish side."),
                new Pair("prisoner exchange agreed vs details still being worked out",
                        "RU", "The delegations met in Istanbul. The parties agreed on an exchange of prisoners of war on a "
                                + "two hundred for two hundred basis.",
                        "UA", "Our delegation took part in the meeting in Istanbul. The details of a possible exchange of "
                                + "prisoners of war are still being worked out through the mediators."),
                new Pair("summit venue agreed vs not yet decided",
                        "FR", "The President spoke with the Prime Minister of Portugal. The leaders agreed to hold the next "
                                + "bilateral summit in Lisbon in October.",
                        "PT", "The Prime Minister spoke with the President of France. The venue and date of the next "
                                + "bilateral summit have not yet been decided."),
                new Pair("water commission established vs idea put forward",
                        "KG", "The presidents held talks in Bishkek. The presidents decided to establish a joint commission "
                                + "on the management of transboundary rivers.",
                        "KZ", "The Head of State paid a state visit to Kyrgyzstan. The President proposed establishing a "
                                + "joint commission on the management of transboundary rivers, and the Kyrgyz side promised to "
                                + "examine the idea."),
                new Pair("restructuring signed vs agreement in principle",
                        "ZM", "The Ministry of Finance announces that Zambia and its official creditors signed the debt "
                                + "restructuring agreement today in Lusaka.",
                        "CN", "The official creditor committee reached an agreement in principle with Zambia on the debt "
                                + "restructuring. A final agreement will be signed after the technical work is complete."),
                new Pair("launch notification extended vs proposed, answer awaited",
                        "KR", "The two delegations agreed to extend the notification regime for missile launches. The talks "
                                + "were held in a frank atmosphere.",
                        "JP", "Our delegation proposed extending the notification regime for missile launches. The other "
                                + "side will give its answer after consultations in its capital."),
                new Pair("monitoring mechanism agreed vs conditional acceptance",
                        "XX", "The envoy briefed the press after the talks. Both parties agreed to a ceasefire monitoring "
                                + "mechanism led by the regional organisation.",
                        "ET", "The delegation returned from the talks. Ethiopia is ready to accept a ceasefire monitoring "
                                + "mechanism, provided that the other side first withdraws its forces."),
                new Pair("reconstruction fund launched vs still under study",
                        "AE", "The ministers launched a joint fund for the reconstruction of the port of Berbera. The fund "
                                + "will be managed by a joint committee.",
                        "SO", "The Minister received the Emirati delegation. The establishment of a joint fund for the "
                                + "reconstruction of the port of Berbera is still under study."));
    }

    static Stream<Pair> notFlagged() {
        return Stream.of(
                new Pair("repair announced vs ceasefire for as long as the repair lasts",
                        "RS", "I can confirm that repair work on the damaged bridge over the river will begin next week.",
                        "XX", "Under the arrangement, all shelling around the damaged bridge over the river is to stop for as "
                                + "long as the repair work lasts."),
                new Pair("both agreed, different words",
                        "AM", "The ministers agreed to resume direct flights between Yerevan and Ankara.",
                        "TR", "An agreement was reached to restart direct air services between the two capitals."),
                new Pair("both still studying",
                        "MY", "The ministers discussed a proposed high-speed rail link, which remains under study.",
                        "SG", "The high-speed rail link was discussed; both sides will continue to study the proposal."),
                new Pair("agreed crossing vs a different project under study",
                        "JO", "The ministers agreed to open a new border crossing at Tal Shihab for commercial trucks.",
                        "SY", "The construction of a second bridge across the Yarmouk river is still under study."),
                new Pair("signed vs merely touched on",
                        "PT", "The ministers signed the convention on the avoidance of double taxation.",
                        "AO", "The ministers also touched on the double taxation convention and other economic matters."),
                new Pair("signed vs signed, implementation to be discussed",
                        "NG", "The sides signed an agreement on energy cooperation during the visit.",
                        "MA", "The sides signed an energy cooperation agreement and agreed to continue discussions on its "
                                + "implementation."),
                new Pair("agreed summit vs different proposal",
                        "SD", "The leaders agreed to hold the next tripartite summit in Cairo.",
                        "EG", "Egypt proposed holding a ministerial meeting on water security later this year."),
                new Pair("vague cooperation on both sides",
                        "UG", "The two countries agreed to strengthen cooperation in agriculture.",
                        "RW", "Further cooperation in agriculture, health and education was discussed."),
                new Pair("denial of a matter nobody reported",
                        "DJ", "The ministers agreed on a joint plan for the rehabilitation of the port of Djibouti.",
                        "ET", "Contrary to some media reports, no agreement has been reached on the deployment of foreign "
                                + "troops."),
                new Pair("both conditional",
                        "AR", "Argentina is ready to sign the agreement once the environmental annex is finalised.",
                        "UY", "The agreement will be signed after the environmental annex is completed."),
                new Pair("old agreement reaffirmed vs implementation discussed",
                        "TJ", "The presidents reaffirmed the border agreement signed in 2019.",
                        "KG", "The implementation of the 2019 border agreement is still being discussed by the working "
                                + "groups."),
                new Pair("agreed to continue negotiations vs negotiations will continue",
                        "GB", "The two sides agreed to continue negotiations on the free trade agreement.",
                        "IN", "Negotiations on the free trade agreement will continue next month in New Delhi."),
                new Pair("agreed to study vs under study",
                        "AZ", "The ministers agreed to study the possibility of a joint gas pipeline.",
                        "GE", "The construction of a joint gas pipeline is under study."),
                new Pair("decision taken vs welcomed the decision",
                        "XX", "The Council decided to extend the mandate of the mission for one year.",
                        "ML", "The Government welcomed the decision of the Council to extend the mandate of the mission."),
                new Pair("agreed one point, another point open",
                        "PH", "The two sides agreed to set up a hotline between their coast guards. Other issues, including "
                                + "fishing rights, remain under discussion.",
                        "VN", "The coast guards will set up a hotline. The question of fishing rights is still being "
                                + "discussed."));
    }
}
