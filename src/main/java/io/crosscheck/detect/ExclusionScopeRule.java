package io.crosscheck.detect;

import io.crosscheck.util.BoundedCache;
import io.crosscheck.avro.AlertKind;
import io.crosscheck.avro.Severity;
import io.crosscheck.avro.Statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SCOPE from the text itself, for coverage no scope lexicon names: one readout says what an outcome
 * includes or covers in full ("all objects …, including the human remains", "along the entire coastline from
 * Dunkirk to the Bay of Somme") and the other says that very thing is left out ("Human remains are not
 * covered by this protocol", "the Somme coastline is not covered at this stage"). Input: the two statements' texts. Output: at
 * most one SCOPE finding, topic {@code scope.<stems>} from the shared terms, when the included phrase and
 * an exclusion sentence of the other text share at least {@link #MIN_SHARED} content terms (all of them
 * when the phrase has fewer). Checked both ways. Holds only the aligner and a bounded cache of each text's exclusions; thread-safe.
 */
public final class ExclusionScopeRule implements ContradictionRule {

    private static final Pattern INCLUDING = Pattern.compile(
            "\\b(?:including|includes|include|included|covering|covers|entire|whole|every|all)\\s+([^.;:!?]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXCLUDED = Pattern.compile(
            "\\b(?:not\\s+(?:be\\s+)?(?:covered|included)|(?:are|is|be|were|was)\\s+excluded|excluding|excludes|"
                    + "(?:does|do|will)\\s+not\\s+(?:cover|include|apply\\s+to)"
                    // "are not within the scope of this plan", "fall outside the scope of the agreement"
                    + "|(?:not|never)\\s+(?:fall\\s+)?(?:within|in)\\s+the\\s+scope|falls?\\s+outside\\s+(?:the\\s+)?scope)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A readout that first calls the other side's account wrong ("No, that is not correct.") and then says what is
     * not covered denies that account: a POLARITY dispute, which the exclusion only details.
     */
    private static final Pattern REBUTTAL = Pattern.compile(
            "\\b(?:that|this|it) (?:is|was) (?:not (?:correct|true|accurate|the case)|incorrect|inaccurate|untrue|false)\\b"
                    + "|\\b(?:reports?|claims?) (?:that [^.]*)?(?:are|is) (?:incorrect|inaccurate|false|untrue)\\b",
            Pattern.CASE_INSENSITIVE);
    /** How many sentences before an exclusion a rebuttal still governs it (the answer's opening words). */
    private static final int REBUTTAL_REACH = 2;
    static final int MIN_SHARED = 2;
    private static final double CONFIDENCE = 0.75;

    private final SentenceAligner aligner;

    /**
     * Each text's exclusion sentences, found once: the pattern was run over every sentence of both readouts for every
     * pair, a sixteenth of comparison time at 100 statements an event, and almost no readout has one.
     */
    private final BoundedCache<String, List<SentenceAligner.Sentence>> exclusionsByText;
    private static final int CACHED_TEXTS = 2048;

    public ExclusionScopeRule(SentenceAligner aligner) {
        this.aligner = aligner;
        this.exclusionsByText = new BoundedCache<>(CACHED_TEXTS, this::exclusions);
    }

    @Override
    public AlertKind kind() {
        return AlertKind.SCOPE;
    }

    @Override
    public List<Finding> compare(Statement a, Statement b) {
        Finding f = oneWay(a, b, false);
        if (f == null) {
            f = oneWay(b, a, true);
        }
        return f == null ? List.of() : List.of(f);
    }

    private List<SentenceAligner.Sentence> exclusions(String text) {
        final List<SentenceAligner.Sentence> sentences = aligner.sentences(text);
        final List<SentenceAligner.Sentence> exclusions = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (EXCLUDED.matcher(sentences.get(i).text()).find() && !rebuts(sentences, i)) {
                exclusions.add(sentences.get(i));
            }
        }
        return List.copyOf(exclusions);
    }

    private Finding oneWay(Statement including, Statement excluding, boolean swapped) {
        final List<SentenceAligner.Sentence> exclusions = exclusionsByText.get(excluding.getText());
        if (exclusions.isEmpty()) {
            return null;
        }
        for (SentenceAligner.Sentence s : aligner.sentences(including.getText())) {
            if (EXCLUDED.matcher(s.text()).find()) {
                continue;
            }
            final Matcher m = INCLUDING.matcher(s.text());
            while (m.find()) {
                final Set<String> included = aligner.terms(m.group(1));
                for (SentenceAligner.Sentence x : exclusions) {
                    final Set<String> shared = sharedRoots(included, aligner.terms(x.text()));
                    if (!included.isEmpty() && shared.size() >= Math.min(MIN_SHARED, included.size())) {
                        return finding(including, s.text(), excluding, x.text(), shared, m.group(1).strip(), swapped);
                    }
                }
            }
        }
        return null;
    }

    /**
     * Included terms the exclusion also names, a derived noun or adjective counting as its root ("politicians" and
     * "political figures", "journalists" and "journalism"): the stemmer keeps such derivations apart.
     */
    static Set<String> sharedRoots(Set<String> included, Set<String> excluded) {
        final Set<String> roots = new HashSet<>();
        excluded.forEach(t -> roots.add(root(t)));
        final Set<String> shared = new TreeSet<>();
        for (String term : included) {
            if (roots.contains(root(term))) {
                shared.add(term);
            }
        }
        return shared;
    }

    /** A stem without a derivational ending, if a root of at least {@link #MIN_ROOT} letters is left. */
    static String root(String stem) {
        String root = stem;
        boolean stripped = true;
        // "journalist" → "journal" → "journ", as "journal" itself ends.
        while (stripped) {
            stripped = false;
            for (String ending : DERIVATIONAL_ENDINGS) {
                if (root.endsWith(ending) && root.length() - ending.length() >= MIN_ROOT) {
                    root = root.substring(0, root.length() - ending.length());
                    stripped = true;
                    break;
                }
            }
        }
        return root;
    }

    /** Person and adjective endings the English stemmer leaves on, longest first. */
    private static final List<String> DERIVATIONAL_ENDINGS = List.of("ician", "ian", "ist", "al", "ic");
    private static final int MIN_ROOT = 4;

    /** Whether sentence {@code i} or one of the {@link #REBUTTAL_REACH} before it calls the other account wrong. */
    private static boolean rebuts(List<SentenceAligner.Sentence> sentences, int i) {
        for (int k = Math.max(0, i - REBUTTAL_REACH); k <= i; k++) {
            if (REBUTTAL.matcher(sentences.get(k).text()).find()) {
                return true;
            }
        }
        return false;
    }

    private static Finding finding(Statement including, String inc, Statement excluding, String exc, Set<String> shared,
                                   String phrase, boolean swapped) {
        final String topic = "scope." + String.join("-", new TreeSet<>(shared));
        final String explanation = including.getIssuer() + " includes " + phrase + "; " + excluding.getIssuer()
                + " says it is not covered.";
        return swapped
                ? new Finding(AlertKind.SCOPE, topic, excluding, including, exc, inc, Severity.MEDIUM, CONFIDENCE, explanation)
                : new Finding(AlertKind.SCOPE, topic, including, excluding, inc, exc, Severity.MEDIUM, CONFIDENCE, explanation);
    }
}
