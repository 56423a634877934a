package io.crosscheck.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds stemmed multiword phrases in a token list. A phrase is a list of stems; the stem
 * {@link #GAP} skips up to three words. Phrases do not run across punctuation. Matching is greedy
 * left to right, longest match first, without overlaps. Immutable once built, so thread-safe.
 *
 * @param <T> what a phrase stands for (a topic slug, a status, an actor)
 */
public final class PhraseMatcher<T> {

    /** Stem that stands for a gap of up to three words (the analyzer turns "zzgap" into this). */
    public static final String GAP = "zzgap";
    private static final int MAX_GAP = 3;

    /** A phrase occurrence: tokens {@code [from, to)} of the searched list. */
    public record Match<T>(int from, int to, T value) { }

    private record Entry<T>(List<String> stems, T value) { }

    private final Map<String, List<Entry<T>>> byFirstStem = new HashMap<>();

    public PhraseMatcher<T> add(List<String> stems, T value) {
        if (stems.isEmpty() || GAP.equals(stems.get(0))) {
            throw new IllegalArgumentException("phrase must start with a word: " + stems);
        }
        byFirstStem.computeIfAbsent(stems.get(0), k -> new ArrayList<>()).add(new Entry<>(List.copyOf(stems), value));
        return this;
    }

    public boolean isEmpty() {
        return byFirstStem.isEmpty();
    }

    /** Non-overlapping longest matches in {@code tokens}, in text order. */
    public List<Match<T>> find(List<Token> tokens) {
        final List<Match<T>> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            final Match<T> best = longestAt(tokens, i);
            if (best == null) {
                i++;
            } else {
                out.add(best);
                i = best.to();
            }
        }
        return out;
    }

    /** All matches, overlapping allowed (one per start position: the longest). */
    public List<Match<T>> findAll(List<Token> tokens) {
        final List<Match<T>> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            final Match<T> best = longestAt(tokens, i);
            if (best != null) {
                out.add(best);
            }
        }
        return out;
    }

    private Match<T> longestAt(List<Token> tokens, int start) {
        final List<Entry<T>> candidates = byFirstStem.get(tokens.get(start).stem());
        if (candidates == null) {
            return null;
        }
        Match<T> best = null;
        for (Entry<T> e : candidates) {
            final int end = matchFrom(tokens, start, e.stems(), 0);
            if (end > 0 && (best == null || end > best.to())) {
                best = new Match<>(start, end, e.value());
            }
        }
        return best;
    }

    /** End index (exclusive) of a match of {@code stems[k..]} at {@code pos}, or -1. */
    private static int matchFrom(List<Token> tokens, int pos, List<String> stems, int k) {
        if (k == stems.size()) {
            return pos;
        }
        final String want = stems.get(k);
        if (GAP.equals(want)) {
            for (int skip = 0; skip <= MAX_GAP; skip++) {
                final int p = pos + skip;
                if (p > tokens.size() || (skip > 0 && tokens.get(p - 1).breakBefore())) {
                    break;
                }
                final int end = matchFrom(tokens, p, stems, k + 1);
                if (end > 0) {
                    return end;
                }
            }
            return -1;
        }
        if (pos >= tokens.size() || !tokens.get(pos).stem().equals(want)) {
            return -1;
        }
        if (k > 0 && tokens.get(pos).breakBefore()) {
            return -1;
        }
        return matchFrom(tokens, pos + 1, stems, k + 1);
    }
}
