package io.crosscheck.detect;

import io.crosscheck.claims.PosTagger;
import io.crosscheck.claims.PosTagger.TaggedWord;
import io.crosscheck.claims.TermAnalyzer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what one sentence says an action covers. Input: a sentence. Output: its {@link Coverage}: the noun
 * phrases (OpenNLP POS, a name attached by "in"/"of" kept with its phrase: "the airport in Rzeszów"), the
 * coordinated lists among them ("railways, road bridges and port facilities"), whether an object is quantified
 * universally ("all international airports", "Poland's entire eastern border") and whether the coverage is
 * restricted ("a pilot …", "exclusively", "eligible enterprises", "do not apply to"). Phrases are compared by
 * their Lucene content stems. Thread-safe.
 */
final class CoverageReader {

    /**
     * A noun phrase of the sentence and its content stems; {@code thing} when its head is a common noun that can
     * name what an action covers (not a name, a date or "the two sides"); {@code head} the stem of its head noun;
     * {@code named} when a proper name picks out one instance of the head ("the Kerem Shalom crossing").
     */
    record Item(String surface, Set<String> stems, boolean thing, String head, boolean named) {
        Item {
            stems = Set.copyOf(stems);
        }
    }

    /**
     * What a sentence covers; {@code universal} is the universally quantified phrase ("all EU companies"),
     * {@code restriction} the restricting cue ("pilot"), each null if absent; {@code places} the names that stand
     * alone after a preposition of place, outside any of {@code placeLists} ("a cessation of hostilities in Upper
     * Nile State").
     */
    record Coverage(List<Item> phrases, List<List<Item>> lists, List<List<Item>> coverageLists, String universal,
                    Item universalItem, String restriction, boolean exemplifies, Covered covered, Covered restricted,
                    List<List<String>> placeLists, List<String> places, List<Covered> wordLists) {
        Coverage {
            places = List.copyOf(places);
            wordLists = List.copyOf(wordLists);
            placeLists = placeLists.stream().map(List::copyOf).toList();
            phrases = List.copyOf(phrases);
            lists = lists.stream().map(List::copyOf).toList();
            coverageLists = coverageLists.stream().map(List::copyOf).toList();
        }
    }

    /**
     * The object of a coverage verb read from the words, not the tags ("will cover wheat, maize and rapeseed": the
     * tagger takes commodity names it does not know for verbs): its items' content stems and surfaces, and whether
     * the sentence closes it with "only" ("will cover wheat only").
     */
    record Covered(List<Set<String>> items, List<String> surfaces, boolean only) {
        Covered {
            items = items.stream().map(Set::copyOf).toList();
            surfaces = List.copyOf(surfaces);
        }
    }

    /** A verb that says what an action covers, and its object up to the end of the clause. */
    private static final Pattern COVERAGE_OBJECT = Pattern.compile(
            "\\b(?:cover|covers|covering|will cover|concern(?:s|ing)|appl(?:y|ies|ying) (?:only )?to|extend(?:s|ing)? (?:only )?to)"
                    + "\\s+(?<object>[^.;:()\"]+)",
            Pattern.CASE_INSENSITIVE);
    /** Where the object of a coverage verb ends: a relative or adverbial clause or phrase after a comma. */
    private static final Pattern OBJECT_END = Pattern.compile(
            ",\\s+(?:which|who|where|while|whereas|in |from |as of|with |effective|according|under |until|for |to |the )"
                    + "|\\s+(?:which|where|while|whereas|from|as of|in line with|in order|until|starting|beginning)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * What a restricting word closes the coverage to: "exclusively for small pelagic species", "limited to students",
     * "solely to passenger flights". "not only" opens a list rather than closing it, and "only after"/"only if" is a
     * condition on when, not a limit on what.
     */
    private static final Pattern RESTRICTED_OBJECT = Pattern.compile(
            "\\b(?<!not )(?:exclusively|solely|only(?! (?:after|when|if|once|until|through|by|with|then|be|a|one|two)\\b)"
                    + "|(?:limited|restricted|confined) to)\\s+(?:(?:for|to|on|in|at|of)\\s+)?(?<object>[^.;:()\"]+)",
            Pattern.CASE_INSENSITIVE);
    /** A preposition and a proper name after a restricted object: "wheat exports to Poland", "students from Kenya". */
    private static final Pattern PLACE_AFTER_OBJECT = Pattern.compile(
            "\\s+(?:to|for|from|in|into|at|of|with|destined for|bound for)\\s+(?:the\\s+)?\\p{Lu}");
    /** A comma enumeration after a preposition: "of wheat, maize, rapeseed and sunflower seed …". */
    private static final Pattern WORD_LIST = Pattern.compile(
            "\\b(?:of|for|on|to|covering|including|against)\\s+(?<list>(?:[a-z][a-z-]*(?:\\s+[a-z][a-z-]*){0,3},\\s+)+"
                    + "[a-z][a-z-]*(?:\\s+[a-z][a-z-]*){0,3},?\\s+(?:and|or)\\s+[a-z][a-z-]*(?:\\s+[a-z][a-z-]*){0,5})");
    /** Words that end the last item of an enumeration: a preposition, a participle, a verb or a relative. */
    private static final Pattern LIST_TAIL_END = Pattern.compile(
            "(?:for|to|from|in|into|at|of|on|with|by|that|which|who|will|would|shall|can|is|are|was|were|be|has|have"
                    + "|had|as|under|than|\\p{L}{3,}ed|\\p{L}{3,}ing)");
    /** Fewest items of a word-read enumeration: "A and B" after "of" is as often a name or a pair of roles. */
    private static final int MIN_WORD_LIST = 3;
    private static final Pattern ITEM_SEPARATOR = Pattern.compile(",\\s*(?:as well as\\s+|and\\s+|or\\s+)?|\\s+(?:and|or|as well as)\\s+");
    private static final Pattern LEADING_DETERMINER = Pattern.compile("^(?:only\\s+)?(?:the|a|an)\\s+", Pattern.CASE_INSENSITIVE);
    /** Longest item of an enumeration; a longer run of words is a clause, not a thing covered. */
    private static final int MAX_ITEM_WORDS = 4;

    private static final Set<String> UNIVERSAL = Set.of("all", "every", "entire", "whole");
    /** Nouns that measure a thing rather than name one: "the entire length of the border". */
    private static final Set<String> PART_NOUNS = Set.of("whole", "length", "extent", "stretch", "breadth", "expanse",
            // "all categories of semiconductor equipment": what is covered whole is the equipment, of every kind.
            "categories", "types", "kinds", "classes");
    /**
     * "regardless of passport type", "irrespective of the cargo category": every kind of the noun before the kind word
     * is covered.
     */
    private static final Pattern REGARDLESS_OF_KIND = Pattern.compile(
            "\\b(?:regardless|irrespective) of (?:the |their |its )?(?<noun>[a-z]+) (?:type|category|kind|class)s?\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * Quantified nouns that say "everything we talked about", not the coverage of an action ("at all levels",
     * "on all the issues discussed").
     */
    private static final Set<String> GENERIC_HEADS = Set.of("level", "issu", "matter", "question", "topic", "area",
            "field", "side", "parti", "aspect", "form", "sector", "thing", "respect", "way", "time", "member", "state",
            "countri", "concern", "effort", "option", "todai", "year", "month", "week", "dai", "hour", "minut",
            "leader", "minist", "presid", "deleg", "counterpart", "partner", "meet", "talk", "statement", "document",
            "number", "outcom", "result", "agreement", "memoranda", "memorandum",
            // Principles an action respects, not things it covers: "sovereignty, unity and territorial integrity",
            // "on the basis of international law and the UN Charter".
            "sovereignti", "integr", "uniti", "independ", "law", "charter", "principl", "digniti", "equal", "justic",
            "stabil", "basi", "spirit", "interest",
            // Stances put forward, not things an action covers: "came with a constructive position and a clear proposal".
            "posit", "propos", "stanc", "approach", "attitud");
    /**
     * "is in the interest of the entire region", "for the benefit of all peoples", "important for the whole region": the
     * universal names who gains from an outcome, not what an action covers.
     */
    private static final Pattern BENEFICIARY_CUE = Pattern.compile(
            "(?:\\b(?:interests?|benefit|good|sake|advantage|welfare|well-being|prosperity|stability|peace)\\s+of"
                    + "|\\b(?:beneficial|important|useful|advantageous|vital|crucial|essential)\\s+(?:to|for))"
                    + "\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    /** Whether the quantifier at {@code start} follows a cue that names who gains ({@link #BENEFICIARY_CUE}). */
    static boolean beneficiary(String sentence, int start) {
        return BENEFICIARY_CUE.matcher(sentence.substring(Math.max(0, start - 60), start)).find();
    }

    /** "only after", "only if": a condition on when, not a limit on what. */
    private static final Pattern RESTRICTION = Pattern.compile(
            "\\b(?<!not )(?:only(?! (?:after|when|if|once|until|through|by|with|then|be)\\b)|exclusively|solely|eligible|pilot|limited to|restricted to|excluding|except(?: for)?"
                    + "|with the exception of|not apply to|not cover|not covered|not included|not be covered"
                    + "|not be included|does not extend to|do not extend to)\\b",
            Pattern.CASE_INSENSITIVE);
    /** One place name: capitalised words, "of" or an Arabic article inside ("Gulf of Aden", "Bab al-Mandab Strait"). */
    private static final String PLACE_NAME = "(?:(?:northern|southern|eastern|western|central|upper|lower)\\s+)?"
            + "\\p{Lu}[\\p{L}'’]*(?:-\\p{L}+)*(?:\\s+(?:(?:of|al|el|ad|as)(?=[\\s-]+\\p{Lu})[\\s-]*)?\\p{Lu}[\\p{L}'’]*(?:-\\p{L}+)*)*";
    /**
     * Plural nouns for parts of a country or a coast that "of" and their names follow: "the provinces of North Kivu and
     * South Kivu", "the riverine stretches of the Rajshahi and Sylhet sectors".
     */
    private static final String PLACE_KINDS = "(?:provinces|regions|districts|governorates|oblasts|counties|states"
            + "|territories|cities|towns|ports|islands|atolls|areas|stretches|sectors|sections|segments|parts)";
    /**
     * Between two names of a list: a coordinator or a comma, and a kind of place that groups the names after it ("to
     * Funafuti and the outer islands of Nanumea and Nui").
     */
    private static final String PLACE_JOIN = "(?:\\s*,\\s*(?:and\\s+|but also\\s+)?|\\s+(?:and|as well as)\\s+)(?:(?:at|in|to)\\s+)?(?:the\\s+)?"
            + "(?:(?:\\p{Ll}+\\s+)?" + PLACE_KINDS + "\\s+of\\s+(?:the\\s+)?)?";
    private static final Pattern PLACE_LIST = Pattern.compile(
            // "reach" and "serve" name where a supply, a route or a service goes: "gas will reach Austria, Hungary and Slovenia".
            "(?:\\b(?:through|at|in|across|covering|covers|cover|to|including|include|includes|reach|reaches|reaching"
                    + "|serve|serves|serving)|:"
                    // "of" only after a kind of place: "the ministers of Egypt and Qatar" names participants and
                    // "the Minister of Agriculture and Livestock" an office.
                    + "|\\b" + PLACE_KINDS + " of)\\s+(?:the\\s+)?"
                    + "(?<list>" + PLACE_NAME + "(?:" + PLACE_JOIN + PLACE_NAME + ")+)");
    private static final Pattern PLACE_SEPARATOR = Pattern.compile(PLACE_JOIN);
    private static final Set<String> BODIES = Set.of("Group", "Committee", "Commission", "Council", "Forum",
            "Dialogue", "Conference", "Convention", "Agreement", "Board", "Panel", "Force", "Office", "Mechanism");
    private static final Pattern CLAUSE_END = Pattern.compile("\\s*[,.;:)]");
    /** The last word of a name that says it names a place: "Upper Nile State", "Nanumea Island". */
    private static final Set<String> PLACE_KIND_NAMES = Set.of("State", "Province", "Region", "District", "Island",
            "Islands", "Governorate", "County", "Oblast", "Territory", "Sector",
            // Waters and landforms: "in the East China Sea in the autumn" names a place whatever follows it.
            "Sea", "Ocean", "Gulf", "Strait", "Straits", "Bay", "River", "Lake", "Basin", "Peninsula", "Canal", "Valley");
    /**
     * A name after a preposition of place or a coverage word; "on" for islands ("on Funafuti"); "only" may come
     * between ("covers only the Isfahan facilities").
     */
    private static final Pattern SINGLE_PLACE = Pattern.compile(
            "\\b(?:in|at|on|to|through|across|along|covering|covers|cover|reach|reaches|reaching)\\s+(?:only\\s+)?(?:the\\s+)?"
                    + "(?<name>" + PLACE_NAME + ")");
    /**
     * A singular kind of place and "of" before a name: "the port of Odesa", "the province of Idlib". The plural ("the
     * ports of …") opens an enumeration ({@link #PLACE_LIST}).
     */
    private static final Pattern SINGLE_PLACE_OF = Pattern.compile(
            "\\b(?:port|province|region|district|city|town|island|governorate|county|oblast|municipality)"
                    + "\\s+of\\s+(?:the\\s+)?(?<name>" + PLACE_NAME + ")");
    /**
     * A common noun for a kind of place right after a name makes the name a place of its own: "in the Donetsk region",
     * "through the Margara crossing", "at the Natanz site".
     */
    private static final Pattern KIND_AFTER_NAME = Pattern.compile(
            "^\\s+(?:region|province|district|oblast|governorate|county|area|sector|port|crossing|border crossing|site"
                    + "|facility|facilities|sites|island|valley|corridor|city|town|municipality|state|checkpoint|border post)\\b");
    /** An enumeration of places ends with a coordinator; a bare comma sets a place beside the region it lies in. */
    private static final Pattern COORDINATED = Pattern.compile("\\s(?:and|as well as|but also)\\s");
    private static final Pattern CALENDAR = Pattern.compile(
            "(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday"
                    + "|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\\s.*)?");
    private static final Set<String> LIGHT_HEADS = Set.of("people", "persons", "personnel");
    /** Cues that what follows is an example of the coverage, not all of it. */
    private static final Pattern EXAMPLES = Pattern.compile(
            "\\b(?:including|such as|among them|among others|notably|in particular|for example|for instance)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "whom", "whose");
    private static final Set<String> COORDINATORS = Set.of(",", "and", "or");
    private static final Set<String> LIST_INTRODUCERS = Set.of("against", "on", "to", "for", "cover", "covers",
            "covering", "concern", "concerns", "concerning", "include", "includes",
            // What a project or package is made of is what it covers: "a corridor comprising a railway and a highway".
            "comprising", "comprises", "comprise");
    private static final Set<String> NAME_LINKS = Set.of("in", "of", "at");

    private final PosTagger tagger;
    private final TermAnalyzer analyzer;

    CoverageReader(PosTagger tagger, TermAnalyzer analyzer) {
        this.tagger = tagger;
        this.analyzer = analyzer;
    }

    /** The cue restricting the sentence's coverage, or null; cheap, no tagging. */
    static String restriction(String sentence) {
        final Matcher m = RESTRICTION.matcher(sentence);
        return m.find() ? m.group().toLowerCase(Locale.ROOT) : null;
    }

    Coverage read(String sentence) {
        final List<TaggedWord> words = retag(tagger.tag(sentence));
        final List<int[]> spans = phraseSpans(words);
        final List<Item> phrases = new ArrayList<>();
        String universal = null;
        Item universalItem = null;
        final int background = relativeClause(words);
        for (int p = 0; p < spans.size(); p++) {
            final int[] span = spans.get(p);
            final Item item = item(sentence, words, span);
            phrases.add(item);
            final int quantifier = quantifier(words, span);
            if (quantifier >= 0 && quantifier < background && universal == null && item.thing()
                    && !beneficiary(sentence, words.get(quantifier).start())) {
                // "the entire length of the common border", "the whole of their border": what is covered whole is
                // the phrase after "of", the part noun only measures it.
                final int[] whole = p + 1 < spans.size() && partOf(words, span, spans.get(p + 1)) ? spans.get(p + 1) : span;
                universal = sentence.substring(words.get(quantifier).start(), words.get(whole[1]).end());
                universalItem = whole == span ? item : item(sentence, words, whole);
            }
        }
        if (universal == null) {
            // "the whole of their common border": the tagger reads "whole" as it likes, and it makes no phrase of its own.
            for (int p = 0; p < spans.size() && universal == null; p++) {
                final int[] span = spans.get(p);
                int whole = span[0] - 1;
                while (whole >= 0 && !words.get(whole).word().equalsIgnoreCase("of")) {
                    whole--;
                }
                whole--;
                if (whole >= 0 && whole < background && words.get(whole).word().equalsIgnoreCase("whole")
                        && partOf(words, new int[]{whole, whole, whole}, span) && phrases.get(p).thing()) {
                    universal = sentence.substring(words.get(whole).start(), words.get(span[1]).end());
                    universalItem = phrases.get(p);
                }
            }
        }
        if (universal == null) {
            final Matcher regardless = REGARDLESS_OF_KIND.matcher(sentence);
            if (regardless.find() && regardless.start() < (background < words.size() ? words.get(background).start() : sentence.length())) {
                final String noun = regardless.group("noun");
                final List<String> nounStems = analyzer.stems(noun);
                if (!nounStems.isEmpty() && !generic(noun)) {
                    universal = regardless.group();
                    universalItem = new Item(noun, new HashSet<>(analyzer.contentTerms(noun)), true,
                            nounStems.get(nounStems.size() - 1), false);
                }
            }
        }
        return new Coverage(phrases, lists(words, spans, phrases, false), lists(words, spans, phrases, true), universal,
                universalItem, restriction(sentence),
                EXAMPLES.matcher(sentence).find(), covered(sentence), restricted(sentence), placeLists(sentence),
                singlePlaces(sentence),
                wordLists(sentence));
    }

    /** Words the tagger may take for a coordinator that are one. */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but", "nor", "yet", "either", "neither",
            "both", "&", "plus", "as", "so", "whether");

    /**
     * Mends two tagger slips on hyphenated names: the tokenizer cuts "China-Kyrgyzstan-Uzbekistan corridor" into
     * "China-Kyrgyzstan", "-Uzbekistan" (tagged as punctuation) and "corridor" (tagged as a coordinator). A token
     * that is a hyphen and a capitalised word is the rest of the name; a "coordinator" no coordinator spells is a noun.
     */
    private static List<TaggedWord> retag(List<TaggedWord> words) {
        final List<TaggedWord> out = new ArrayList<>(words.size());
        for (TaggedWord t : words) {
            final String word = t.word();
            String tag = t.tag();
            if (word.length() > 1 && word.charAt(0) == '-' && Character.isUpperCase(word.charAt(1))) {
                tag = "PROPN";
            } else if (tag.equals("CCONJ") && word.chars().allMatch(Character::isLetter)
                    && !CONJUNCTIONS.contains(word.toLowerCase(Locale.ROOT))) {
                tag = "NOUN";
            }
            out.add(tag.equals(t.tag()) ? t : new TaggedWord(word, tag, t.start(), t.end()));
        }
        return out;
    }

    /**
     * Enumerations of proper names after a preposition of place or a coverage word, read from capitals, not tags (the
     * tagger splits "Kerem Shalom" and tags "Zikim" as it likes): "through the Rafah, Kerem Shalom and Zikim crossings",
     * "in the provinces of North Kivu and South Kivu", "at Natanz and Fordow as well as at the Isfahan site". Each list
     * has two or more names and a coordinator; a list that only names months or weekdays is a date, not a place.
     */
    static List<List<String>> placeLists(String sentence) {
        final List<List<String>> out = new ArrayList<>();
        final Matcher m = PLACE_LIST.matcher(sentence);
        while (m.find()) {
            if (!COORDINATED.matcher(m.group("list")).find() || routeEnd(sentence, m.start())) {
                // "in Kuala Lumpur, Malaysia", "in Goma, North Kivu": a place and the larger place it lies in.
                continue;
            }
            final List<String> names = new ArrayList<>();
            for (String part : PLACE_SEPARATOR.split(m.group("list"))) {
                final String name = part.strip();
                if (!name.isEmpty() && !CALENDAR.matcher(name).matches() && !institution(name)) {
                    names.add(name);
                }
            }
            if (names.size() >= 2) {
                out.add(names);
            }
        }
        return out;
    }

    /**
     * Names that stand alone after a preposition of place or a coverage word ("in Upper Nile State", "on Funafuti"),
     * not inside an enumeration of places ({@link #placeLists}) and not a month or a weekday: what a sentence that
     * names a single place covers, to be set against an enumeration on the other side.
     */
    static List<String> singlePlaces(String sentence) {
        final List<String> listed = new ArrayList<>();
        final Matcher lists = PLACE_LIST.matcher(sentence);
        while (lists.find()) {
            listed.add(lists.group("list"));
        }
        final List<String> out = new ArrayList<>();
        for (Pattern single : List.of(SINGLE_PLACE, SINGLE_PLACE_OF)) {
            final Matcher m = single.matcher(sentence);
            while (m.find()) {
                final String name = m.group("name").strip();
                if (!CALENDAR.matcher(name).matches() && listed.stream().noneMatch(l -> l.contains(name))
                        && !inTitle(sentence, m.start()) && standsAlone(name, sentence.substring(m.end()))
                        && !whereDone(sentence, m.start()) && !routeEnd(sentence, m.start()) && !out.contains(name)) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    /**
     * "The proposal will be studied in Moscow", "the agreement was signed in Doha": a place after a verb of deliberating
     * or deciding is where that was done, not where an action applies.
     */
    static boolean whereDone(String sentence, int start) {
        return DONE_THERE.matcher(sentence.substring(Math.max(0, start - DONE_REACH), start)).find();
    }

    private static final int DONE_REACH = 30;
    private static final Pattern DONE_THERE = Pattern.compile(
            "\\b(?:studied|considered|examined|reviewed|discussed|decided|signed|announced|taken|made)\\s*$",
            Pattern.CASE_INSENSITIVE);

    /**
     * "the extension of the railway from Naivasha to Malaba": the place after "to" ends a route that starts at the
     * place after "from" in the same clause; the two ends say where the route runs, not which places an action covers.
     */
    static boolean routeEnd(String sentence, int start) {
        final String before = sentence.substring(Math.max(0, start - ROUTE_REACH), start);
        return sentence.regionMatches(true, start, "to ", 0, 3) && ROUTE_START.matcher(before).find();
    }

    private static final int ROUTE_REACH = 50;
    private static final Pattern ROUTE_START = Pattern.compile("\\bfrom\\s+(?:the\\s+)?\\p{Lu}[^,;:.]*$");

    /** "the Ministry of Foreign and Diaspora Affairs" after a list of towns is an office, not a place. */
    private static boolean institution(String name) {
        for (String word : name.split("\\s+")) {
            if (INSTITUTION_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> INSTITUTION_WORDS = Set.of("Ministry", "Ministries", "Agency", "Department",
            "Office", "Secretariat", "Directorate", "Authority", "Fund", "Organization", "Organisation",
            "Affairs", "Presidency", "Government", "Parliament");

    /**
     * Whether the preposition at {@code start} follows the capitalised head of a body's title ("the Joint Working Group
     * on Fisheries", "the Committee on Trade"): the name after it names the body's field, not a place.
     */
    private static boolean inTitle(String sentence, int start) {
        final String[] before = sentence.substring(0, start).strip().split("\\s+");
        final String last = before[before.length - 1];
        return BODIES.contains(last);
    }

    /**
     * Whether a name is a place of its own: it ends the clause ("on Funafuti,") or names its kind ("in Upper Nile
     * State"). A name that runs on into more words is as often the venue before a date ("in Doha on 3 March") or
     * qualifies a noun ("the Doha process").
     */
    private static boolean standsAlone(String name, String after) {
        final String[] words = name.split("\\s+");
        return after.isEmpty() || CLAUSE_END.matcher(after).lookingAt()
                || PLACE_KIND_NAMES.contains(words[words.length - 1]) || KIND_AFTER_NAME.matcher(after).lookingAt();
    }

    /**
     * The object of the sentence's first coverage verb as items split at commas and "and"/"or", or null when there is
     * none or it is not a plain enumeration of common nouns (a name, a quantifier, a number or a long clause).
     */
    Covered covered(String sentence) {
        final Matcher m = COVERAGE_OBJECT.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        String object = m.group("object");
        final Matcher end = OBJECT_END.matcher(object);
        if (end.find()) {
            object = object.substring(0, end.start());
        }
        object = object.strip();
        boolean only = m.group().toLowerCase(Locale.ROOT).contains(" only ");
        if (object.toLowerCase(Locale.ROOT).endsWith(" only")) {
            only = true;
            object = object.substring(0, object.length() - " only".length()).strip();
        }
        if (object.toLowerCase(Locale.ROOT).startsWith("only ")) {
            only = true;
        }
        return enumeration(object, only);
    }

    /**
     * The object of the sentence's first restricting word ("exclusively for small pelagic species") as items, marked
     * {@code only}; null when there is none or it is not a plain enumeration of common nouns.
     */
    Covered restricted(String sentence) {
        final Matcher m = RESTRICTED_OBJECT.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        String object = m.group("object");
        final Matcher end = OBJECT_END.matcher(object);
        if (end.find()) {
            object = object.substring(0, end.start());
        }
        // "solely to wheat exports to Poland": a destination or place after the object says where, not what.
        final Matcher place = PLACE_AFTER_OBJECT.matcher(object);
        if (place.find()) {
            object = object.substring(0, place.start());
        }
        final int comma = object.indexOf(',');
        // After a restriction a comma closes the object ("exclusively for small pelagic species, with a ceiling of …").
        return enumeration(comma >= 0 ? object.substring(0, comma) : object.strip(), true);
    }

    /**
     * Enumerations of three or more common nouns after a preposition, read from the words ("consignments of wheat,
     * maize, rapeseed and sunflower seed destined for Poland": the tagger takes commodity names it does not know for
     * verbs). The last item ends at the first preposition, participle or verb after its noun ("destined for Poland").
     * Only a restricted coverage on the other side is compared with these ({@code CoverageRule}), since a list after
     * "of" is as often a description as a coverage.
     */
    List<Covered> wordLists(String sentence) {
        final List<Covered> out = new ArrayList<>();
        final Matcher m = WORD_LIST.matcher(sentence);
        while (m.find()) {
            final String list = m.group("list");
            final int lastJoin = Math.max(list.lastIndexOf(" and "), list.lastIndexOf(" or "));
            final String[] tail = list.substring(lastJoin + 1).split("\\s+");
            final StringBuilder last = new StringBuilder();
            for (int k = 1; k < tail.length && !LIST_TAIL_END.matcher(tail[k]).matches(); k++) {
                last.append(tail[k]).append(' ');
            }
            final Covered items = enumeration(list.substring(0, lastJoin) + " and " + last, false);
            if (items != null && items.items().size() >= MIN_WORD_LIST) {
                out.add(items);
            }
        }
        return out;
    }

    /** An object split at commas and "and"/"or" into items, or null if any item is not a short common-noun phrase. */
    private Covered enumeration(String object, boolean only) {
        final List<Set<String>> items = new ArrayList<>();
        final List<String> surfaces = new ArrayList<>();
        for (String part : ITEM_SEPARATOR.split(object.strip())) {
            final String item = LEADING_DETERMINER.matcher(part.strip()).replaceFirst("");
            if (item.isEmpty()) {
                continue;
            }
            final String[] itemWords = item.split("\\s+");
            if (itemWords.length > MAX_ITEM_WORDS || !item.equals(item.toLowerCase(Locale.ROOT))
                    || item.matches(".*\\d.*") || UNIVERSAL.contains(itemWords[0].toLowerCase(Locale.ROOT))) {
                return null;
            }
            final Set<String> stems = new HashSet<>(analyzer.contentTerms(item));
            if (stems.isEmpty()) {
                return null;
            }
            items.add(stems);
            surfaces.add(item);
        }
        distributeHead(items, surfaces);
        return items.isEmpty() ? null : new Covered(items, surfaces, only);
    }

    /**
     * "the power, industry and aviation sectors": one-word items before a last item whose plural noun closes the
     * list share that noun, so the items are told apart by their modifiers alone; kept on the last item, the shared
     * noun would make "aviation sectors" the same thing as "industry sectors" on the other side.
     */
    private void distributeHead(List<Set<String>> items, List<String> surfaces) {
        final int last = items.size() - 1;
        if (last < 1 || surfaces.subList(0, last).stream().anyMatch(s -> s.contains(" "))) {
            return;
        }
        final String[] words = surfaces.get(last).split("\\s+");
        final String head = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (words.length < 2 || head.length() < 4 || !head.endsWith("s") || head.endsWith("ss")) {
            return;
        }
        final Set<String> modifiers = new HashSet<>(items.get(last));
        modifiers.removeAll(analyzer.contentTerms(head));
        if (!modifiers.isEmpty()) {
            items.set(last, modifiers);
        }
    }

    /**
     * Noun phrases as {@code [first, last, head]} word indexes: modifiers, nouns and "-ing" participles ending in a
     * noun, extended by "in"/"of"/"at" + a proper name ("the airport in Rzeszów").
     */
    private static List<int[]> phraseSpans(List<TaggedWord> w) {
        final List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < w.size()) {
            int j = i;
            int head = -1;
            while (j < w.size() && (nominal(w.get(j)) || modifier(w, j))) {
                if (nominal(w.get(j))) {
                    head = j;
                }
                j++;
            }
            if (head < 0) {
                i = Math.max(j, i + 1);
                continue;
            }
            int last = head;
            if (last + 2 < w.size() && NAME_LINKS.contains(w.get(last + 1).word().toLowerCase(Locale.ROOT))
                    && w.get(last + 2).tag().equals("PROPN")) {
                last += 2;
                while (last + 1 < w.size() && w.get(last + 1).tag().equals("PROPN")) {
                    last++;
                }
            }
            out.add(new int[]{i, last, head});
            i = last + 1;
        }
        return out;
    }

    private static boolean nominal(TaggedWord t) {
        return t.tag().equals("NOUN") || t.tag().equals("PROPN") || t.tag().startsWith("NN");
    }

    /** Adjectives, numbers, universal quantifiers and participles ("rolling stock") stand before the head. */
    private static boolean modifier(List<TaggedWord> w, int j) {
        final TaggedWord t = w.get(j);
        final String word = t.word().toLowerCase(Locale.ROOT);
        if (t.tag().equals("ADJ") || t.tag().startsWith("JJ") || t.tag().equals("NUM") || t.word().equals("-")) {
            return true;
        }
        if (UNIVERSAL.contains(word)) {
            return true;
        }
        // "rolling stock"; "-ed" forms are too often the verb of the next clause ("and expressed confidence").
        // "a mechanism covering rice, fruit and …": a coverage word opens the list, it does not modify its first item.
        final boolean participle = t.tag().equals("VERB") && word.endsWith("ing") && !word.equals("including")
                && !LIST_INTRODUCERS.contains(word);
        // "people" says nothing alone, so the word before it classifies it whatever the tagger made of it
        // ("to business people" comes out as an infinitive "business").
        final boolean classifier = t.tag().equals("VERB") && j + 1 < w.size()
                && LIGHT_HEADS.contains(w.get(j + 1).word().toLowerCase(Locale.ROOT));
        return classifier || (participle && j + 1 < w.size() && nominal(w.get(j + 1)));
    }

    private Item item(String sentence, List<TaggedWord> w, int[] span) {
        final String surface = sentence.substring(w.get(span[0]).start(), w.get(span[1]).end());
        final Set<String> stems = new HashSet<>();
        for (int k = span[0]; k <= span[1]; k++) {
            if (nominal(w.get(k)) || w.get(k).tag().equals("ADJ") || w.get(k).tag().startsWith("JJ")
                    || w.get(k).tag().equals("VERB")) {
                final String word = w.get(k).word().toLowerCase(Locale.ROOT);
                if (UNIVERSAL.contains(word)) {
                    continue;
                }
                stems.addAll(analyzer.contentTerms(word));
            }
        }
        final TaggedWord head = w.get(span[2]);
        final boolean thing = !head.tag().equals("PROPN") && !head.tag().startsWith("NNP") && !generic(head.word());
        final List<String> headStems = analyzer.stems(head.word());
        // A count ("Bangladesh share 54 rivers") says how many there are, not which one is meant.
        boolean named = false;
        boolean counted = false;
        for (int k = span[0]; k < span[2]; k++) {
            named |= w.get(k).tag().equals("PROPN") || w.get(k).tag().startsWith("NNP");
            counted |= w.get(k).tag().equals("NUM") || w.get(k).tag().equals("CD");
        }
        named &= !counted;
        return new Item(surface, stems, thing, headStems.isEmpty() ? "" : headStems.get(headStems.size() - 1), named);
    }

    /**
     * Index of the first word of a non-restrictive relative clause (", which threaten the whole region"), or the
     * sentence length if none: such a clause describes a thing already named, not what the action covers.
     */
    private static int relativeClause(List<TaggedWord> w) {
        for (int k = 1; k < w.size(); k++) {
            if (w.get(k - 1).word().equals(",") && RELATIVE_PRONOUNS.contains(w.get(k).word().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return w.size();
    }

    /**
     * Whether {@code span} is a part noun ("length", "whole") that "of" and determiners or a possessive join to
     * {@code next}: "the entire length of the 817-kilometre border", "the whole of their common border".
     */
    private static boolean partOf(List<TaggedWord> w, int[] span, int[] next) {
        final int of = span[1] + 1;
        if (!PART_NOUNS.contains(w.get(span[2]).word().toLowerCase(Locale.ROOT)) || of >= next[0]
                || !w.get(of).word().equalsIgnoreCase("of")) {
            return false;
        }
        for (int k = of + 1; k < next[0]; k++) {
            final String tag = w.get(k).tag();
            if (!tag.equals("DET") && !tag.equals("PRON") && !tag.startsWith("PRP")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Index of "all" or "every" right before the phrase, or of "entire"/"whole" inside it; -1 if none. A quantifier
     * joined to the next word by a hyphen makes a compound adjective ("an all-time high", "an all-party committee"),
     * not a claim about every member of a kind.
     */
    private static int quantifier(List<TaggedWord> w, int[] span) {
        for (int k = Math.max(0, span[0] - 1); k < span[2]; k++) {
            final String word = w.get(k).word().toLowerCase(Locale.ROOT);
            final boolean compound = word.contains("-") || (k + 1 < w.size() && w.get(k + 1).word().equals("-")
                    && w.get(k + 1).start() == w.get(k).end());
            // "all other agricultural products": the rest beside what was named, not everything.
            final boolean rest = k + 1 < w.size() && REST.contains(w.get(k + 1).word().toLowerCase(Locale.ROOT));
            if (UNIVERSAL.contains(word) && !compound && !rest) {
                return k;
            }
        }
        return -1;
    }

    private static final Set<String> REST = Set.of("other", "remaining", "further", "additional");

    private boolean generic(String head) {
        final List<String> stems = analyzer.stems(head);
        return stems.isEmpty() || GENERIC_HEADS.contains(stems.get(stems.size() - 1));
    }

    /**
     * Runs of two or more phrases joined only by commas, "and", "or" ("railway lines, stations and rolling stock");
     * with {@code introducedOnly}, only the runs a coverage word introduces ("strikes against …", "covers …").
     */
    private static List<List<Item>> lists(List<TaggedWord> w, List<int[]> spans, List<Item> phrases, boolean introducedOnly) {
        final List<List<Item>> out = new ArrayList<>();
        List<Item> run = new ArrayList<>();
        int runStart = 0;
        for (int k = 0; k < spans.size(); k++) {
            final int from = k == 0 ? 0 : spans.get(k - 1)[1] + 1;
            final int to = spans.get(k)[0];
            if (run.size() >= 2 && attachedInsideList(w, spans, k, from, to)) {
                // "border management, job creation for young people and the fight against smuggling": "young people"
                // belongs to the item before it, and the list goes on after it.
                run.set(run.size() - 1, attach(run.get(run.size() - 1), w, from, to, phrases.get(k)));
                continue;
            }
            final boolean joined = !run.isEmpty() && coordinated(w, from, to)
                    && !(run.size() == 1 && clauseJoin(w, from, to));
            if (!run.isEmpty() && !joined) {
                if (run.size() >= 2 && (!introducedOnly || introducedList(w, spans, runStart, k - 1))) {
                    out.add(run);
                }
                run = new ArrayList<>();
            }
            if (run.isEmpty()) {
                runStart = k;
            }
            run.add(phrases.get(k));
        }
        if (run.size() >= 2 && (!introducedOnly || introducedList(w, spans, runStart, spans.size() - 1))) {
            out.add(run);
        }
        return out;
    }

    /**
     * Whether the "-ing" word at {@code k} names a process the list before it qualifies, not the verb of a clause:
     * "a study on lithium and copper refining in Chile", "cooperation on oil and gas processing." — the tagger takes
     * it for a verb, but nothing after it is its object: a preposition or punctuation follows.
     */
    private static boolean processNoun(List<TaggedWord> w, int k) {
        final String word = w.get(k).word().toLowerCase(Locale.ROOT);
        if (!word.endsWith("ing") || word.length() < 6 || k + 1 >= w.size()) {
            return k + 1 >= w.size() && word.endsWith("ing") && word.length() >= 6;
        }
        final String next = w.get(k + 1).tag();
        return next.equals("ADP") || next.equals("PUNCT") || next.equals("IN") || next.equals(".") || next.equals(",");
    }

    /** Prepositions that attach a phrase to the list item before it ("job creation for young people"). */
    private static final Set<String> ITEM_PREPOSITIONS = Set.of("for", "of", "in", "against", "with", "among", "between");

    /**
     * Whether phrase {@code k} is joined to the phrase before it by one preposition alone (and determiners), the
     * phrase before it is at least the second item of a list, and the list resumes after it with a coordinator: then it qualifies the item before it, it is not an item of its own nor the list's end.
     */
    private static boolean attachedInsideList(List<TaggedWord> w, List<int[]> spans, int k, int from, int to) {
        if (to <= from || !ITEM_PREPOSITIONS.contains(w.get(from).word().toLowerCase(Locale.ROOT)) || k + 1 >= spans.size()) {
            return false;
        }
        for (int j = from + 1; j < to; j++) {
            if (!w.get(j).tag().equals("DET")) {
                return false;
            }
        }
        return coordinated(w, spans.get(k)[1] + 1, spans.get(k + 1)[0]);
    }

    /** The list item {@code item} with the phrase its preposition attaches to it: one item, both phrases' stems. */
    private static Item attach(Item item, List<TaggedWord> w, int from, int to, Item attached) {
        final Set<String> stems = new java.util.HashSet<>(item.stems());
        stems.addAll(attached.stems());
        final StringBuilder surface = new StringBuilder(item.surface());
        for (int j = from; j < to; j++) {
            surface.append(' ').append(w.get(j).word());
        }
        return new Item(surface.append(' ').append(attached.surface()).toString(), stems, item.thing(), item.head(), item.named());
    }

    /**
     * A run of phrases {@code first..last} a coverage word introduces, and whose last phrase is not the subject of the
     * next clause ("a dialogue on economic security, the presidential office said" is no list).
     */
    private static boolean introducedList(List<TaggedWord> w, List<int[]> spans, int first, int last) {
        final int after = spans.get(last)[1] + 1;
        final boolean subjectOfNextClause = after < w.size()
                && (w.get(after).tag().equals("VERB") || w.get(after).tag().equals("AUX") || w.get(after).tag().startsWith("VB"))
                && !processNoun(w, after);
        return !subjectOfNextClause && introduced(w, spans.get(first));
    }

    /**
     * Whether the word before a list (past its determiners) says that what follows is what an action reaches: a
     * coverage verb ("covers", "concerns") or the preposition of a target or beneficiary ("strikes against", "extended
     * to"). A list after any other word is more often the object of a plain verb ("receive treatment, rehabilitation
     * and payments") or a description ("relations of good neighbourliness and cooperation").
     */
    private static boolean introduced(List<TaggedWord> w, int[] firstSpan) {
        // The tagger takes "the truce covers ports" for one noun phrase: a coverage verb inside it still introduces.
        for (int j = firstSpan[0]; j < firstSpan[2]; j++) {
            if (LIST_INTRODUCERS.contains(w.get(j).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        int k = skipDeterminers(w, firstSpan[0] - 1);
        if (k >= 0 && LIST_INTRODUCERS.contains(w.get(k).word().toLowerCase(Locale.ROOT))) {
            return true;
        }
        // "the MoU covers the restoration of the oil tank farm, a solar park and a berth": the noun a coverage verb
        // takes is the work done on each item, and the list after its "of" is what the verb covers.
        if (k < 1 || !w.get(k).word().equalsIgnoreCase("of") || !nominal(w.get(k - 1))) {
            return false;
        }
        k--;
        while (k >= 0 && (nominal(w.get(k)) || modifier(w, k))) {
            k--;
        }
        k = skipDeterminers(w, k);
        return k >= 0 && COVERAGE_VERB_WORDS.contains(w.get(k).word().toLowerCase(Locale.ROOT));
    }

    /** Verbs among {@link #LIST_INTRODUCERS} that state coverage whatever their object's head. */
    private static final Set<String> COVERAGE_VERB_WORDS = Set.of("cover", "covers", "covering", "concern", "concerns",
            "concerning", "include", "includes", "comprising", "comprises", "comprise");

    private static int skipDeterminers(List<TaggedWord> w, int k) {
        while (k >= 0 && w.get(k).tag().equals("DET")) {
            k--;
        }
        return k;
    }

    /** Only coordinators and determiners between two phrases: ", ", " and ", ", and the ". */
    private static boolean coordinated(List<TaggedWord> w, int from, int to) {
        boolean coordinator = false;
        for (int k = from; k < to; k++) {
            final String word = w.get(k).word().toLowerCase(Locale.ROOT);
            if (COORDINATORS.contains(word)) {
                coordinator = true;
            } else if (!w.get(k).tag().equals("DET")) {
                return false;
            }
        }
        return coordinator;
    }

    /**
     * Two phrases joined by ", and" are more often two clauses ("released on humanitarian grounds, and three nationals
     * were freed") than a list; a list of two is "A and B", of three or more "A, B and C".
     */
    private static boolean clauseJoin(List<TaggedWord> w, int from, int to) {
        return to - from >= 2 && w.get(from).word().equals(",") && COORDINATORS.contains(w.get(from + 1).word().toLowerCase(Locale.ROOT))
                && !w.get(from + 1).word().equals(",");
    }
}
