package io.crosscheck.detect;

import io.crosscheck.avro.AlertKind;
import io.crosscheck.avro.Approximation;
import io.crosscheck.avro.Claim;
import io.crosscheck.avro.Quantity;
import io.crosscheck.avro.Statement;
import io.crosscheck.claims.TextClaimExtractor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * NUMERIC across topics: two readouts give different figures in the same unit for what their clauses describe
 * in similar words, although the extractor filed the clauses under different topics ("China will buy two
 * million tonnes of Kazakhstan's wheat" under one subject, "the supply of 1.5 million tons of Kazakh wheat" under
 * another; "met directly for 45 minutes" vs "a direct conversation … for about half an hour"). Topic slugs come
 * from whichever phrase of the clause a lexicon knows, which for figures is often not what is counted, so
 * {@link NumericRule} (same topic only) misses them.
 *
 * <p>A pair counts only when (1) the units are comparable and the values cannot both be true, (2) neither figure
 * matches any figure of the other statement (a readout that also gives the other's number is counting something
 * else), and (3) the two clauses share enough content words ({@link #MIN_CLAUSE_SIMILARITY}). The best-aligned
 * conflicting pair is reported, with less confidence than a same-topic conflict. Same-topic pairs are left to
 * {@link NumericRule}.
 */
public final class FigureAlignmentRule implements ContradictionRule {

    /**
     * Readouts of one event describing the same figure share its counted noun and a word or two of context;
     * figures on different matters in one event (trade volume vs a loan) rarely share more than the readout's
     * boilerplate, which the aligner drops.
     */
    static final double MIN_CLAUSE_SIMILARITY = 0.2;

    /**
     * Two figures that count the same specific noun ("1,000 Indian pilgrims", "750 Indian pilgrims") already share
     * what is counted, the strongest word the clauses can share; the rest of the clause may differ in length and
     * wording, as an agency paraphrase of a long sentence does. So do people set apart by one qualifier ("14
     * Ukrainian children", "eleven children"), though "person" alone is too general to count.
     */
    static final double MIN_CLAUSE_SIMILARITY_SAME_NOUN = 0.1;

    /** Counted nouns too general to say what is counted ("two million people", "three projects"). */
    private static final Set<String> GENERAL_NOUNS = Set.of("person", "people", "project", "agreement", "document",
            "item", "issue", "area", "point", "step", "measure", "country", "side", "time", "case", "unit", "member",
            "percent", "date", "view", "cooperation", "meeting", "round");

    private final SentenceAligner aligner;

    public FigureAlignmentRule(SentenceAligner aligner) {
        this.aligner = aligner;
    }

    @Override
    public AlertKind kind() {
        return AlertKind.NUMERIC;
    }

    @Override
    public List<Finding> compare(Statement a, Statement b) {
        final List<Claim> ca = withFigures(a);
        final List<Claim> cb = withFigures(b);
        Finding best = null;
        double bestSimilarity = 0;
        for (Claim x : ca) {
            for (Claim y : cb) {
                if (x.getTopic().equals(y.getTopic())) {
                    continue;
                }
                final Quantity[] conflict = conflict(a, x, cb, b, y, ca);
                if (conflict == null || modifyDifferentNouns(x, conflict[0], y, conflict[1])) {
                    continue;
                }
                final double similarity = aligner.similarity(withoutFigureWords(x.getEvidence()),
                        withoutFigureWords(y.getEvidence()));
                final boolean sameGroup = NumericRule.sameQualifiedGroup(x.getEvidence(), conflict[0], y.getEvidence(), conflict[1]);
                if (similarity < (sameGroup ? MIN_CLAUSE_SIMILARITY_SAME_NOUN : requiredSimilarity(conflict[0]))
                        || similarity < bestSimilarity) {
                    continue;
                }
                bestSimilarity = similarity;
                best = finding(a, x, conflict[0], b, y, conflict[1], similarity);
            }
        }
        return best == null ? List.of() : List.of(best);
    }

    /**
     * Figures written as compound modifiers ("the two-week IMF mission", "the 37-month Extended Fund Facility")
     * measure the noun that follows; when both are written so and the nouns after them share no word, they
     * measure different things however alike the clauses are.
     */
    private boolean modifyDifferentNouns(Claim x, Quantity qa, Claim y, Quantity qb) {
        final String headA = modifiedWords(x.getEvidence(), qa);
        final String headB = modifiedWords(y.getEvidence(), qb);
        if (headA == null || headB == null) {
            return false;
        }
        final Set<String> termsA = aligner.terms(headA);
        return !termsA.isEmpty() && aligner.terms(headB).stream().noneMatch(termsA::contains);
    }

    /** The clause similarity a conflict needs: less when the figures count the same specific noun. */
    private static double requiredSimilarity(Quantity q) {
        final String unit = q.getUnit();
        final boolean countedNoun = unit != null && unit.length() > 3 && unit.chars().allMatch(Character::isLowerCase)
                && !GENERAL_NOUNS.contains(unit) && !NumericRule.isMeasureUnit(unit);
        return countedNoun ? MIN_CLAUSE_SIMILARITY_SAME_NOUN : MIN_CLAUSE_SIMILARITY;
    }

    /** Matches a figure written as "N-unit" and the two words after it. */
    private static final Pattern COMPOUND_MODIFIER = Pattern.compile("^-\\p{L}+\\s+([\\p{L}-]+(?:\\s+[\\p{L}-]+)?)");

    /** The words a compound-modifier figure qualifies ("37-month Extended Fund" → "Extended Fund"), or null. */
    private static String modifiedWords(String evidence, Quantity q) {
        final int at = evidence.indexOf(q.getText());
        if (at < 0) {
            return null;
        }
        // The figure's words are "37" or "37-month", depending on how the parser took the unit.
        final String after = evidence.substring(at + q.getText().length());
        final java.util.regex.Matcher m = COMPOUND_MODIFIER.matcher(q.getText().contains("-") ? "-x" + after : after);
        return m.find() ? m.group(1) : null;
    }

    /** The first pair of figures of {@code x} and {@code y} that cannot both be true and that nothing else reconciles. */
    private static Quantity[] conflict(Statement a, Claim x, List<Claim> othersOfB, Statement b, Claim y, List<Claim> othersOfA) {
        for (Quantity qa : x.getQuantities()) {
            if (!meaningful(qa) || !NumericRule.disputable(a, qa) || NumericRule.hasConsistent(qa, othersOfB)) {
                continue;
            }
            for (Quantity qb : y.getQuantities()) {
                if (meaningful(qb) && NumericRule.disputable(b, qb) && NumericRule.comparable(qa, qb) && !NumericRule.overlap(qa, qb)
                        && !NumericRule.hasConsistent(qb, othersOfA) && NumericRule.sameMeasure(x, qa, y, qb)
                        && NumericRule.sameMoment(a, x, qa, b, y, qb)) {
                    return new Quantity[]{qa, qb};
                }
            }
        }
        return null;
    }

    private Finding finding(Statement a, Claim x, Quantity qa, Statement b, Claim y, Quantity qb, double similarity) {
        final boolean fuzzy = qa.getApproximation() != Approximation.EXACT || qb.getApproximation() != Approximation.EXACT;
        final double conf = RuleSupport.clamp((fuzzy ? 0.55 : 0.6) + similarity * 0.3 - RuleSupport.reportedPenalty(x, y));
        final String topic = namedTopic(x, y);
        return new Finding(AlertKind.NUMERIC, topic, a, b, x.getEvidence(), y.getEvidence(),
                RuleSupport.severity(Math.max(x.getSalience(), y.getSalience())), conf,
                Explanations.numeric(a, qa, b, qb, topic));
    }

    /**
     * Magnitudes, currencies and time units say how a figure is written, not what it counts: "60 billion dollars
     * of trade" and "a 5 billion dollar loan" must not look alike for sharing "billion dollar".
     */
    private static final Pattern FIGURE_WORDS = Pattern.compile("(?i)\\b(?:hundred|thousand|million|billion|trillion|"
            + "dollars?|usd|us\\$|euros?|eur|pounds?|yuan|rupees?|yen|roubles?|rubles?|per ?cent|percent(?:age)?|points?|"
            + "years?|months?|weeks?|days?|hours?|minutes?|annual(?:ly)?|per annum|a year)\\b");

    private static String withoutFigureWords(String evidence) {
        return FIGURE_WORDS.matcher(evidence).replaceAll(" ");
    }

    /** The lexicon topic of either clause when there is one: a slug a newsroom can read. */
    private static String namedTopic(Claim x, Claim y) {
        if (!x.getTopic().startsWith(TextClaimExtractor.UNNAMED_PREFIX)) {
            return x.getTopic();
        }
        return y.getTopic().startsWith(TextClaimExtractor.UNNAMED_PREFIX) ? x.getTopic() : y.getTopic();
    }

    /** A zero ("from 0000 hours") is a clock reading or a placeholder, never a disputed amount. */
    private static boolean meaningful(Quantity q) {
        return q.getValue() != 0.0;
    }


    /** Claims with figures, each evidence once (one clause yields a claim per topic, all with its figures). */
    private static List<Claim> withFigures(Statement s) {
        final List<Claim> out = new ArrayList<>();
        final Set<String> evidence = new HashSet<>();
        if (s.getClaims() == null) {
            return out;
        }
        for (Claim c : s.getClaims()) {
            if (!c.getQuantities().isEmpty() && evidence.add(c.getEvidence() + "|" + c.getTopic())) {
                out.add(c);
            }
        }
        return out;
    }
}
