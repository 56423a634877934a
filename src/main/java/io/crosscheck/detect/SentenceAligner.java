package io.crosscheck.detect;

import io.crosscheck.claims.TermAnalyzer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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

    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]+|$)");
    private static final Set<String> READOUT_WORDS = Set.of("presid", "leader", "said", "sai", "state", "side", "two",
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

    public SentenceAligner(TermAnalyzer analyzer) {
        this.analyzer = analyzer;
        this.vectors = new BoundedCache<>(CACHED_TEXTS, this::analyse);
        this.analysedTexts = new BoundedCache<>(CACHED_TEXTS, this::analyseSentences);
    }

    public List<Sentence> sentences(String text) {
        final List<Sentence> out = new ArrayList<>();
        final Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
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
        return out;
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

    /** Content terms of the text, without readout boilerplate. */
    public Set<String> terms(String text) {
        return vector(text).keySet();
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
