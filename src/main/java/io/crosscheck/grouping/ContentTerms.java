package io.crosscheck.grouping;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

/**
 * Stemmed content words of a text (Lucene's English analyzer: lower case, stop words removed,
 * Porter stems), used to tell whether two statements talk about the same things.
 * Thread-safe: Lucene analyzers reuse token streams per thread.
 */
public final class ContentTerms {

    private static final int MIN_TERM_LENGTH = 3;

    private final Analyzer analyzer = new EnglishAnalyzer();

    public Set<String> of(String text) {
        Set<String> terms = new TreeSet<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() >= MIN_TERM_LENGTH && !Character.isDigit(term.charAt(0))) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing an in-memory string cannot fail", e);
        }
        return terms;
    }

    /** Overlap coefficient |a ∩ b| / min(|a|, |b|): 1.0 when the smaller set is contained in the larger. */
    public static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        long shared = smaller.stream().filter(larger::contains).count();
        return (double) shared / smaller.size();
    }
}
