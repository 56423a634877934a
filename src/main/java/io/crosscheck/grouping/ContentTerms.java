package io.crosscheck.grouping;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The stemmed words of a text that say which event it reports (Lucene's English analyzer: lower
 * case, stop words removed, Porter stems), used to tell whether two statements without an eventId
 * talk about the same things.
 *
 * <p>Left out: the words every readout uses whatever it reports ({@code grouping/boilerplate.txt}:
 * function words, dates, titles, "the sides discussed bilateral relations"), and the names of the
 * parties. Statements are only ever compared with others under the same pair of parties, so
 * "China", "Beijing" and "Wang Yi" are shared by every candidate; counted as content, they made a
 * trade round and a ministers' call two days later look like one event.
 * Thread-safe: Lucene analyzers reuse token streams per thread.
 */
public final class ContentTerms {

    private static final int MIN_TERM_LENGTH = 3;
    private static final String BOILERPLATE = "/grouping/boilerplate.txt";

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final Set<String> ignoredStems;

    /** @param partyNames names that point to a party (see {@link Participants#aliases()}); left out like boilerplate */
    public ContentTerms(Collection<String> partyNames) {
        Set<String> ignored = new HashSet<>();
        for (String word : boilerplateWords()) {
            ignored.addAll(stems(word));
        }
        for (String name : partyNames) {
            ignored.addAll(stems(name));
        }
        this.ignoredStems = Set.copyOf(ignored);
    }

    public Set<String> of(String text) {
        Set<String> terms = stems(text);
        terms.removeAll(ignoredStems);
        return terms;
    }

    private Set<String> stems(String text) {
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

    private static Set<String> boilerplateWords() {
        try (InputStream in = ContentTerms.class.getResourceAsStream(BOILERPLATE)) {
            Objects.requireNonNull(in, BOILERPLATE + " missing from the classpath");
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines()
                        .filter(line -> !line.startsWith("#"))
                        .flatMap(line -> java.util.Arrays.stream(line.trim().split("\\s+")))
                        .filter(word -> !word.isEmpty())
                        .collect(Collectors.toSet());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Overlap coefficient |a ∩ b| / min(|a|, |b|): 1.0 when the smaller set is contained in the larger. */
    public static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        return (double) shared(a, b) / Math.min(a.size(), b.size());
    }

    /** How many terms two sets have in common. */
    public static int shared(Set<String> a, Set<String> b) {
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        return (int) smaller.stream().filter(larger::contains).count();
    }
}
