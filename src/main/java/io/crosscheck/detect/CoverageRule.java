package io.crosscheck.detect;

import io.crosscheck.util.BoundedCache;
import io.crosscheck.avro.AlertKind;
import io.crosscheck.avro.Severity;
import io.crosscheck.avro.Statement;
import io.crosscheck.claims.PosTagger;
import io.crosscheck.claims.TermAnalyzer;
import io.crosscheck.detect.CoverageReader.Coverage;
import io.crosscheck.detect.CoverageReader.Item;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SCOPE for coverage no scope lexicon names. Input: two statements' texts. The same action is a pair of
 * sentences, one from each, that align lexically ({@link SentenceAligner} cosine at least {@link #MIN_SIMILARITY},
 * {@link #MIN_SHARED} shared content terms) and neither of which only reports a discussion or quotes a question.
 * Their coverage ({@link CoverageReader}) differs when
 * <ul>
 *   <li>one quantifies universally ("at all international airports") and the other restricts ("a pilot … at
 *       Haneda Airport"; "eligible enterprises"; "do not apply to military end-users"), or</li>
 *   <li>one enumerates objects ("business people, students, academics and truck drivers"), the other names at
 *       least one of them, the first names one the other text never mentions, and the other is explicit about its
 *       own coverage: an enumeration of its own, a restriction ("exclusively"), or the first is universal
 *       ("along Poland's entire eastern border").</li>
 * </ul>
 * Output: at most one SCOPE finding per pair, the best-aligned sentences as evidence. Thread-safe (the cache of
 * sentence coverages is bounded and shared).
 */
public final class CoverageRule implements ContradictionRule {

    static final double MIN_SIMILARITY = 0.18;
    static final int MIN_SHARED = 2;
    /**
     * Sentences this close say the same thing in nearly the same words, so one item more in one's list is a coverage
     * the other leaves out rather than a fuller summary ({@link #extraItem}).
     */
    static final double CLOSE_WORDING = 0.6;
    /**
     * Sentences less alike than {@link #CLOSE_WORDING} still compare their lists item by item when the list stands in
     * the same frame of {@link #FRAME_WORDS} words on both sides ("a joint feasibility study on lithium and copper
     * refining" against "a joint feasibility study on lithium refining"): the frame names the one action.
     */
    static final double FRAMED_WORDING = 0.45;
    private static final int FRAME_WORDS = 3;
    private static final double CONFIDENCE = 0.7;
    /**
     * Agenda sentences list what was talked about, stances and demands ("projects must meet high standards of …") what
     * ought to be, not what an action covers; questions quote the other side.
     */
    private static final Pattern NOT_AN_ACTION = Pattern.compile(
            "\\b(?:discuss\\w*|exchanged? (?:of )?views|touched upon|talked about|raised|covered|focused on|asked|reviewed"
                    // "reiterated the commitment to the fight against armed groups, drug trafficking and illegal
                    // mining": a standing position restated, not what an action of the meeting covers.
                    + "|expressed|affirm\\w*|reiterat\\w*|concerns? (?:over|about)|speech|must)\\b|\\?|^Q:"
                    // "held talks with the President on energy and trade", "featured sessions on agribusiness and
                    // renewable energy": the list is an agenda, what was talked about. Negotiations are left out: what
                    // a negotiation is to cover is its coverage ("negotiations on goods, services and investment"); "talks with
                    // X and agreed on" goes on to an outcome.
                    + "|\\b(?:talks|sessions?|dialogue|consultations|panels?|workshops?|roundtables?)\\b"
                    + "(?:\\s+with\\s+(?:(?!\\band\\b)[^,.;:]){1,80}?)?\\s+(?:on|about)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A non-restrictive relative clause whose verb states coverage: ", which, as explained, applies only to …". */
    private static final Pattern RELATIVE_COVERAGE = Pattern.compile(
            ",\\s+which\\b(?<clause>[^.?]*?\\b(?:appl(?:y|ies)|covers?|includes?|extends?|concerns?)\\b[^.?]*)",
            Pattern.CASE_INSENSITIVE);

    /** A sentence that says something is left out of an action: "Longliners are not covered by the protocol". */
    private static final Pattern LEFT_OUT = Pattern.compile(
            "\\b(?:not\\s+(?:be\\s+)?(?:covered|included)|(?:are|is|be|were|was)\\s+(?:excluded|removed)|excluding|excludes"
                    + "|(?:does|do|will)\\s+not\\s+(?:cover|include|apply\\s+to|extend\\s+to)|continues? to (?:be )?(?:apply|applied|implemented|in force)"
                    + "|remains? (?:subject to|in force))\\b"
                    // Left as it was, so outside the new measure: "will continue to be traded on the current terms",
                    // "will not be affected", "remain unchanged".
                    + "|\\bcontinues? to be \\w+ (?:on|under|at|in line with) (?:the )?(?:current|existing|present|same|previous|usual)\\b"
                    + "|\\b(?:(?:will|shall|would) not be|(?:is|are|remains?|be) (?:left )?)(?:affected|unaffected|unchanged)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * "Following the discussions, the parties agreed …", "After detailed talks, …": the talks are when the outcome came,
     * so the sentence reports an action, not an agenda.
     */
    private static final Pattern DISCUSSION_ADVERBIAL = Pattern.compile(
            "^(?:following|after|at the end of|as a result of|in the course of)\\s+(?:(?:the|these|their|detailed|lengthy"
                    + "|extensive|intensive|further|two|several)\\s+)*(?:days of\\s+)?(?:discussions?|talks|consultations"
                    + "|deliberations|negotiations)\\s*,",
            Pattern.CASE_INSENSITIVE);

    /** Stems of nouns that name a stretch of land or sea an action can cover whole or in named parts. */
    private static final Set<String> STRETCHES = Set.of("border", "frontier", "boundari", "coast", "coastlin", "shore",
            "line", "territori", "region", "zone", "corridor", "river", "length", "rout");

    /** Verbs that state coverage whatever the action: they do not show that two sentences are about one action. */
    private static final String COVERAGE_VERBS = "apply applies applied cover covers covered include includes included "
            + "extend extends extended exclude excludes excluded";

    /**
     * Sentences read recently: a statement is compared with every other of its event, and tagging its aligned
     * sentences again for each pair would cost a tagger pass every time.
     */
    private static final int CACHED_SENTENCES = 4096;
    /** Texts whose action sentences were picked recently, for the same reason. */
    private static final int CACHED_TEXTS = 2048;

    private final SentenceAligner aligner;
    private final TermAnalyzer analyzer;
    private final boolean compareEnumerations;
    private final BoundedCache<String, Coverage> coverages;
    private final BoundedCache<String, List<SentenceAligner.Sentence>> actionSentences;
    /**
     * Each text's content terms: running Lucene's analyzer over both whole texts for every pair was a tenth of
     * comparison time at 100 statements an event. Unmodifiable: every pair reads the same set.
     */
    private final BoundedCache<String, Set<String>> contentTerms;
    private final Set<String> coverageVerbs;
    private final Set<String> siteKinds;

    public CoverageRule(SentenceAligner aligner, TermAnalyzer analyzer, PosTagger tagger) {
        this(aligner, analyzer, tagger, true);
    }

    /**
     * @param compareEnumerations also report two readouts that enumerate different things under one action
     *                            ("railways, road bridges and ports" vs "railway lines, stations and rolling stock");
     *                            on in the standard detector since only lists a coverage word introduces are compared
     *                            ({@link CoverageReader.Coverage#coverageLists()}): unguarded, it cost more false
     *                            alarms than it found
     */
    public CoverageRule(SentenceAligner aligner, TermAnalyzer analyzer, PosTagger tagger, boolean compareEnumerations) {
        this.compareEnumerations = compareEnumerations;
        this.aligner = aligner;
        this.analyzer = analyzer;
        final CoverageReader reader = new CoverageReader(tagger, analyzer);
        this.coverages = new BoundedCache<>(CACHED_SENTENCES, reader::read);
        this.actionSentences = new BoundedCache<>(CACHED_TEXTS, this::findActions);
        this.contentTerms = new BoundedCache<>(CACHED_TEXTS,
                text -> java.util.Collections.unmodifiableSet(new HashSet<>(analyzer.contentTerms(text))));
        this.coverageVerbs = Set.copyOf(aligner.terms(COVERAGE_VERBS));
        this.siteKinds = Set.copyOf(analyzer.contentTerms(SITE_KINDS));
    }

    @Override
    public AlertKind kind() {
        return AlertKind.SCOPE;
    }

    @Override
    public List<Finding> compare(Statement a, Statement b) {
        final Set<String> termsA = contentTerms.get(a.getText());
        final Set<String> termsB = contentTerms.get(b.getText());
        Finding best = null;
        double bestSimilarity = 0;
        for (SentenceAligner.Sentence s : actions(a.getText())) {
            for (SentenceAligner.Sentence t : actions(b.getText())) {
                final double sim = aligner.similarity(s.text(), t.text());
                if (sim < MIN_SIMILARITY || sim <= bestSimilarity || sharedSubject(s.text(), t.text()).size() < MIN_SHARED) {
                    continue;
                }
                final Coverage cs = coverages.get(s.text());
                final Coverage ct = coverages.get(t.text());
                final String difference = difference(cs, ct, new Mentions(termsB, b.getText()), a, b, t.text(),
                        new XSide(termsA, s.text()));
                String reverse = difference != null ? null : difference(ct, cs, new Mentions(termsA, a.getText()), b, a, s.text(),
                        new XSide(termsB, t.text()));
                if (difference == null && reverse == null && sim >= FRAMED_WORDING) {
                    final int frame = sim >= CLOSE_WORDING ? 1 : FRAME_WORDS;
                    reverse = extraItem(cs, s.text(), ct, t.text(), new Mentions(termsB, b.getText()), a, b, frame);
                    if (reverse == null) {
                        reverse = extraItem(ct, t.text(), cs, s.text(), new Mentions(termsA, a.getText()), b, a, frame);
                    }
                }
                if (difference == null && reverse == null) {
                    reverse = bothBeyond(s.text(), a, t.text(), termsB, b);
                    if (reverse == null) {
                        reverse = bothBeyond(t.text(), b, s.text(), termsA, a);
                    }
                }
                if (difference != null || reverse != null) {
                    bestSimilarity = sim;
                    best = new Finding(AlertKind.SCOPE, topic(s.text(), t.text()), a, b, s.text(), t.text(),
                            Severity.MEDIUM, CONFIDENCE, difference != null ? difference : reverse);
                }
            }
        }
        return best == null ? List.of() : List.of(best);
    }

    /**
     * "a feasibility study covering both a gas pipeline and an electricity cable" against "a feasibility study of the gas
     * pipeline": "both" says the action covers two things, the other side's aligned sentence names the first by its head
     * noun, and the other text names nothing of the second. Returns the explanation, or null. Names ("both Russia and
     * Ukraine") and prepositional pairs ("both in Kyiv and in Moscow") are places or parties, left to the place checks.
     */
    private String bothBeyond(String xSentence, Statement sx, String ySentence, Set<String> yTerms, Statement sy) {
        final Matcher both = BOTH_PAIR.matcher(xSentence);
        if (!both.find()) {
            return null;
        }
        final String first = pairItem(both.group("first"));
        final String second = pairItem(both.group("second"));
        if (first == null || second == null) {
            return null;
        }
        final String named = namesOnly(first, second, ySentence, yTerms) ? first
                : namesOnly(second, first, ySentence, yTerms) ? second : null;
        if (named == null) {
            return null;
        }
        return sx.getIssuer() + " says it covers both " + first + " and " + second + "; " + sy.getIssuer()
                + " names " + named + " only.";
    }

    /** Whether {@code ySentence} names {@code kept} by its head noun and {@code y}'s text names nothing of {@code left}. */
    private boolean namesOnly(String kept, String left, String ySentence, Set<String> yTerms) {
        final List<String> keptTerms = analyzer.contentTerms(kept);
        final List<String> leftTerms = analyzer.contentTerms(left);
        return !keptTerms.isEmpty() && !leftTerms.isEmpty()
                && analyzer.contentTerms(ySentence).contains(keptTerms.get(keptTerms.size() - 1))
                && leftTerms.stream().noneMatch(yTerms::contains);
    }

    /**
     * One side of a "both … and …" pair as common-noun words: the article dropped, cut at the first preposition,
     * participle or verb ("a subsea cable linking …"); null when it names a party or place (a capitalised head) or
     * starts with a preposition.
     */
    private static String pairItem(String words) {
        final String[] w = words.strip().split("\\s+");
        final StringBuilder out = new StringBuilder();
        for (int k = 0; k < w.length; k++) {
            final String lower = w[k].toLowerCase(Locale.ROOT);
            if (k == 0 && PAIR_ARTICLES.contains(lower)) {
                continue;
            }
            if (PAIR_STOP.matcher(lower).matches()) {
                if (out.length() == 0) {
                    return null;
                }
                break;
            }
            // A participle after the noun starts a clause ("a cable linking …"); before it, it modifies ("damaged schools").
            if (out.length() > 0 && PARTICIPLE.matcher(lower).matches()) {
                break;
            }
            out.append(out.length() == 0 ? "" : " ").append(w[k]);
        }
        final String item = out.toString();
        final int lastSpace = item.lastIndexOf(' ');
        final String head = item.substring(lastSpace + 1);
        return item.isEmpty() || !head.equals(head.toLowerCase(Locale.ROOT)) || GENERIC_PAIR_HEADS.contains(head.toLowerCase(Locale.ROOT))
                ? null : item;
    }

    /** "both A and B" within one clause, each side at most five words. */
    private static final Pattern BOTH_PAIR = Pattern.compile(
            "\\bboth\\s+(?<first>[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,4}?)\\s+and\\s+(?<second>[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,4})");
    private static final Set<String> PAIR_ARTICLES = Set.of("the", "a", "an");
    /** Words that end a pair item: prepositions, relatives, auxiliaries, participles. */
    private static final Pattern PAIR_STOP = Pattern.compile(
            "for|to|from|in|into|at|of|on|with|by|that|which|who|will|would|shall|can|is|are|was|were|be|has|have|had"
                    + "|as|under|than|between|across|along");
    private static final Pattern PARTICIPLE = Pattern.compile("\\p{L}{3,}(?:ed|ing)");
    /** Pairs of participants or sides, not of things covered ("both sides and their partners"). */
    private static final Set<String> GENERIC_PAIR_HEADS = Set.of("sides", "side", "parties", "party", "countries",
            "states", "governments", "leaders", "ministers", "delegations", "peoples", "nations");

    private List<SentenceAligner.Sentence> actions(String text) {
        return actionSentences.get(text);
    }

    private List<SentenceAligner.Sentence> findActions(String text) {
        final List<SentenceAligner.Sentence> out = new ArrayList<>();
        for (SentenceAligner.Sentence s : aligner.sentences(text)) {
            if (action(s.text())) {
                out.add(s);
                continue;
            }
            final SentenceAligner.Sentence outcome = outcomeBeforeTalk(s);
            if (outcome != null) {
                out.add(outcome);
            }
        }
        return out;
    }

    /**
     * "They agreed to operationalise the mechanism for rice and fruit, and discussed the possibility of …": an outcome
     * clause, then a coordinated clause that only reports talk. The outcome clause alone is an action; the talk after
     * it says nothing of what the outcome covers. Returns the outcome clause as a sentence, or null.
     */
    private static SentenceAligner.Sentence outcomeBeforeTalk(SentenceAligner.Sentence s) {
        final Matcher talk = TALK_CLAUSE.matcher(s.text());
        if (!talk.find()) {
            return null;
        }
        final String first = s.text().substring(0, talk.start());
        return OUTCOME.matcher(first).find() && action(first)
                ? new SentenceAligner.Sentence(s.start(), s.start() + first.length(), first) : null;
    }

    /** A coordinated clause that reports talk: ", and discussed …", ", and also exchanged views …". */
    private static final Pattern TALK_CLAUSE = Pattern.compile(
            ",\\s+and\\s+(?:also\\s+)?(?:discuss\\w*|exchanged|touched upon|talked about|reviewed|raised)\\b");
    /** Verbs of an outcome reached at the meeting. */
    private static final Pattern OUTCOME = Pattern.compile(
            "\\b(?:agreed|decided|signed|approved|adopted|concluded|launched)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Whether a sentence reports an action. A relative clause that states what a measure covers ("regretted the
     * proposal, which applies only to holders of diplomatic passports") is read alone: the stance or the talk in the
     * main clause is about the measure, while the clause says what the measure covers.
     */
    private static boolean action(String sentence) {
        final Matcher coverage = RELATIVE_COVERAGE.matcher(sentence);
        // A question quotes the other side whatever its clauses say.
        final boolean question = sentence.contains("?") || sentence.startsWith("Q:");
        final String read = !question && coverage.find() ? coverage.group("clause") : sentence;
        return !NOT_AN_ACTION.matcher(DISCUSSION_ADVERBIAL.matcher(read).replaceFirst("")).find();
    }

    /** How {@code x}'s coverage exceeds {@code y}'s, as an explanation, or null. */
    private String difference(Coverage x, Coverage y, Mentions mentionsOfY, Statement sx, Statement sy, String ySentence,
                              XSide mentionsOfX) {
        if (x.universal() != null && x.restriction() == null && y.restriction() != null && y.universal() == null) {
            return sx.getIssuer() + " says it covers " + x.universal() + "; " + sy.getIssuer()
                    + " limits it (\"" + y.restriction() + "\").";
        }
        if (exceptionOnOneSide(x, y)) {
            return sx.getIssuer() + " says it covers " + x.universal() + "; " + sy.getIssuer() + " makes an exception (\""
                    + y.restriction() + "\").";
        }
        final PlaceBeyond place = placeBeyond(x, y, mentionsOfY);
        if (place != null) {
            return sx.getIssuer() + " names " + place.place() + " as well; " + sy.getIssuer() + " names only "
                    + String.join(", ", place.named()) + ".";
        }
        final CoverageReader.Covered closed = y.covered() != null && y.covered().only() ? y.covered() : y.restricted();
        final String beyondOnly = beyond(x, closed, sy.getText(), ySentence);
        if (beyondOnly != null) {
            return sx.getIssuer() + " includes " + beyondOnly + "; " + sy.getIssuer()
                    + " says " + String.join(", ", closed.surfaces()) + " only (not " + beyondOnly + ").";
        }
        final CoverageReader.Covered listed = closed == null && y.universal() == null && y.restriction() == null
                && !y.exemplifies() ? y.covered() : null;
        // Not closed by a restricting word, the list is y's whole coverage only if y names the missing thing nowhere,
        // its own sentence included ("covering wheat and maize, with barley to follow").
        final String beyondList = beyond(x, listed, sy.getText(), null);
        if (beyondList != null) {
            return sx.getIssuer() + " includes " + beyondList + "; " + sy.getIssuer() + " says it covers "
                    + String.join(", ", listed.surfaces()) + ".";
        }
        if (x.restriction() != null) {
            return null;
        }
        final String sites = sitesUnderWhole(x, y);
        if (sites != null) {
            return sx.getIssuer() + " says it covers " + x.universal() + "; " + sy.getIssuer() + " names " + sites + " only.";
        }
        final Item site = siteUnderWhole(x, y, ySentence, mentionsOfX);
        if (site != null) {
            return sx.getIssuer() + " says it covers " + x.universal() + "; " + sy.getIssuer() + " names " + site.surface()
                    + " only.";
        }
        final Item instance = namedInstance(x, y);
        if (instance != null) {
            return sx.getIssuer() + " says it covers " + x.universal() + "; " + sy.getIssuer() + " names "
                    + instance.surface() + " only.";
        }
        final Item kind = kindUnderAll(x, y, mentionsOfX, ySentence);
        if (kind != null) {
            return sx.getIssuer() + " says it covers " + x.universal() + "; " + sy.getIssuer() + " names "
                    + kind.surface() + " only.";
        }
        // An enumeration on the other side, a restriction there, or a universal here: y is explicit about its coverage.
        final boolean yEnumerates = y.restriction() == null && x.universal() == null;
        if (yEnumerates && !compareEnumerations) {
            // Two readouts listing different things done under one action were, on readouts written blind, far
            // more often two summaries of one outcome than a dispute over its coverage (1 in 13 on hold-out sets)
            // while any list counted; the lists compared below are only those a coverage word introduces.
            return null;
        }
        if (!yEnumerates && y.restriction() == null && y.exemplifies()) {
            // "welcomes more Kenyan products, such as avocados, tea and coffee": y names examples, not its whole
            // coverage, so an item of x's list y does not give is no narrower coverage.
            return null;
        }
        if (!yEnumerates && y.restriction() == null && x.exemplifies()) {
            // "access to all stages, including the counting at polling stations and the tallying": the list gives
            // examples of what the universal covers, and the other side, which neither enumerates nor restricts,
            // says nothing about the coverage those examples could exceed.
            return null;
        }
        final List<Item> yCounterparts = yEnumerates ? thingLists(y, true).stream().flatMap(List::stream).toList() : y.phrases();
        for (List<Item> list : thingLists(x, yEnumerates)) {
            // An enumeration is y's whole coverage only if y names none of x's items outside it
            // ("Our truck drivers … together with our business people and students").
            if (yEnumerates && list.stream().anyMatch(item -> y.phrases().stream()
                    .anyMatch(p -> !yCounterparts.contains(p) && overlaps(item.stems(), p.stems())))) {
                continue;
            }
            Item shared = null;
            Item missing = null;
            for (Item item : list) {
                if (shared == null && yCounterparts.stream().anyMatch(p -> p.thing() && sameThing(item, p))) {
                    shared = item;
                } else if (missing == null && !mentionsOfY.mentions(item)) {
                    missing = item;
                }
            }
            if (shared != null && missing != null && !(yEnumerates && substitution(list, y))) {
                return sx.getIssuer() + " includes " + missing.surface() + " alongside " + shared.surface() + "; "
                        + sy.getIssuer() + " does not.";
            }
        }
        return null;
    }

    /**
     * "will cover wheat, maize and rapeseed" against "will cover wheat only", "exclusively for wheat" or "limited to
     * wheat": {@code x} enumerates what the action covers (after a coverage verb, or any list of things in the
     * sentence) without restricting it, {@code y} closes its coverage with a restricting word, everything {@code y}
     * names is in {@code x}'s list, and {@code x} names something {@code y} leaves out. Returns that thing, or null.
     * The thing must not be named in another sentence of {@code y}'s text ("Quotas for coils will be set next year"),
     * except in one that says it is left out ("Longliners are not covered"): the restricting sentence itself excludes
     * what it leaves out ("the suspension covers rare earths only; the measures on gallium continue").
     * The same holds when {@code shorter} is the plain object of a coverage verb ("concerning cobalt, copper and
     * lithium" against "cobalt, copper, lithium, germanium and tantalum"): a coverage verb states what the action
     * covers, so a strictly shorter list there is a narrower coverage; then {@code ySentence} is null and the thing
     * must be named nowhere in {@code y}'s text.
     */
    private String beyond(Coverage x, CoverageReader.Covered shorter, String yText, String ySentence) {
        if (shorter == null || x.restriction() != null) {
            return null;
        }
        final List<List<Set<String>>> longerLists = new ArrayList<>();
        final List<List<String>> longerSurfaces = new ArrayList<>();
        if (x.covered() != null) {
            longerLists.add(x.covered().items());
            longerSurfaces.add(x.covered().surfaces());
        }
        for (List<Item> list : thingLists(x)) {
            longerLists.add(list.stream().map(Item::stems).toList());
            longerSurfaces.add(list.stream().map(Item::surface).toList());
        }
        for (CoverageReader.Covered list : x.wordLists()) {
            longerLists.add(list.items());
            longerSurfaces.add(list.surfaces());
        }
        Set<String> elsewhere = null;
        for (int l = 0; l < longerLists.size(); l++) {
            final int beyond = beyond(longerLists.get(l), shorter.items());
            if (beyond < 0) {
                continue;
            }
            if (elsewhere == null) {
                elsewhere = termsOutside(yText, ySentence);
            }
            if (longerLists.get(l).get(beyond).stream().noneMatch(elsewhere::contains)) {
                return longerSurfaces.get(l).get(beyond);
            }
        }
        return null;
    }

    /** Content terms of the sentences of {@code text} other than {@code sentence} and those that leave something out. */
    private Set<String> termsOutside(String text, String sentence) {
        final Set<String> out = new HashSet<>();
        for (SentenceAligner.Sentence other : aligner.sentences(text)) {
            if (!other.text().equals(sentence) && !LEFT_OUT.matcher(other.text()).find()) {
                out.addAll(analyzer.contentTerms(other.text()));
            }
        }
        return out;
    }

    /**
     * Index of the first item of {@code longer} outside {@code shorter} when {@code shorter} lies wholly inside it and
     * {@code longer} has two items or more, or -1.
     */
    private static int beyond(List<Set<String>> longer, List<Set<String>> shorter) {
        if (longer.size() < 2) {
            return -1;
        }
        for (Set<String> item : shorter) {
            if (longer.stream().noneMatch(other -> overlaps(item, other))) {
                return -1;
            }
        }
        for (int i = 0; i < longer.size(); i++) {
            final Set<String> item = longer.get(i);
            if (shorter.stream().noneMatch(other -> overlaps(item, other))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "through the Rafah, Kerem Shalom and Zikim crossings" against "through the Kerem Shalom and Zikim crossings": both
     * enumerate places by name, every place {@code y} names is in {@code x}'s list, and {@code x} names a place
     * {@code y}'s text never mentions. A name that stands alone in {@code y} ("a cessation of hostilities in Upper Nile
     * State" against "in Upper Nile, Jonglei and Unity States") is a list of one. Returns that place and the places
     * {@code y} names, or null. Two names that differ only by a qualifier ("the
     * southern Red Sea", "the Red Sea") are one place.
     */
    private PlaceBeyond placeBeyond(Coverage x, Coverage y, Mentions mentionsOfY) {
        final List<List<String>> shorterLists = new ArrayList<>(y.placeLists());
        y.places().forEach(p -> shorterLists.add(List.of(p)));
        for (List<String> longer : x.placeLists()) {
            final List<Set<String>> longerStems = longer.stream().map(this::nameStems).toList();
            for (List<String> shorter : shorterLists) {
                final List<Set<String>> shorterStems = shorter.stream().map(this::nameStems).toList();
                if (!shorterStems.stream().allMatch(n -> longerStems.stream().anyMatch(o -> sameName(n, o)))) {
                    continue;
                }
                for (int i = 0; i < longer.size(); i++) {
                    final Set<String> name = longerStems.get(i);
                    // "the Sea of Azov" beside "the Black Sea": the word the names share ("sea") does not mention it.
                    final Set<String> own = new HashSet<>(name);
                    shorterStems.forEach(own::removeAll);
                    if (!own.isEmpty() && shorterStems.stream().noneMatch(n -> sameName(n, name))
                            && own.stream().noneMatch(mentionsOfY.terms()::contains)) {
                        return new PlaceBeyond(longer.get(i), shorter);
                    }
                }
            }
        }
        return null;
    }

    /** A place one side names beyond the places the other side names. */
    private record PlaceBeyond(String place, List<String> named) {
    }

    private Set<String> nameStems(String name) {
        return new HashSet<>(analyzer.contentTerms(name));
    }

    private static boolean sameName(Set<String> a, Set<String> b) {
        return !a.isEmpty() && !b.isEmpty() && (a.containsAll(b) || b.containsAll(a));
    }

    /**
     * "along the entire length of the common border" against "in the areas adjacent to Ta Muen Thom, Ta Krabey and Chong
     * Bok": one side covers a stretch of land or sea whole, the other enumerates named places and neither quantifies,
     * restricts nor gives them as examples ("including"). Returns the places, or null.
     */
    private static String sitesUnderWhole(Coverage x, Coverage y) {
        if (x.universalItem() == null || !STRETCHES.contains(x.universalItem().head()) || y.universal() != null
                || y.restriction() != null || y.exemplifies() || y.placeLists().isEmpty()) {
            return null;
        }
        return String.join(", ", y.placeLists().get(0));
    }

    /**
     * "simplify border procedures along the entire corridor" against "… at the Torugart checkpoint": one side covers a
     * stretch of land or sea whole, the other names one site on it by name and kind ({@link #SITE_KINDS}: a
     * checkpoint, a crossing, a port), neither quantifies, restricts nor gives examples, the universal side's text
     * never names the site, and the site is not where the meeting took place ("met at the Torugart checkpoint").
     * Returns the site, or null. A city alone ("in Bishkek") is as often the venue as the place covered, so only a
     * named site of a kind counts.
     */
    private Item siteUnderWhole(Coverage x, Coverage y, String ySentence, XSide xSide) {
        if (x.universalItem() == null || !STRETCHES.contains(x.universalItem().head()) || y.universal() != null
                || y.restriction() != null || y.exemplifies() || !y.placeLists().isEmpty()) {
            return null;
        }
        for (Item p : y.phrases()) {
            if (!p.named() || !siteKinds.contains(p.head())) {
                continue;
            }
            final Set<String> name = nameStems(p);
            final int at = ySentence.indexOf(p.surface());
            if (!name.isEmpty() && name.stream().noneMatch(xSide.terms()::contains) && at >= 0
                    && !VENUE.matcher(ySentence.substring(Math.max(0, at - VENUE_REACH), at)).find()) {
                return p;
            }
        }
        return null;
    }

    /** Kinds of a single site on a route or a border, each named apart: "the Torugart checkpoint". */
    private static final String SITE_KINDS = "checkpoint checkpoints crossing crossings port post airport terminal "
            + "station bridge";
    /** How far before a site a meeting verb makes it the venue. */
    private static final int VENUE_REACH = 40;
    /** Words that make the place after them where the meeting was held, not what its outcome covers. */
    private static final Pattern VENUE = Pattern.compile(
            "\\b(?:met|meet|meeting|meetings|held|hosted|gathered|convened|visit(?:ed|ing|s)?|talks|summit|ceremony|signed)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * "halt strikes on energy facilities and seaports" against "halt strikes on energy facilities", in sentences worded
     * nearly alike: {@code x} enumerates after a coverage word ("on", "against", "covers"), without examples, a
     * universal or a restriction; {@code y} has no enumeration, universal or restriction of its own, names one of the
     * items in the same frame (after the same word), and its text never mentions another; a cooperation's fields ({@link #COOPERATION}) are left out. Returns the
     * explanation, or null.
     */
    private static String extraItem(Coverage x, String xSentence, Coverage y, String ySentence, Mentions mentionsOfY,
                                    Statement sx, Statement sy, int frameWords) {
        // A list of names or persons on y's side ("ENAMI and JOGMEC") is no coverage of y's own.
        if (x.exemplifies() || x.universal() != null || x.restriction() != null || y.exemplifies() || y.universal() != null
                || y.restriction() != null || !thingLists(y).isEmpty() || COOPERATION.matcher(xSentence).find()
                || ALSO_COVERS.matcher(ySentence).find()) {
            return null;
        }
        for (List<Item> list : thingLists(x, true)) {
            Item shared = null;
            Item missing = null;
            for (Item item : list) {
                if (shared == null && y.phrases().stream().anyMatch(p -> p.thing() && item.stems().equals(p.stems()))) {
                    shared = item;
                } else if (missing == null && !mentionsOfY.mentions(item)) {
                    missing = item;
                }
            }
            // One frame on both sides ("strikes on energy facilities [and seaports]"), not the same noun under two
            // verbs ("follow up on projects and attract investment" against "implementation of projects").
            final List<String> frame = wordsBefore(xSentence, list.get(0).surface(), frameWords);
            // "a meeting of the working group on the use and protection of water resources": a body's title names its
            // remit, and a shorter title on the other side is the same body, not a narrower action.
            if (wordsBefore(xSentence, list.get(0).surface(), FRAME_WORDS).stream().anyMatch(BODY_NOUNS::contains)) {
                continue;
            }
            if (shared != null && missing != null && frame.size() == frameWords
                    && frame.equals(wordsBefore(ySentence, shared.surface(), frameWords))) {
                return sx.getIssuer() + " includes " + missing.surface() + " alongside " + shared.surface() + "; "
                        + sy.getIssuer() + " names " + shared.surface() + " only.";
            }
        }
        return null;
    }

    /**
     * "The operational order also covers the neutralisation of the FDLR": what "also" covers is added to what the
     * statement says elsewhere, so naming one item there does not say the action covers that item only.
     */
    private static final Pattern ALSO_COVERS = Pattern.compile(
            "\\balso\\s+(?:covers?|covering|includes?|including|extends?\\s+to|appl(?:y|ies)\\s+to|concerns?)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * The lowercased {@code count} words before the first occurrence of {@code phrase} in {@code sentence}, fewer if
     * the sentence starts sooner or a punctuation mark comes between.
     */
    private static List<String> wordsBefore(String sentence, String phrase, int count) {
        final int at = sentence.indexOf(phrase);
        if (at <= 0) {
            return List.of();
        }
        final String[] before = sentence.substring(0, at).strip().split("\\s+");
        final List<String> out = new ArrayList<>();
        for (int k = before.length - 1; k >= 0 && out.size() < count && before[k].matches("[\\p{L}'’-]+"); k--) {
            out.add(0, before[k].toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * "strengthen cooperation against piracy and arms smuggling": the fields of a cooperation are an agenda, and one
     * side naming one field more is no dispute over what a measure covers.
     */
    private static final Pattern COOPERATION = Pattern.compile(
            "\\b(?:cooperat\\w*|partnership|dialogue|coordination|collaborat\\w*|work together)\\b", Pattern.CASE_INSENSITIVE);

    /** Nouns of a standing body whose title a frame may be: "the working group on …", "the committee for …". */
    private static final Set<String> BODY_NOUNS = Set.of("group", "groups", "committee", "commission", "council", "forum",
            "conference", "board", "panel", "mechanism", "meeting", "session", "subcommittee", "taskforce", "force",
            "centre", "center", "agency", "office", "network", "platform");

    /** Letters two spellings of one word share at their start. */
    private static final int SPELLING_STEM = 3;

    /** The cues of an exception to a universal: "all vessels except those under twelve metres". */
    private static final Set<String> EXCEPTION_CUES = Set.of("except", "except for", "excluding", "with the exception of");

    /**
     * "the ban applies to all fishing vessels" against "to all fishing vessels except those under twelve metres": both
     * quantify the same noun universally, and only {@code y} carves an exception out of it.
     */
    private static boolean exceptionOnOneSide(Coverage x, Coverage y) {
        return x.universalItem() != null && y.universalItem() != null && x.restriction() == null
                && y.restriction() != null && EXCEPTION_CUES.contains(y.restriction())
                && !x.universalItem().head().isEmpty() && x.universalItem().head().equals(y.universalItem().head());
    }

    /**
     * "through all crossings" against "through the Kerem Shalom crossing": one side quantifies a noun universally, the
     * other names a single instance of that same noun and neither quantifies nor gives it as an example ("including").
     */
    private static Item namedInstance(Coverage x, Coverage y) {
        if (x.universalItem() == null || y.universal() != null || y.restriction() != null || y.exemplifies()) {
            return null;
        }
        final String head = x.universalItem().head();
        // "through the Rafah crossing and the other crossings": the named one and the rest are all of them.
        if (y.phrases().stream().anyMatch(p -> p.thing() && !p.named() && head.equals(p.head())
                && OTHER.matcher(p.surface()).find())) {
            return null;
        }
        for (Item p : y.phrases()) {
            if (p.thing() && p.named() && !head.isEmpty() && head.equals(p.head())) {
                return p;
            }
        }
        return null;
    }

    private static final Pattern OTHER = Pattern.compile("\\b(?:other|remaining)\\b", Pattern.CASE_INSENSITIVE);

    /** The universal side of a comparison: its text's content terms and its aligned sentence. */
    private record XSide(Set<String> terms, String sentence) {
    }

    /**
     * "align controls on all categories of semiconductor equipment" against "align controls on lithography systems";
     * "visa exemption regardless of passport type" against "for holders of ordinary passports": one side covers every
     * kind of a thing, the other names one kind and neither quantifies, restricts nor gives it as an example. The kind
     * is a common-noun phrase of {@code y}'s sentence: either the universal's own head with a lowercase modifier that
     * {@code x}'s text never uses ("ordinary passports"), or, in the same frame (the same noun and preposition before
     * both: "controls on"), another head that {@code x}'s text never uses. Returns that phrase, or null.
     */
    private Item kindUnderAll(Coverage x, Coverage y, XSide xSide, String ySentence) {
        // Only a universal over kinds says the coverage is every kind: "all French nationals" against "two French
        // citizens", "the entire border" against "the common border" name the same things in other words.
        if (x.universalItem() == null || !OVER_KINDS.matcher(x.universal()).find() || x.exemplifies()
                || y.universal() != null || y.restriction() != null || y.exemplifies() || x.universalItem().head().isEmpty()) {
            return null;
        }
        final String head = x.universalItem().head();
        final String xFrame = frameBefore(xSide.sentence(), x.universal());
        for (Item p : y.phrases()) {
            // A kind the universal side names itself ("lithography systems" anywhere in its text) is no narrower coverage.
            if (!p.thing() || p.named() || !head.equals(p.head()) && xSide.terms().contains(p.head())) {
                continue;
            }
            if (head.equals(p.head())) {
                final Set<String> modifiers = new HashSet<>();
                final String[] words = p.surface().split("\\s+");
                for (int k = 0; k < words.length - 1; k++) {
                    if (words[k].equals(words[k].toLowerCase(Locale.ROOT))) {
                        modifiers.addAll(analyzer.contentTerms(words[k]));
                    }
                }
                modifiers.removeAll(x.universalItem().stems());
                if (!modifiers.isEmpty() && modifiers.stream().noneMatch(xSide.terms()::contains)) {
                    return p;
                }
            } else if (xFrame != null && xFrame.equals(frameBefore(ySentence, p.surface()))) {
                return p;
            }
        }
        return null;
    }

    /** The noun and preposition right before {@code phrase} ("controls on"), lowercased, or null. */
    private static String frameBefore(String sentence, String phrase) {
        final int at = sentence.indexOf(phrase);
        if (at <= 0) {
            return null;
        }
        final String[] before = sentence.substring(0, at).strip().split("\\s+");
        if (before.length < 2 || !FRAME_PREPOSITIONS.contains(before[before.length - 1].toLowerCase(Locale.ROOT))) {
            return null;
        }
        final String noun = before[before.length - 2].toLowerCase(Locale.ROOT);
        return noun.matches("\\p{L}{3,}") ? noun + " " + before[before.length - 1].toLowerCase(Locale.ROOT) : null;
    }

    /** A universal over the kinds of a thing: "all categories of …", "every type of …", "regardless of passport type". */
    private static final Pattern OVER_KINDS = Pattern.compile(
            "\\b(?:categor(?:y|ies)|types?|kinds?|class(?:es)?|regardless|irrespective)\\b", Pattern.CASE_INSENSITIVE);

    private static final Set<String> FRAME_PREPOSITIONS = Set.of("on", "to", "for", "against", "of");

    /**
     * What a text mentions: any content stem of an item, or its last word inside a longer word ("mines" in "landmines",
     * which stemming keeps apart).
     */
    private record Mentions(Set<String> terms, String text) {
        boolean mentions(Item item) {
            if (item.stems().isEmpty() || item.stems().stream().anyMatch(
                    stem -> terms.contains(stem) || terms.stream().anyMatch(t -> spellingVariants(stem, t)))) {
                return true;
            }
            final String[] words = item.surface().toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
            final String last = words[words.length - 1];
            final String singular = last.endsWith("s") ? last.substring(0, last.length() - 1) : last;
            return singular.length() >= 4 && text.toLowerCase(Locale.ROOT).contains(singular);
        }
    }

    /**
     * Two parallel lists of the same length that differ in one item each name one thing two ways ("mines and
     * unexploded ordnance", "mines and explosive remnants of war"), not two coverages.
     */
    private static boolean substitution(List<Item> list, Coverage y) {
        for (List<Item> other : thingLists(y)) {
            if (other.size() == list.size() && unmatched(list, other) == 1 && unmatched(other, list) == 1) {
                return true;
            }
        }
        return false;
    }

    private static long unmatched(List<Item> list, List<Item> other) {
        return list.stream().filter(i -> other.stream().noneMatch(o -> overlaps(i.stems(), o.stems()))).count();
    }

    /**
     * "defence" and "defense", "programme" and "program": one letter apart in a long word is the same word. Spellings
     * part after a word's first letters: "copper" and "cooper" (of "cooperation"), "border" and "order" are words of
     * their own.
     */
    private static boolean spellingVariants(String a, String b) {
        if (Math.min(a.length(), b.length()) < 5 || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i < SPELLING_STEM) {
            return false;
        }
        final String ra = a.substring(Math.min(i + 1, a.length()));
        final String rb = b.substring(Math.min(i + 1, b.length()));
        return ra.equals(rb) || a.substring(i).equals(rb) || ra.equals(b.substring(i));
    }

    /** Enumerations of things an action can cover: every item a common noun phrase. */
    private static List<List<Item>> thingLists(Coverage c) {
        return thingLists(c, false);
    }

    /** With {@code introducedOnly}, only the enumerations a coverage word introduces ({@link Coverage#coverageLists()}). */
    private static List<List<Item>> thingLists(Coverage c, boolean introducedOnly) {
        return (introducedOnly ? c.coverageLists() : c.lists()).stream().filter(l -> l.stream().allMatch(Item::thing)).toList();
    }

    /**
     * Two phrases name one thing when the head noun of one is a word of the other ("railway lines" and "railways",
     * "sunflower seed" and "sunflower") or both name one place; "social protection" and "social spending" share only a
     * modifier.
     */
    private boolean sameThing(Item a, Item b) {
        return (!a.head().isEmpty() && b.stems().contains(a.head())) || (!b.head().isEmpty() && a.stems().contains(b.head()))
                || overlaps(nameStems(a), nameStems(b));
    }

    /** Stems of an item's capitalised words: "the airport in Rzeszów" and "the logistics hub in Rzeszów" are one site. */
    private Set<String> nameStems(Item item) {
        final Set<String> out = new HashSet<>();
        for (String word : item.surface().split("\\s+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                out.addAll(analyzer.contentTerms(word));
            }
        }
        return out;
    }

    private static boolean overlaps(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Shared terms that say what the action is about: two sentences that share only "applies" and one more word
     * ("the regulation applies to all importers", "the ceiling will not apply to aircraft parts") describe two
     * measures, since the coverage verb is what every coverage sentence has in common.
     */
    private Set<String> sharedSubject(String s, String t) {
        final Set<String> out = shared(s, t);
        out.removeAll(coverageVerbs);
        return out;
    }

    private Set<String> shared(String s, String t) {
        final Set<String> out = new TreeSet<>(aligner.terms(s));
        out.retainAll(aligner.terms(t));
        return out;
    }

    private String topic(String s, String t) {
        return "coverage." + String.join("-", shared(s, t).stream().limit(3).toList());
    }
}
