package io.crosscheck.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opposite predicates ({@code lexicon/opposites.tsv}): "will continue as planned" / "would end its operations",
 * "sanctions will be lifted" / "sanctions will be maintained", "the crossing was reopened" / "remains closed". Reads,
 * in one sentence, the uses of such a predicate that state a fact or a firm plan: a finite verb, or a verb governed
 * by "will", "would", "to" or an auxiliary of the perfect or passive; not in a question, not negated in its clause,
 * not under a proposal, a demand, a wish, a condition, a possibility or a report ("urged Russia to withdraw",
 * "could resume", "reports that the crossing was closed"). A base form that is also a noun or adjective ("the end of
 * the year", "close cooperation", "budget cuts", "is open to") counts only under "will", "would" or "to".
 *
 * <p>Which clause the predicate is about is left to the caller: a use carries the text before and after it.
 * Immutable and thread-safe.
 */
public final class OppositePredicates {

    private static final String RESOURCE = "/lexicon/opposites.tsv";

    /** One firm use of a listed predicate in a sentence: its lemma and where the verb phrase stands. */
    public record Use(String lemma, int start, int end) { }

    private final Map<String, Set<String>> opposites;
    private final Map<String, List<Form>> forms;

    /** A pattern of a lemma's forms; a finite one is checked for what stands around it. */
    private record Form(Pattern pattern, boolean finite) { }

    OppositePredicates(List<String[]> rows) {
        final Map<String, Set<String>> opp = new HashMap<>();
        final Map<String, List<Form>> f = new LinkedHashMap<>();
        for (String[] row : rows) {
            if (row.length < 2) {
                continue;
            }
            final String x = row[0].trim().toLowerCase(Locale.ROOT);
            final String y = row[1].trim().toLowerCase(Locale.ROOT);
            opp.computeIfAbsent(x, k -> new java.util.HashSet<>()).add(y);
            opp.computeIfAbsent(y, k -> new java.util.HashSet<>()).add(x);
            f.computeIfAbsent(x, OppositePredicates::patterns);
            f.computeIfAbsent(y, OppositePredicates::patterns);
        }
        opp.replaceAll((k, v) -> Set.copyOf(v));
        this.opposites = Map.copyOf(opp);
        this.forms = Map.copyOf(f);
    }

    public static OppositePredicates loadDefault() {
        return new OppositePredicates(LexiconFiles.read(RESOURCE));
    }

    /** The pairs of the lexicon, each once, as read (for checks of the resource). */
    public static List<String[]> pairs() {
        return LexiconFiles.read(RESOURCE);
    }

    public boolean opposite(String lemma, String other) {
        return opposites.getOrDefault(lemma, Set.of()).contains(other);
    }

    /** The firm uses of listed predicates in {@code sentence}, in order of position; none in a question. */
    public List<Use> firmUses(String sentence) {
        final String s = sentence.strip();
        if (s.endsWith("?")) {
            return List.of();
        }
        final List<Use> out = new ArrayList<>();
        for (Map.Entry<String, List<Form>> e : forms.entrySet()) {
            for (Form form : e.getValue()) {
                final Matcher m = form.pattern().matcher(sentence);
                while (m.find()) {
                    final int start = m.start("v");
                    if (form.finite() && !finiteVerbAt(sentence, start, m.end())
                            || ASPECTUAL.contains(e.getKey()) && INFINITIVE_AFTER.matcher(sentence.substring(m.end())).lookingAt()) {
                        continue;
                    }
                    if (firm(sentence, start, m.end()) && out.stream().noneMatch(u -> u.start() == start && u.lemma().equals(e.getKey()))) {
                        out.add(new Use(e.getKey(), start, m.end()));
                    }
                }
            }
        }
        // By position, then lemma: the forms map has no stable order, and the first opposed pair found is reported.
        out.sort(java.util.Comparator.comparingInt(Use::start).thenComparing(Use::lemma));
        return out;
    }

    /**
     * Verbs of aspect whose "to" complement is the act ("will continue to work with all partners"): what goes on is
     * that act, which the lexicon does not hold, so such a use is not read.
     */
    private static final Set<String> ASPECTUAL = Set.of("continue", "start", "begin", "cease");
    private static final Pattern INFINITIVE_AFTER = Pattern.compile("(?i)\\s+to\\s+(?!the\\b|a\\b|an\\b)\\w+");

    /** Words that make the word after them a noun or adjective: "the increased", "on reduced tariffs". */
    private static final Pattern NOMINAL_BEFORE = Pattern.compile("(?i)\\b(?:the|a|an|its|their|his|her|our|this|"
            + "these|those|of|on|in|for|with|by|from|and|or|newly|recently)\\s+$");
    /** What may follow a finite verb: an object's determiner, the end of a clause, or a time or place. */
    private static final Pattern FINITE_AFTER = Pattern.compile("(?i)^(?:\\s+(?:the|its|their|his|her|our|all|a|an|"
            + "this|these|those|further|on|in|at|as|to|last|yesterday|today|after|from|with|until|following)\\b|\\s*[,.;:]|\\s*$)");

    /** A finite form ("ended its operations", "the moratorium expired on Monday") and not an attribute. */
    private static boolean finiteVerbAt(String sentence, int start, int end) {
        return !NOMINAL_BEFORE.matcher(sentence.substring(0, start)).find()
                && FINITE_AFTER.matcher(sentence.substring(end)).find();
    }

    /** A negation in the predicate's clause. */
    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:not|no|never|neither|nor|without)\\b|n't\\b");
    /**
     * Words before a predicate that make it no fact or firm plan: a proposal, demand, wish or request, a condition, a
     * possibility, an expectation, a report or claim, a discussion of ways or options.
     */
    private static final Pattern NOT_FIRM_BEFORE = Pattern.compile("(?i)\\b(?:if|unless|whether|could|might|should|"
            + "can|cannot|urg\\w*|call(?:s|ed)?\\s+(?:on|for|upon)|demand\\w*|ask\\w*|request\\w*|propos\\w*|suggest\\w*|"
            + "hop(?:e|es|ed|ing)|wish\\w*|want\\w*|ready|open\\s+to|willing\\w*|prepared|seek\\w*|sought|consider\\w*|"
            + "explor\\w*|possib\\w*|option\\w*|prospect\\w*|expect\\w*|invit\\w*|appeal\\w*|encourag\\w*|insist\\w*|"
            + "report\\w*|claim\\w*|rumou?r\\w*|alleg\\w*|speculat\\w*|intention|plan\\s+to|aim\\w*|"
            + "discuss\\w*\\s+(?:ways|how|the\\s+possibility|modalities|conditions))\\b");
    /** "May" the month is no modal. */
    private static final Pattern MAY = Pattern.compile("\\bmay\\b");
    /** A condition after the predicate: "will resume once conditions allow". */
    private static final Pattern CONDITION_AFTER = Pattern.compile("(?i)\\b(?:if|unless|once|provided|subject\\s+to|"
            + "conditional|depending|as\\s+soon\\s+as)\\b");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:]");

    private static boolean firm(String sentence, int start, int end) {
        final String before = sentence.substring(0, start);
        final int brk = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'));
        final String clauseBefore = before.substring(brk + 1);
        final String after = sentence.substring(end);
        final Matcher b = CLAUSE_BREAK.matcher(after);
        final String clauseAfter = b.find() ? after.substring(0, b.start()) : after;
        return !NEGATION.matcher(clauseBefore).find() && !NEGATION.matcher(clauseAfter).find()
                && !NOT_FIRM_BEFORE.matcher(before).find() && !MAY.matcher(before).find()
                && !CONDITION_AFTER.matcher(clauseAfter).find();
    }

    /** Irregular verbs of the lexicon: base, past, past participle. */
    private static final Map<String, String[]> IRREGULAR = Map.ofEntries(
            Map.entry("keep", new String[] {"kept", "kept"}),
            Map.entry("cut", new String[] {"cut", "cut"}),
            Map.entry("shut", new String[] {"shut", "shut"}),
            Map.entry("withdraw", new String[] {"withdrew", "withdrawn"}),
            Map.entry("begin", new String[] {"began", "begun"}),
            Map.entry("freeze", new String[] {"froze", "frozen"}),
            Map.entry("wind", new String[] {"wound", "wound"}),
            Map.entry("stop", new String[] {"stopped", "stopped"}));

    /**
     * The forms of a lemma: governed by a modal, "to" or an auxiliary ("will end", "would be lifted", "has been
     * extended", "to withdraw"), and finite ("ended its operations", "remains closed").
     */
    private static List<Form> patterns(String lemma) {
        final int sp = lemma.indexOf(' ');
        final String verb = sp < 0 ? lemma : lemma.substring(0, sp);
        final String rest = sp < 0 ? "" : "\\s+" + lemma.substring(sp + 1).replace(" ", "\\s+");
        final String[] irr = IRREGULAR.get(verb);
        final String past = irr != null ? irr[0] : regularPast(verb);
        final String pp = irr != null ? irr[1] : past;
        final String third = third(verb);
        final String adv = "(?:\\w+ly\\s+)?";
        final String governed = "(?i)\\b(?:will|would|shall|must|to|is\\s+to|are\\s+to)\\s+" + adv
                + "(?<v>" + verb + rest + "|be\\s+" + adv + pp + rest + ")\\b";
        final String perfect = "(?i)\\b(?:is|are|was|were|been|being|be|has|have|had)\\s+" + adv
                + "(?<v>" + pp + rest + ")\\b";
        final String finiteForms = (NOUN_PLURALS.contains(verb) ? past : past + "|" + third)
                + (PLURAL_PRESENT.contains(verb) || sp >= 0 ? "|" + verb : "");
        final String finite = "(?i)(?<v>\\b(?:" + finiteForms + ")" + rest + ")\\b";
        return List.of(new Form(Pattern.compile(governed), false), new Form(Pattern.compile(perfect), false),
                new Form(Pattern.compile(finite), true));
    }

    /** Verbs whose third person is also a common plural noun in readouts ("budget cuts", "delays", "price increases"). */
    private static final Set<String> NOUN_PLURALS = Set.of("end", "cut", "increase", "decrease", "delay", "halt", "pause",
            "stop", "freeze", "start", "launch", "boost", "lift", "close", "keep", "decline", "deploy", "impose");

    /**
     * Verbs whose base form after a plural subject is a finite verb and nothing else ("operations continue", "flights
     * remain suspended", "troops pull out"); a fixed phrase ("remain closed") is one too. "Open", "cut", "end" are not.
     */
    private static final Set<String> PLURAL_PRESENT = Set.of("continue", "remain", "stay", "resume", "expire", "lapse",
            "withdraw");

    private static String regularPast(String verb) {
        if (verb.endsWith("e")) {
            return verb + "d";
        }
        if (verb.endsWith("y") && verb.length() > 1 && "aeiou".indexOf(verb.charAt(verb.length() - 2)) < 0) {
            return verb.substring(0, verb.length() - 1) + "ied";
        }
        return verb + "ed";
    }

    private static String third(String verb) {
        if (verb.matches(".*(?:s|sh|ch|x|z)")) {
            return verb + "es";
        }
        if (verb.endsWith("y") && verb.length() > 1 && "aeiou".indexOf(verb.charAt(verb.length() - 2)) < 0) {
            return verb.substring(0, verb.length() - 1) + "ies";
        }
        return verb + "s";
    }
}
