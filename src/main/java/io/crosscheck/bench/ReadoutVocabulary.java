package io.crosscheck.bench;

import java.util.List;

/**
 * The words the {@link StatementGenerator} composes readouts from: governments with their
 * leaders, ministers and publishing offices, cities, and the sentence templates of openings,
 * titles and routine diplomatic filler. Placeholders in braces are filled by the generator.
 * Constant data only; nothing here is drawn from the dev set.
 */
final class ReadoutVocabulary {

    /** A government that publishes readouts. {@code issuers} are its publishing offices, head of state first. */
    record Country(String code, String name, String adjective, String leader, String leaderSurname,
                   String minister, List<String> issuers, String capital) {
    }

    static final List<Country> COUNTRIES = List.of(
            new Country("US", "the United States", "American", "President Donald Trump", "Trump",
                    "Secretary of State Marco Rubio", List.of("White House", "State Department"), "Washington"),
            new Country("RU", "Russia", "Russian", "President Vladimir Putin", "Putin",
                    "Foreign Minister Sergey Lavrov", List.of("Kremlin", "Ministry of Foreign Affairs of Russia"), "Moscow"),
            new Country("UA", "Ukraine", "Ukrainian", "President Volodymyr Zelensky", "Zelensky",
                    "Foreign Minister Andrii Sybiha", List.of("Office of the President of Ukraine", "Ministry of Foreign Affairs of Ukraine"), "Kyiv"),
            new Country("CN", "China", "Chinese", "President Xi Jinping", "Xi",
                    "Foreign Minister Wang Yi", List.of("Xinhua", "Ministry of Foreign Affairs of China"), "Beijing"),
            new Country("IN", "India", "Indian", "Prime Minister Narendra Modi", "Modi",
                    "External Affairs Minister S. Jaishankar", List.of("Prime Minister's Office of India", "Ministry of External Affairs"), "New Delhi"),
            new Country("FR", "France", "French", "President Emmanuel Macron", "Macron",
                    "Foreign Minister Jean-Noël Barrot", List.of("Élysée Palace", "Ministry for Europe and Foreign Affairs"), "Paris"),
            new Country("DE", "Germany", "German", "Chancellor Friedrich Merz", "Merz",
                    "Foreign Minister Johann Wadephul", List.of("Federal Chancellery", "Federal Foreign Office"), "Berlin"),
            new Country("GB", "the United Kingdom", "British", "Prime Minister Keir Starmer", "Starmer",
                    "Foreign Secretary David Lammy", List.of("Prime Minister's Office, 10 Downing Street", "Foreign, Commonwealth and Development Office"), "London"),
            new Country("TR", "Türkiye", "Turkish", "President Recep Tayyip Erdoğan", "Erdoğan",
                    "Foreign Minister Hakan Fidan", List.of("Presidency of the Republic of Türkiye", "Ministry of Foreign Affairs of Türkiye"), "Ankara"),
            new Country("JP", "Japan", "Japanese", "Prime Minister Shigeru Ishiba", "Ishiba",
                    "Foreign Minister Takeshi Iwaya", List.of("Prime Minister's Office of Japan", "Ministry of Foreign Affairs of Japan"), "Tokyo"),
            new Country("BR", "Brazil", "Brazilian", "President Luiz Inácio Lula da Silva", "Lula",
                    "Foreign Minister Mauro Vieira", List.of("Planalto Palace", "Itamaraty"), "Brasília"),
            new Country("SA", "Saudi Arabia", "Saudi", "Crown Prince Mohammed bin Salman", "bin Salman",
                    "Foreign Minister Faisal bin Farhan", List.of("Royal Court of Saudi Arabia", "Saudi Ministry of Foreign Affairs"), "Riyadh"),
            new Country("ZA", "South Africa", "South African", "President Cyril Ramaphosa", "Ramaphosa",
                    "Minister of International Relations Ronald Lamola", List.of("Presidency of South Africa", "Department of International Relations and Cooperation"), "Pretoria"),
            new Country("EG", "Egypt", "Egyptian", "President Abdel Fattah el-Sisi", "el-Sisi",
                    "Foreign Minister Badr Abdelatty", List.of("Egyptian Presidency", "Ministry of Foreign Affairs of Egypt"), "Cairo"));

    static final List<String> VENUES = List.of("Geneva", "Istanbul", "Riyadh", "Doha", "Vienna", "Helsinki", "Abu Dhabi",
            "Oslo", "Singapore", "Jeddah", "Rome", "Brussels");

    static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    /** Opening sentences by kind of event; {leader}, {other}, {country}, {otherCountry}, {minister}, {venue}, {day}, {otherAdj}. */
    static final List<List<String>> OPENINGS = List.of(
            List.of("{leader} held a telephone conversation with {other} on {day}.",
                    "{leader} spoke by phone with {other} at the request of the {otherAdj} side.",
                    "On {day}, {leader} and {other} had a lengthy phone call.",
                    "{leader} took a call from {other} on {day} evening."),
            List.of("{leader} met {other} in {venue} on {day}.",
                    "{leader} received {other} in {venue} for talks on {day}.",
                    "{leader} and {other} held a meeting on the margins of the summit in {venue}."),
            List.of("{minister} led a round of trade talks with the {otherAdj} delegation in {venue}.",
                    "Trade negotiators from {country} and {otherCountry} met in {venue} on {day}.",
                    "{minister} and {otherMinister} held trade consultations in {venue} on {day}."),
            List.of("Delegations of {country} and {otherCountry} held talks in {venue} on ending the hostilities.",
                    "{minister} met {otherMinister} in {venue} on {day} to discuss a ceasefire.",
                    "{leader} and {other} spoke on {day} about a settlement of the conflict."));

    static final List<List<String>> TITLES = List.of(
            List.of("Telephone conversation with {other}", "Readout of {leaderSurname}'s call with {other}", "Phone call between {leaderSurname} and {otherSurname}"),
            List.of("Readout of {leaderSurname}'s meeting with {other}", "Talks with {other} in {venue}", "Meeting between {leaderSurname} and {otherSurname}"),
            List.of("Trade talks with {otherCountry}", "Press release on trade consultations in {venue}", "Readout of trade negotiations with {otherCountry}"),
            List.of("Talks with {otherCountry} on a ceasefire", "Statement on consultations in {venue}", "Readout of talks on the settlement"));

    /** Routine sentences every readout may carry: no claim worth comparing, only realistic bulk. */
    static final List<String> FILLERS = List.of(
            "The conversation was constructive and businesslike.",
            "The leaders exchanged views on the situation in the Middle East and the Red Sea region.",
            "They discussed cooperation in energy, agriculture and transport.",
            "Both sides expressed interest in expanding cultural, educational and scientific exchanges.",
            "{leaderSurname} thanked {otherSurname} for the hospitality shown to the delegation.",
            "The two sides noted the importance of maintaining regular contacts at all levels.",
            "They also touched on cooperation on climate and food security ahead of the next summit.",
            "It was agreed that expert working groups would meet in the coming weeks.",
            "The leaders reviewed preparations for the upcoming meeting of the G20.",
            "{leaderSurname} underlined the importance of predictable rules for investors.",
            "The parties discussed the state of global markets and supply chains for critical minerals.",
            "The sides reaffirmed their commitment to the principles of the United Nations Charter.",
            "Questions of nuclear non-proliferation and global security were also raised.",
            "{leaderSurname} congratulated {otherSurname} on the recent national holiday.",
            "The talks took place in a frank and friendly atmosphere.",
            "The ministers noted steady growth in bilateral trade over the past year.",
            "Issues related to migration and border management were discussed.",
            "The parties agreed to stay in touch on all the issues raised.");

    static final List<String> CLOSINGS = List.of(
            "The leaders agreed to continue the dialogue.",
            "The sides agreed to stay in close contact.",
            "Further consultations are planned at the level of ministers.",
            "The next round of talks will take place next month.");

    private ReadoutVocabulary() {
    }
}
