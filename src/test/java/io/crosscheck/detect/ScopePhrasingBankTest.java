package io.crosscheck.detect;

import io.crosscheck.avro.AlertKind;
import io.crosscheck.detect.ReadoutPairs.Pair;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SCOPE from readout text to findings, on phrasings written for this bank (not taken from the labelled sets): pairs a
 * journalist would flag because the two readouts give the same action a different coverage (places, sectors,
 * categories, "all" against a part, an exception only one side states, a time window), and near-misses she would
 * not flag (a general word against an example it covers, a vague against a precise wording of the same coverage,
 * agenda items or participants rather than coverage, a total against its parts, different actions with their own
 * coverage).
 */
class ScopePhrasingBankTest {

    private static List<AlertKind> kinds(Pair p) {
        return ReadoutPairs.kinds(p, "Issuer of ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("differentCoverage")
    void shouldReportScopeWhenTheSameActionCoversDifferentGround(Pair pair) {
        assertThat(kinds(pair)).contains(AlertKind.SCOPE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sameOrUnrelatedCoverage")
    void shouldStaySilentOnNearMissesAJournalistWouldNotCallAScopeDifference(Pair pair) {
        assertThat(kinds(pair)).doesNotContain(AlertKind.SCOPE);
    }

    static Stream<Pair> differentCoverage() {
        return Stream.of(
                new Pair("strike halt: energy facilities and ports vs energy facilities",
                        "UA", "The two delegations met in Riyadh on Sunday. The sides agreed to halt strikes on energy "
                                + "facilities and seaports for thirty days. Ukraine remains committed to a just peace.",
                        "RU", "Russian and Ukrainian representatives held consultations in Riyadh. The parties agreed to "
                                + "halt strikes on energy facilities for thirty days."),
                new Pair("all border crossings vs one named crossing",
                        "AM", "The prime ministers spoke by telephone. They agreed to reopen all border crossings between "
                                + "the two countries by the end of the month.",
                        "TR", "During the telephone conversation, the leaders agreed to reopen the Margara border "
                                + "crossing by the end of the month."),
                new Pair("safe passage in two seas vs one",
                        "TR", "Ankara hosted a round of talks on maritime security. The parties agreed to guarantee safe "
                                + "passage for commercial vessels in the Black Sea and the Sea of Azov.",
                        "RU", "At the talks in Ankara the sides agreed to guarantee safe passage for commercial vessels "
                                + "in the Black Sea."),
                new Pair("inspectors at all declared sites vs two named sites",
                        "AT", "The Director General met the Iranian foreign minister in Vienna. Iran agreed to give "
                                + "inspectors access to all declared nuclear sites.",
                        "IR", "In the meeting with the Director General, Iran agreed to give inspectors access to the "
                                + "Natanz and Fordow sites."),
                new Pair("exchange of all prisoners of war vs wounded prisoners",
                        "UA", "The Coordination Headquarters reports that the parties agreed to exchange all prisoners "
                                + "of war.",
                        "RU", "The Ministry of Defence reports that an agreement was reached to exchange wounded "
                                + "prisoners of war."),
                new Pair("fishing ban with an exception vs without",
                        "NO", "The fisheries ministers met in Bergen. The seasonal ban will apply to all fishing vessels "
                                + "except those under twelve metres.",
                        "FO", "The ministers agreed in Bergen that the seasonal ban will apply to all fishing vessels."),
                new Pair("ceasefire in three regions vs one",
                        "UA", "The President said the ceasefire will apply in the Donetsk, Luhansk and Zaporizhzhia "
                                + "regions.",
                        "RU", "The Kremlin spokesman said the ceasefire will apply in the Donetsk region."),
                new Pair("amnesty for political prisoners only vs all detainees",
                        "VE", "The Government announced an amnesty covering only political prisoners.",
                        "US", "The State Department welcomed the announcement of an amnesty covering all detainees."),
                new Pair("agreement on goods and services vs goods",
                        "AU", "The trade ministers concluded negotiations on a free trade agreement covering goods and "
                                + "services.",
                        "ID", "The ministers concluded negotiations on a free trade agreement covering goods."),
                new Pair("access to three ports vs one",
                        "UA", "The parties agreed to guarantee access for grain ships to the ports of Odesa, Chornomorsk "
                                + "and Pivdennyi.",
                        "TR", "The parties agreed to guarantee access for grain ships to the port of Odesa."),
                new Pair("study of both a pipeline and a cable vs study of the pipeline",
                        "EU", "The ministers met in Baku. The Commission will fund a feasibility study covering both an "
                                + "oil pipeline and a power cable under the sea.",
                        "AZ", "The ministers met in Baku and agreed to launch a feasibility study of the oil pipeline."),
                new Pair("release including all politicians vs political prisoners not included",
                        "YE", "The parties agreed to release 900 prisoners, including all politicians and journalists.",
                        "UN", "The parties agreed to release 900 prisoners. Political detainees and journalists are not "
                                + "included in this first exchange."),
                new Pair("sanctions on all banks vs banks except energy payments",
                        "EU", "The Council adopted sanctions on all Russian banks.",
                        "HU", "The Council adopted sanctions on Russian banks, except those handling energy payments."));
    }

    static Stream<Pair> sameOrUnrelatedCoverage() {
        return Stream.of(
                new Pair("both sides in one, a study of the pipeline in both",
                        "EU", "Both sides and their partners agreed to fund a feasibility study of the oil pipeline.",
                        "AZ", "The parties agreed to fund a feasibility study of the oil pipeline."),
                new Pair("both a pipeline and a cable, the other names both elsewhere",
                        "EU", "The Commission will fund a feasibility study covering both an oil pipeline and a power cable.",
                        "AZ", "The Commission will fund a feasibility study of the oil pipeline. A power cable is also "
                                + "under consideration."),
                new Pair("investments in infrastructure and clean energy, worded apart",
                        "GB", "The Prime Minister welcomed the Fund's commitment of 1.5 billion pounds to UK "
                                + "infrastructure and clean energy projects.",
                        "SA", "The Fund's investments of 1,500 million pounds sterling in infrastructure and clean energy "
                                + "projects in the United Kingdom were noted."),
                new Pair("general word vs the examples it covers",
                        "UA", "The sides agreed to halt strikes on energy infrastructure for thirty days.",
                        "RU", "The sides agreed to halt strikes on energy infrastructure, including power plants and "
                                + "substations, for thirty days."),
                new Pair("sanctions relief on farm products vs such as grain",
                        "US", "The United States will ease sanctions on agricultural products.",
                        "RU", "The American side will ease sanctions on agricultural products such as grain and "
                                + "fertiliser."),
                new Pair("agenda lists differ",
                        "FR", "The ministers discussed trade, energy and security. They agreed to meet again in "
                                + "autumn.",
                        "DE", "The ministers discussed trade and energy. They agreed to meet again in autumn."),
                new Pair("participants listed vs grouped",
                        "EE", "The defence ministers of Estonia, Latvia and Lithuania met in Tallinn.",
                        "LT", "The Baltic defence ministers met in Tallinn."),
                new Pair("total vs its parts",
                        "JP", "Japan will provide humanitarian aid covering food and medicine.",
                        "PH", "Japan will provide food aid and medical supplies."),
                new Pair("different actions with their own coverage",
                        "US", "The sides agreed to halt strikes on energy infrastructure. They also agreed to begin "
                                + "talks on a maritime ceasefire in the Black Sea.",
                        "RU", "The parties agreed to a halt on attacks against energy infrastructure."),
                new Pair("paraphrase of the same sector",
                        "SA", "The parties agreed to stop attacks on energy facilities.",
                        "UA", "The parties agreed to stop attacks on energy infrastructure."),
                new Pair("same ports in another order",
                        "UA", "Grain ships will have access to the ports of Odesa and Chornomorsk.",
                        "TR", "Grain ships will have access to the Chornomorsk and Odesa ports."),
                new Pair("all crossings vs every crossing point",
                        "AM", "The leaders agreed to reopen all border crossings.",
                        "TR", "The leaders agreed to reopen every crossing point on the border."),
                new Pair("vague vs precise place",
                        "FR", "The ministers discussed the security situation in the region.",
                        "ML", "The ministers discussed the security situation in the Sahel."),
                new Pair("situation in three countries vs two",
                        "EG", "The foreign ministers exchanged views on the situation in Syria, Lebanon and Iraq.",
                        "JO", "The ministers exchanged views on the situation in Syria and Lebanon."),
                new Pair("civilian infrastructure vs including hospitals",
                        "SD", "Both parties committed to protect civilian infrastructure.",
                        "US", "Both parties committed to protect civilian infrastructure, including hospitals and "
                                + "schools."),
                new Pair("cooperation areas listed differently",
                        "KZ", "The presidents agreed to expand cooperation in agriculture, energy and digital "
                                + "technology.",
                        "UZ", "The presidents agreed to expand cooperation in agriculture and energy."),
                new Pair("tariffs on steel vs quotas on aluminium",
                        "GB", "The United Kingdom will lift tariffs on steel.",
                        "IN", "India will raise quotas for aluminium."),
                new Pair("both say only the same sector",
                        "RU", "The moratorium covers only energy facilities.",
                        "US", "The moratorium covers energy facilities only."),
                new Pair("by year end vs by December",
                        "NO", "The pipeline will resume operation by the end of the year.",
                        "DK", "The pipeline will resume operation by December."),
                new Pair("ceasefire vague vs dated",
                        "AZ", "The sides agreed on a ceasefire.",
                        "AM", "The sides agreed on a ceasefire along the entire border starting at midnight."),
                new Pair("regional list of a ministerial vs its communique",
                        "IT", "Ministers from Italy, Greece, Cyprus and Malta discussed migration in the Mediterranean.",
                        "MT", "Ministers from Italy, Greece and Malta discussed migration in the Mediterranean."),
                new Pair("aid to Gaza and the West Bank vs separate announcements",
                        "EU", "The Commission announced humanitarian aid for Gaza. It also announced support for the "
                                + "Palestinian Authority in the West Bank.",
                        "PS", "The Commission announced humanitarian aid for Gaza."),
                new Pair("investment in ports and railways vs transport infrastructure",
                        "CN", "China will invest in ports and railways in Kenya.",
                        "KE", "China will invest in transport infrastructure in Kenya."));
    }
}
