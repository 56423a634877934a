package io.crosscheck.claims;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lucene-based word analysis shared by the lexicons, the extractor and the sentence aligner.
 * {@link #tokens} keeps every word (stop words included, so multiword phrases like "halt on attacks"
 * match) with its offsets and Porter stem; {@link #contentTerms} drops English stop words, for
 * similarity. Lucene analyzers reuse per-thread token streams, so one instance is thread-safe.
 */
public final class TermAnalyzer {

    private final Analyzer stemming = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            final Tokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    };
    private final Analyzer content = new EnglishAnalyzer();

    /** All words of {@code text[from, to)} with offsets relative to {@code text}. */
    public List<Token> tokens(String text, int from, int to) {
        final String part = text.substring(from, to);
        final List<Token> out = new ArrayList<>();
        try (TokenStream ts = stemming.tokenStream("t", part)) {
            final CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            final OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int previousEnd = -1;
            while (ts.incrementToken()) {
                final int start = from + offset.startOffset();
                final int end = from + offset.endOffset();
                String surface = text.substring(start, end);
                if (surface.endsWith("'s") || surface.endsWith("’s")) {
                    surface = surface.substring(0, surface.length() - 2);
                }
                final boolean brk = previousEnd >= 0 && hasBreak(text, previousEnd, start);
                out.add(new Token(surface, term.toString(), start, end, brk));
                previousEnd = end;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public List<Token> tokens(String text) {
        return tokens(text, 0, text.length());
    }

    /** Stems of the words of a phrase, in order (stop words kept). */
    public List<String> stems(String phrase) {
        final List<String> out = new ArrayList<>();
        for (Token t : tokens(phrase)) {
            out.add(t.stem());
        }
        return out;
    }

    /** Stemmed content words (English stop words removed), for lexical similarity. */
    public List<String> contentTerms(String text) {
        final List<String> out = new ArrayList<>();
        try (TokenStream ts = content.tokenStream("c", text)) {
            final CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static boolean hasBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            switch (text.charAt(i)) {
                case ',', ';', ':', '(', ')', '[', ']', '—', '–', '"', '“', '”', '!', '?' -> {
                    return true;
                }
                case '.' -> {
                    // The full stop of an abbreviation ("U.S. soybeans") ends no phrase.
                    if (!(i == from && from >= 2 && text.charAt(from - 2) == '.')) {
                        return true;
                    }
                }
                case '-' -> {
                    if (i > from && i + 1 < to && text.charAt(i - 1) == ' ') {
                        return true;
                    }
                }
                default -> { }
            }
        }
        return false;
    }
}
