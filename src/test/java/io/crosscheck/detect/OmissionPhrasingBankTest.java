package io.crosscheck.detect;

import io.crosscheck.avro.AlertKind;
import io.crosscheck.avro.Statement;
import io.crosscheck.claims.TestStatements;
import io.crosscheck.claims.TextClaimExtractor;
import io.crosscheck.config.DetectionSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OMISSION from readout text to findings, on pairs written in the style of ministries, agencies and spokesperson
 * answers (not taken from the labelled sets). Each pair is two readouts of one meeting by different issuers.
 *
 * <p>Flagged pairs: the first readout carries a demand, a red line or condition, a commitment, a figure or a named
 * action agreed, and the second readout, which covers the same meeting in some detail, says nothing of it. The
 * finding must name the first readout as the one making the point.
 *
 * <p>Silent pairs: the point is routine (courtesies, background, a side's own talking points, appeals to third
 * parties, "exchanged views"), the other readout carries it in other words, or the other readout is too short to be
 * expected to carry it. On the last: a journalist does not hold a one-paragraph agency note ("met ... and discussed
 * bilateral ties, the ministry said") or a spokesperson's answer to a question on one subject against a full readout;
 * she notes that the other side has not published its account, which is not a contradiction.
 */
class OmissionPhrasingBankTest {

    private static TextClaimExtractor extractor;
    private static Detector detector;

    @BeforeAll
    static void load() {
        extractor = TextClaimExtractor.createDefault();
        // The banks test what the rules read and compare; the calibration on top of them is measured on data instead.
        detector = Detector.withDefaultRules(DetectionSettings.defaults(), extractor.analyzer(), extractor.tagger(),
                ConfidenceCalibration.none());
    }

    private static List<Finding> omissions(Arguments pair) {
        final Object[] p = pair.get();
        final Statement a = withClaims(TestStatements.of("a", (String) p[1], (String) p[0], (String) p[2]));
        final Statement b = withClaims(TestStatements.of("b", (String) p[4], (String) p[3], (String) p[5]));
        return detector.detect(a, b).stream().filter(f -> f.kind() == AlertKind.OMISSION).toList();
    }

    private static Statement withClaims(Statement s) {
        return Statement.newBuilder(s).setClaims(extractor.extract(s)).build();
    }

    @ParameterizedTest(name = "{index}: {1} makes a point {4} leaves out")
    @MethodSource("flagged")
    void shouldReportThePointTheSecondReadoutLeavesOut(String countryA, String issuerA, String textA,
                                                       String countryB, String issuerB, String textB) {
        final List<Finding> found = omissions(Arguments.of(countryA, issuerA, textA, countryB, issuerB, textB));
        assertThat(found).as("OMISSION made by a, left out by b")
                .anySatisfy(f -> assertThat(f.first().getStatementId()).isEqualTo("a"));
    }

    @ParameterizedTest(name = "{index}: {1} / {4} silent")
    @MethodSource("silent")
    void shouldStaySilentOnRoutineParaphrasedOrUnexpectedPoints(String countryA, String issuerA, String textA,
                                                                String countryB, String issuerB, String textB) {
        assertThat(omissions(Arguments.of(countryA, issuerA, textA, countryB, issuerB, textB))).isEmpty();
    }

    static Stream<Arguments> flagged() {
        return Stream.of(
                // a precondition on the deal, given in a minister's answer at a press conference whose questions name the outlet
                Arguments.of("HN", "Ministry of Foreign Affairs of Honduras",
                        "Tegucigalpa, 3 May 2026. Transcript of the press conference of the Minister of Foreign Affairs.\n\n"
                                + "MINISTER: Good afternoon. Today we signed with Spain an agreement on seasonal work for Honduran "
                                + "farm workers. We also talked about investment and security.\n\nQ (La Prensa): How many workers "
                                + "will travel? MINISTER: Some 2,000 workers in the first season.\n\nQ (EFE): When will it come into "
                                + "force? MINISTER: The agreement will enter into force only after it has been approved by the "
                                + "National Congress. We will send it to Congress next week.",
                        "ES", "Ministerio de Asuntos Exteriores de Espana",
                        "The Minister of Foreign Affairs signed today in Tegucigalpa an agreement with Honduras on seasonal "
                                + "work, under which some 2,000 Honduran farm workers will travel to Spain in the first season. The "
                                + "ministers also discussed investment and security cooperation."),
                // a demand (detained nationals)
                Arguments.of("LT", "Ministry of Foreign Affairs of Lithuania",
                        "Foreign Minister Dalia Vaitkute met Belarusian Foreign Minister Sergei Alenik in Vilnius on Tuesday. "
                                + "The ministers discussed border management and the resumption of cross-border freight. "
                                + "Minister Vaitkute demanded the immediate release of the three Lithuanian truck drivers detained in Grodno.",
                        "BY", "Ministry of Foreign Affairs of Belarus",
                        "Foreign Minister Sergei Alenik held talks with Lithuanian Foreign Minister Dalia Vaitkute in Vilnius. "
                                + "The parties discussed border management and the resumption of cross-border freight, "
                                + "and agreed to keep the border commission working."),
                // a red line as a precondition (nuclear)
                Arguments.of("IR", "Ministry of Foreign Affairs of Iran",
                        "Deputy Foreign Minister Kazem Rahbari held a new round of talks with the political directors of France, "
                                + "Germany and the United Kingdom in Geneva. He stressed that no agreement is possible unless all "
                                + "sanctions imposed since 2018 are lifted first.",
                        "DE", "German Federal Foreign Office",
                        "The political directors of France, Germany and the United Kingdom met Iranian Deputy Foreign Minister "
                                + "Kazem Rahbari in Geneva. They discussed Iran's nuclear programme and the state of its cooperation "
                                + "with the International Atomic Energy Agency, and agreed to meet again next month."),
                // a demand (migration)
                Arguments.of("IT", "Ministero dell'Interno",
                        "Interior Minister Carlo Bellandi met Tunisian Interior Minister Kamel Feriani in Tunis. Minister Bellandi "
                                + "asked the Tunisian authorities to step up coast guard patrols off Sfax and to accept the return "
                                + "of Tunisian nationals with final expulsion orders.",
                        "TN", "Tunisian Ministry of the Interior",
                        "Interior Minister Kamel Feriani received his Italian counterpart Carlo Bellandi. The talks dealt with "
                                + "security cooperation, training programmes for police officers and investment in the southern "
                                + "governorates."),
                // an agreed exchange with a figure
                Arguments.of("TR", "Republic of Turkiye Ministry of Foreign Affairs",
                        "The delegations of Azerbaijan and Armenia met in Istanbul under Turkish facilitation. The parties agreed "
                                + "to exchange 32 detainees each before the end of the month.",
                        "AM", "Ministry of Foreign Affairs of Armenia",
                        "The Armenian delegation took part in talks with Azerbaijan in Istanbul. The sides discussed border "
                                + "delimitation and transport links and agreed to meet again."),
                // a red line (foreign troops)
                Arguments.of("MD", "Presidency of the Republic of Moldova",
                        "President Elena Rusu received the OSCE Special Representative in Chisinau. She made clear that Moldova "
                                + "will not accept the presence of any foreign troops on its territory in a settlement.",
                        "OSCE", "OSCE Mission to Moldova",
                        "The Special Representative of the OSCE Chairperson-in-Office met President Elena Rusu in Chisinau. "
                                + "They discussed the settlement process, freedom of movement and the situation of schools using "
                                + "Latin script."),
                // an agreed named action (inspector access)
                Arguments.of("IAEA", "International Atomic Energy Agency",
                        "Director General Rafael Moreno met the head of the Atomic Energy Organization of Iran in Tehran. Iran "
                                + "agreed to allow agency inspectors to reinstall surveillance cameras at the Isfahan workshop.",
                        "IR", "Atomic Energy Organization of Iran",
                        "The head of the Atomic Energy Organization of Iran received the Director General of the agency in "
                                + "Tehran. The two sides discussed their cooperation within the framework of the safeguards agreement."),
                // a condition (payment terms)
                Arguments.of("RU", "Ministry of Energy of Russia",
                        "Energy Minister Pavel Orlov met Hungary's Minister of Foreign Affairs in Moscow. Russia will continue gas "
                                + "deliveries through TurkStream only if payments are made in roubles.",
                        "HU", "Hungarian Ministry of Foreign Affairs and Trade",
                        "The Minister of Foreign Affairs and Trade met the Russian Energy Minister in Moscow. They discussed the "
                                + "security of energy supply and the Paks nuclear project."),
                // a commitment (deportees)
                Arguments.of("US", "U.S. Department of Homeland Security",
                        "Secretary Laura Pike met President Ana Morales in Guatemala City. Guatemala agreed to receive up to "
                                + "300 deported migrants a week on flights from Texas.",
                        "GT", "Government of Guatemala",
                        "President Ana Morales received the U.S. Secretary of Homeland Security at the National Palace. The "
                                + "talks focused on migration, regional security and investment."),
                // a step barred until another is done ("will not ... before ... has been")
                Arguments.of("AM", "Ministry of Foreign Affairs of Armenia",
                        "Foreign Minister Aram Petrosyan met the Foreign Minister of Azerbaijan in Tbilisi. The ministers discussed "
                                + "the opening of transport links. Armenia stated that its border posts will not be moved before the "
                                + "demarcation of the relevant section of the boundary has been completed.",
                        "AZ", "Ministry of Foreign Affairs of Azerbaijan",
                        "Foreign Minister Elnur Mammadov met the Armenian Foreign Minister in Tbilisi. The sides discussed the "
                                + "opening of transport links and the exchange of prisoners.")
        );
    }

    static Stream<Arguments> silent() {
        return Stream.of(
                // courtesies
                Arguments.of("KZ", "Ministry of Foreign Affairs of Kazakhstan",
                        "Foreign Minister Arman Zhaksylyk met the Foreign Minister of Uzbekistan in Astana. The ministers agreed to "
                                + "open a new border crossing at Zhibek Zholy. Minister Zhaksylyk thanked his colleague for the warm "
                                + "hospitality extended during his previous visit and conveyed greetings from the President.",
                        "UZ", "Ministry of Foreign Affairs of Uzbekistan",
                        "Foreign Minister Bakhtiyor Saidov held talks with his Kazakh counterpart in Astana. The two sides agreed to "
                                + "open a new border crossing at Zhibek Zholy."),
                // background history
                Arguments.of("SN", "Government of Senegal",
                        "President Amadou Fall received the Prime Minister of Mauritania in Dakar. Diplomatic relations between "
                                + "the two countries were established in 1960, and they share a 813-kilometre border along the river. "
                                + "The leaders agreed to start production at the offshore gas field by June.",
                        "MR", "Mauritanian News Agency",
                        "The Prime Minister held talks with President Amadou Fall in Dakar. The two sides agreed to start "
                                + "production at the offshore gas field by June."),
                // a side's own talking points
                Arguments.of("PL", "Chancellery of the Prime Minister of Poland",
                        "Prime Minister Adam Kowal met the Prime Minister of Slovakia in Warsaw. The Prime Minister presented the "
                                + "achievements of the Polish presidency and the government's plan to modernise the railways. The two "
                                + "prime ministers agreed to build a rail link between Krakow and Kosice.",
                        "SK", "Government Office of the Slovak Republic",
                        "Prime Minister Juraj Blaho met his Polish counterpart in Warsaw. The prime ministers agreed to build a "
                                + "rail link between Krakow and Kosice."),
                // appeals to third parties
                Arguments.of("EG", "Ministry of Foreign Affairs of Egypt",
                        "Foreign Minister Hany Rashad received the Jordanian Foreign Minister in Cairo. The two ministers called "
                                + "on the international community to shoulder its responsibilities and urged all parties to exercise "
                                + "maximum restraint. They agreed to convene the joint committee in Amman in May.",
                        "JO", "Ministry of Foreign Affairs of Jordan",
                        "Deputy Prime Minister and Foreign Minister Samir Haddad held talks with his Egyptian counterpart in Cairo. "
                                + "They agreed to convene the joint committee in Amman in May."),
                // exchanged views
                Arguments.of("ID", "Ministry of Foreign Affairs of Indonesia",
                        "Foreign Minister Retno Wulan met the Foreign Minister of Brazil in Jakarta. The ministers exchanged views "
                                + "on regional and international issues of mutual interest, including the situation in the Middle "
                                + "East. They signed a memorandum on biofuel cooperation.",
                        "BR", "Ministry of Foreign Affairs of Brazil",
                        "Foreign Minister Joao Amaral met his Indonesian counterpart in Jakarta, where they signed a memorandum "
                                + "of understanding on biofuel cooperation."),
                // paraphrase of an agreed body
                Arguments.of("KG", "Ministry of Foreign Affairs of Kyrgyzstan",
                        "The delegations met in Bishkek. The two sides agreed to set up a joint commission on the sharing of "
                                + "water from the Syr Darya.",
                        "TJ", "Ministry of Foreign Affairs of Tajikistan",
                        "The delegations held talks in Bishkek and decided to establish a bilateral committee to manage the "
                                + "shared waters of the Syr Darya."),
                // a general word for a specific one
                Arguments.of("NO", "Norwegian Ministry of Foreign Affairs",
                        "Minister of International Development Kari Lunde visited Amman. She announced 150 million kroner in "
                                + "humanitarian aid for Syrian refugees in Jordan.",
                        "JO", "Ministry of Planning and International Cooperation of Jordan",
                        "The Minister of Planning received Norwegian Development Minister Kari Lunde, who announced new "
                                + "humanitarian funding from Norway for Syrian refugees hosted by Jordan."),
                // agency one-paragraph note
                Arguments.of("TR", "Ministry of National Defence of Turkiye",
                        "Defence Minister Yusuf Kaya received the Defence Minister of Iraq in Ankara. Minister Kaya demanded that "
                                + "Baghdad close the PKK camps in the Makhmour area and hand over the militants sheltering there. "
                                + "The ministers also discussed the Development Road project and water sharing.",
                        "IQ", "Iraqi News Agency",
                        "Defence Minister Thabit al-Abbasi met his Turkish counterpart in Ankara on Monday, the ministry said."),
                // a spokesperson answer on one subject
                Arguments.of("JP", "Ministry of Foreign Affairs of Japan",
                        "Foreign Minister Hiroshi Tanabe held talks with the Foreign Minister of China in Tokyo. Minister Tanabe "
                                + "demanded the immediate release of the Japanese employee detained in Beijing, and the ministers "
                                + "agreed to resume imports of Japanese seafood.",
                        "CN", "Ministry of Foreign Affairs of China",
                        "Q: Will China resume imports of Japanese seafood? A: As Foreign Minister Wang told his Japanese "
                                + "counterpart in Tokyo, China will resume imports of seafood that passes its safety checks."),
                // the same figure in other order and voice
                Arguments.of("JP", "Japan International Cooperation Agency",
                        "JICA President Shinji Oda met the Finance Minister of Kenya in Nairobi. Japan will provide a loan of "
                                + "30 billion yen for the expansion of the port of Mombasa.",
                        "KE", "The National Treasury of Kenya",
                        "The Cabinet Secretary met the JICA President in Nairobi. The expansion of the port of Mombasa will be "
                                + "financed by a 30 billion yen loan from Japan."),
                // an agreed routine follow-up
                Arguments.of("CL", "Ministerio de Relaciones Exteriores de Chile",
                        "Foreign Minister Andres Vial met the Foreign Minister of Argentina in Santiago. They agreed to reopen the "
                                + "Cristo Redentor pass for freight at night. The ministers agreed to stay in close contact and to "
                                + "meet again at a mutually convenient date.",
                        "AR", "Cancilleria Argentina",
                        "The Foreign Minister met his Chilean counterpart in Santiago, and they agreed to reopen the Cristo "
                                + "Redentor pass to freight traffic at night."),
                // condolences
                Arguments.of("PK", "Ministry of Foreign Affairs of Pakistan",
                        "Foreign Minister Imran Siddiqi spoke by telephone with the Foreign Minister of Bangladesh. He expressed "
                                + "condolences over the loss of life in the floods. The ministers agreed to resume direct flights "
                                + "between Karachi and Dhaka in April.",
                        "BD", "Ministry of Foreign Affairs of Bangladesh",
                        "The Foreign Adviser received a telephone call from the Foreign Minister of Pakistan. The two agreed to "
                                + "resume direct flights between Karachi and Dhaka in April."),
                // a routine affirmation of support
                Arguments.of("FR", "Elysee",
                        "President Claire Dumas received the President of Ukraine at the Elysee. She reaffirmed France's unwavering "
                                + "support for the sovereignty and territorial integrity of Ukraine. France will deliver twelve "
                                + "Caesar howitzers by the summer.",
                        "UA", "Office of the President of Ukraine",
                        "The President met President Claire Dumas in Paris. France will deliver twelve Caesar howitzers by the summer."),
                // a background figure
                Arguments.of("TH", "Ministry of Commerce of Thailand",
                        "Commerce Minister Somchai Rattana met the Vice Minister of Commerce of China in Bangkok. Bilateral trade "
                                + "reached 105 billion dollars last year. The two sides agreed to open a green lane for durian "
                                + "exports at the Mohan border checkpoint.",
                        "CN", "Ministry of Commerce of China",
                        "Vice Minister Gao Jun held talks with Commerce Minister Somchai Rattana in Bangkok. The sides agreed to "
                                + "open a green lane at the Mohan checkpoint for durian exports."),
                // the host's offer of good offices
                Arguments.of("OM", "Ministry of Foreign Affairs of Oman",
                        "Oman hosted talks between delegations of the two countries in Muscat. Oman expressed its readiness to "
                                + "continue facilitating dialogue. The delegations agreed to release all detained fishermen.",
                        "YE", "Saba News Agency",
                        "The delegation concluded its talks in Muscat. The parties agreed to release all detained fishermen."),
                // a side's own rhetoric on how something must never be used
                Arguments.of("JO", "Ministry of Foreign Affairs of Jordan",
                        "The Minister received the Foreign Minister of Norway in Amman. The two ministers agreed to open a joint "
                                + "logistics hub in Aqaba. Jordan reaffirms its firm position in support of the refugees and stresses "
                                + "that food aid must never be used as a weapon of war.",
                        "NO", "Ministry of Foreign Affairs of Norway",
                        "The Foreign Minister visited Amman and met the Jordanian Foreign Minister. The ministers agreed to open a "
                                + "joint logistics hub in Aqaba."),
                // an appeal the reporting side has long made, recalled as background
                Arguments.of("IE", "Irish Times agency desk",
                        "The Taoiseach met the President of the European Commission in Brussels and agreed to speed up the "
                                + "payment of cohesion funds. Ireland has repeatedly called for the lifting of the tariffs on "
                                + "dairy exports.",
                        "EU", "European Commission",
                        "The President of the Commission met the Taoiseach in Brussels. They agreed to speed up the payment of "
                                + "cohesion funds."),
                // a spokesperson's briefing whose questions are labelled by outlet: its answers are the issuer's own line
                Arguments.of("CN", "Ministry of Foreign Affairs of China",
                        "Bloomberg: The Dutch Foreign Minister said yesterday that he raised concerns about export controls "
                                + "on gallium with the Chinese side during the talks in Beijing. What is your comment?\n\nSpokesperson: "
                                + "The two foreign ministers had an in-depth exchange of views on bilateral relations and practical "
                                + "cooperation. China firmly opposes and cracks down on all forms of hacking in accordance with the "
                                + "law.\n\nReuters: Will the Vice Premier attend the forum in Davos?\n\nSpokesperson: We will release "
                                + "information in due course.",
                        "NL", "Ministry of Foreign Affairs of the Netherlands",
                        "Today I met the Foreign Minister of China in Beijing. We discussed trade, the war in Ukraine and "
                                + "climate cooperation. I raised our concerns about Chinese export controls on gallium and germanium, "
                                + "which affect Dutch manufacturers. We agreed to hold the next round of the strategic dialogue in The "
                                + "Hague in the spring."),
                // a rule in force named by the noun 'requirement' is not a demand
                Arguments.of("EG", "Ministry of Foreign Affairs of Egypt",
                        "The Minister of Foreign Affairs received the Foreign Minister of Greece in Cairo. The two ministers "
                                + "reviewed bilateral relations and cooperation in energy and tourism. The Minister underlined that the "
                                + "procedures applied to ships transiting the Suez Canal, including the requirement to present valid "
                                + "safety certificates, remain in force and are applied to all vessels without exception.",
                        "GR", "Ministry of Foreign Affairs of Greece",
                        "The Foreign Minister met the Egyptian Foreign Minister in Cairo. They discussed cooperation in "
                                + "energy and tourism, and the Greek side confirmed that Greek merchant vessels will be exempt from "
                                + "additional inspections of their insurance papers at Port Said."),
                // a step made to wait on the side's own aims being met is a declaration of resolve
                Arguments.of("AM", "Government of Armenia",
                        "The Prime Minister received the delegation of the mediators in Yerevan. The parties discussed the "
                                + "humanitarian pause and the exchange of detainees. Armenia will not halt its operation until all of "
                                + "its objectives have been achieved, including the return of all detainees and the security of the "
                                + "border villages.",
                        "QA", "Ministry of Foreign Affairs of Qatar",
                        "The mediators met the Prime Minister of Armenia in Yerevan. The parties discussed the humanitarian "
                                + "pause, which will last ten days, and the exchange of detainees, which is to take place in two "
                                + "stages."),
                // that cooperation rest on mutual respect names no act: the issuer's rhetoric
                Arguments.of("DZ", "Presidency of Algeria",
                        "The President of the Republic received the French Minister of Foreign Affairs in Algiers. The "
                                + "President stressed that cooperation with France must be based on mutual respect and on full respect "
                                + "for the sovereignty of the Algerian state. The two sides agreed to resume the work of the joint "
                                + "economic committee.",
                        "FR", "Ministere de l'Europe et des Affaires etrangeres",
                        "The Minister was received in Algiers by the President of Algeria. The two sides agreed to resume the "
                                + "work of the joint economic committee and discussed the situation in the Sahel."),
                // that the other side should honour its commitments, none named, is rhetoric
                Arguments.of("CN", "Xinhua News Agency",
                        "Chinese Premier held a video call with the President of Brazil on Monday. Noting that the two trade "
                                + "teams have achieved positive results through consultations, he said China will import more Brazilian "
                                + "beef this year on market terms, and that Brazil should honour its own commitments. The two leaders "
                                + "also exchanged views on the BRICS summit.",
                        "BR", "Presidency of Brazil",
                        "President spoke by video with the Premier of China. The two leaders discussed trade in beef and "
                                + "soybeans and the preparations for the BRICS summit, and agreed that their ministers would meet in "
                                + "Brasilia next month."),
                // a demand the side says it still makes is a standing position
                Arguments.of("AZ", "President of Azerbaijan",
                        "Today 40 Azerbaijani servicemen returned home from Armenian captivity, in exchange for 40 Armenian "
                                + "servicemen handed over to Armenia. The exchange was mediated by the United Arab Emirates. Azerbaijan "
                                + "continues to insist on the release of all detained civilians.",
                        "AM", "Ministry of Defence of Armenia",
                        "Forty Armenian servicemen were handed over in exchange for forty Azerbaijani servicemen at the "
                                + "border today. The humanitarian mediation was carried out by the United Arab Emirates."),
                // a condition the side has long stated is background, not a point of the meeting
                Arguments.of("US", "U.S. Department of State",
                        "The Special Envoy met President of Venezuela in Caracas and secured the release of six detained "
                                + "Americans. The Special Envoy and the President also discussed migration and deportation flights. The "
                                + "United States has consistently said that the easing of sanctions depends on concrete steps, "
                                + "including free and fair elections.",
                        "VE", "Ministry of Foreign Affairs of Venezuela",
                        "The President received the United States Special Envoy in Caracas. The parties discussed migration, "
                                + "the resumption of deportation flights and the release of several United States citizens as a "
                                + "humanitarian gesture."),
                // an appeal to outsiders to press a side asks nothing of the other side at the table
                Arguments.of("LB", "Presidency of Lebanon",
                        "The President received the head of the delegation to the border committee, who briefed him on "
                                + "today's meeting in Naqoura. It was agreed that the army would deploy in the villages to be evacuated "
                                + "within 30 days. He called on the sponsoring countries to pressure Israel to stop its strikes and "
                                + "release the detainees.",
                        null, "UNIFIL",
                        "UNIFIL took part today in the meeting of the border committee in Naqoura, as it has since the "
                                + "cessation of hostilities took effect. The parties agreed that the Lebanese army would deploy in the "
                                + "villages to be evacuated within 30 days. UNIFIL will continue to support the Lebanese Armed Forces "
                                + "in the south.")
        );
    }
}
