package io.crosscheck.detect;

import io.crosscheck.util.BoundedCache;
import io.crosscheck.claims.SentenceJoins;
import io.crosscheck.claims.TermAnalyzer;
import io.crosscheck.claims.Token;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lexical alignment of sentences across two readouts, for subjects the topic lexicon does not name
 * and to check that an apparently omitted point is not there in other words. Sentences become bags
 * of Lucene English-analyzed terms (stop words removed, Porter stems) minus words every readout uses
 * ("president", "leader", "said"); similarity is the cosine of term counts. Thread-safe.
 */
public final class SentenceAligner {

    /** A sentence of a text: characters {@code [start, end)}. */
    public record Sentence(int start, int end, String text) { }

    /** The best-matching sentence and its similarity. */
    public record Alignment(Sentence sentence, double similarity) { }

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+[\"”’')\\]]*(?=\\s|$)|\\n");
    static final Set<String> READOUT_WORDS = Set.of("presid", "leader", "said", "sai", "state", "side", "two",
            "also", "convers", "call", "discuss", "talk", "telephon", "phone", "minist", "prime", "foreign", "agre",
            "note", "express", "today", "meet", "both", "countri", "bilater", "russian", "american", "unit", "russia");

    /** A sentence with its term vector. */
    private record AnalysedSentence(Sentence sentence, Map<String, Integer> vector) { }

    /**
     * Texts analysed recently: each statement is compared with every other of its event, so without these
     * its text and sentences would be re-analysed with Lucene for every pair. Enough for the open events'
     * texts a stream thread is comparing at once.
     */
    private static final int CACHED_TEXTS = 2048;

    private final TermAnalyzer analyzer;
    private final BoundedCache<String, Map<String, Integer>> vectors;
    private final BoundedCache<String, List<AnalysedSentence>> analysedTexts;
    private final BoundedCache<String, List<Sentence>> splitTexts;
    private final BoundedCache<String, Set<String>> names;

    public SentenceAligner(TermAnalyzer analyzer) {
        this.analyzer = analyzer;
        this.vectors = new BoundedCache<>(CACHED_TEXTS, this::analyse);
        this.analysedTexts = new BoundedCache<>(CACHED_TEXTS, this::analyseSentences);
        this.splitTexts = new BoundedCache<>(CACHED_TEXTS, SentenceAligner::split);
        this.names = new BoundedCache<>(CACHED_TEXTS, this::findNameBigrams);
    }

    /** The sentences of {@code text}, in order; an unmodifiable list, kept for the text's next pair. */
    public List<Sentence> sentences(String text) {
        return splitTexts.get(text);
    }

    /**
     * Cuts after a run of full stops, question or exclamation marks (and closing quotes) followed by white space,
     * and at line breaks. A full stop inside a word or figure ("$1.5 billion", "the U.S.-DRC agreement") cuts
     * nothing, nor does one followed by a word in lower case ("approx. five") or dotted initials before a name
     * ("U.S. private investment"): those were the splitter's misreadings that split one claim over two sentences.
     */
    private static List<Sentence> split(String text) {
        final List<Sentence> out = new ArrayList<>();
        final Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            if (m.group().charAt(0) != '\n' && goesOn(text, start, m.end())) {
                continue;
            }
            addTrimmed(text, start, m.end(), out);
            start = m.end();
        }
        addTrimmed(text, start, text.length(), out);
        return List.copyOf(out);
    }

    /** Whether the sentence cut at {@code end} goes on after it, on the same line. */
    private static boolean goesOn(String text, int start, int end) {
        int next = end;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            if (text.charAt(next) == '\n') {
                return false;
            }
            next++;
        }
        if (next == text.length()) {
            return false;
        }
        final String rest = text.substring(next, Math.min(text.length(), next + 40));
        return Character.isLowerCase(text.charAt(next)) || SentenceJoins.initialsBeforeName(text.substring(start, end).strip(), rest);
    }

    private static void addTrimmed(String text, int from, int to, List<Sentence> out) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e - s > 1) {
            out.add(new Sentence(s, e, text.substring(s, e)));
        }
    }

    public double similarity(String a, String b) {
        return cosine(vector(a), vector(b));
    }

    /** The sentence of {@code text} most similar to {@code probe}; the first sentence if none shares a word. */
    public Alignment best(String probe, String text) {
        final Map<String, Integer> p = vector(probe);
        Alignment best = null;
        for (AnalysedSentence s : analysedTexts.get(text)) {
            final double sim = cosine(p, s.vector());
            if (best == null || sim > best.similarity()) {
                best = new Alignment(s.sentence(), sim);
            }
        }
        return best == null ? new Alignment(new Sentence(0, text.length(), text), 0.0) : best;
    }

    /**
     * The higher of the two texts' own similarity and that of their closest pair of sentences, from cached
     * analyses: what aligning a claim carried over two sentences needs, for every pair of claims compared.
     */
    public double closestSentences(String a, String b) {
        double best = similarity(a, b);
        final List<AnalysedSentence> bs = analysedTexts.get(b);
        for (AnalysedSentence x : analysedTexts.get(a)) {
            for (AnalysedSentence y : bs) {
                best = Math.max(best, cosine(x.vector(), y.vector()));
            }
        }
        return best;
    }

    /** Content terms of the text, without readout boilerplate. */
    public Set<String> terms(String text) {
        return vector(text).keySet();
    }

    /**
     * Pairs of adjacent capitalised words of the text, stemmed, that name something: "the Central Asian Water and
     * Energy Council" gives central-asian, asian-water, water-energi, energi-council ("and", "of", "the" do not
     * break a name). Sentence-initial words, titles and readout words ("President", "Foreign Minister") are left
     * out, so that what is left is the proper name of a body, programme or place. Unmodifiable; kept for the
     * text's next pair (claim aligning asks for it once per pair of claims).
     */
    public Set<String> nameBigrams(String text) {
        return names.get(text);
    }

    private Set<String> findNameBigrams(String text) {
        final List<Token> tokens = analyzer.tokens(text);
        final Set<String> out = new HashSet<>();
        String previous = null;
        for (int i = 0; i < tokens.size(); i++) {
            final Token t = tokens.get(i);
            if (t.breakBefore()) {
                previous = null;
            }
            if (NAME_CONNECTORS.contains(t.surface())) {
                continue;
            }
            final boolean name = i > 0 && !sentenceStart(text, t.start()) && Character.isUpperCase(t.surface().charAt(0))
                    && !READOUT_WORDS.contains(t.stem()) && !TITLE_WORDS.contains(t.stem());
            if (!name) {
                previous = null;
                continue;
            }
            if (previous != null) {
                out.add(previous + "-" + t.stem());
            }
            previous = t.stem();
        }
        return Set.copyOf(out);
    }

    private static final Set<String> NAME_CONNECTORS = Set.of("and", "of", "the", "for", "on");
    private static final Set<String> TITLE_WORDS = Set.of("head", "secretari", "ministri", "govern", "affair", "mr", "h.e",
            "excel", "deputi", "spokesperson", "ambassador", "chancellor", "king", "emir", "sultan", "crown", "princ");

    private static boolean sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '"' || text.charAt(i) == '“')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '.' || text.charAt(i) == '!' || text.charAt(i) == '?' || text.charAt(i) == ':';
    }

    private List<AnalysedSentence> analyseSentences(String text) {
        return sentences(text).stream().map(s -> new AnalysedSentence(s, vector(s.text()))).toList();
    }

    private Map<String, Integer> vector(String text) {
        return vectors.get(text);
    }

    private Map<String, Integer> analyse(String text) {
        final Map<String, Integer> v = new HashMap<>();
        for (String t : analyzer.contentTerms(text)) {
            if (t.length() > 1 && !READOUT_WORDS.contains(t) && !Character.isDigit(t.charAt(0))) {
                v.merge(t, 1, Integer::sum);
            }
        }
        return Collections.unmodifiableMap(v);
    }

    private static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        double dot = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            final Integer o = b.get(e.getKey());
            if (o != null) {
                dot += e.getValue() * o;
            }
        }
        return dot / (norm(a) * norm(b));
    }

    private static double norm(Map<String, Integer> v) {
        double s = 0;
        for (int x : v.values()) {
            s += (double) x * x;
        }
        return Math.sqrt(s);
    }
}
