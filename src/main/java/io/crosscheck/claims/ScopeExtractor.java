package io.crosscheck.claims;

import java.util.List;
import java.util.TreeSet;

/**
 * Reads what an action covers from the words around its topic phrase, using the scope lexicon
 * ({@code /lexicon/scope.tsv}): "energy and infrastructure ceasefire" → [energy, infrastructure];
 * "halt on attacks targeting energy infrastructure" → [energy-infrastructure] (a compound, narrower
 * than either word); "energy and other civilian infrastructure" → [civilian-infrastructure,
 * energy-infrastructure]; "full ceasefire" → [full]. The window stops at punctuation. Thread-safe.
 */
public final class ScopeExtractor {

    private static final int WINDOW_BEFORE = 5;
    private static final int WINDOW_AFTER = 6;

    private enum TermKind { MODIFIER, HEAD, COMPOUND, EXTENT }

    private record Term(String atom, TermKind kind) { }

    private final PhraseMatcher<Term> terms = new PhraseMatcher<>();

    public ScopeExtractor(TermAnalyzer analyzer, String resource) {
        for (String[] row : LexiconFiles.read(resource)) {
            final TermKind kind = row.length > 2 ? TermKind.valueOf(row[2].trim().toUpperCase(java.util.Locale.ROOT)) : TermKind.EXTENT;
            terms.add(analyzer.stems(row[0].trim()), new Term(row[1].trim(), kind));
        }
    }

    public static ScopeExtractor loadDefault(TermAnalyzer analyzer) {
        return new ScopeExtractor(analyzer, "/lexicon/scope.tsv");
    }

    /** Sorted scope atoms for the topic phrase at tokens {@code [from, to)}; empty when nothing narrows it. */
    public List<String> scope(List<Token> tokens, int from, int to) {
        int left = from;
        while (left > 0 && from - left < WINDOW_BEFORE && !tokens.get(left).breakBefore()) {
            left--;
        }
        int right = to;
        while (right < tokens.size() && right - to < WINDOW_AFTER && !tokens.get(right).breakBefore()) {
            right++;
        }
        // The topic phrase's own words are what is scoped, not its scope ("military aid" is not "military" coverage).
        final List<Token> before = tokens.subList(left, from);
        final List<Token> after = tokens.subList(to, right);
        final TreeSet<String> atoms = new TreeSet<>();
        collect(before, atoms);
        collect(after, atoms);
        if (atoms.size() > 1) {
            // "partial energy ceasefire": the specific coverage says more than "partial" or "all".
            atoms.remove("partial");
            atoms.remove("all");
        }
        return List.copyOf(atoms);
    }

    private void collect(List<Token> window, TreeSet<String> atoms) {
        final List<PhraseMatcher.Match<Term>> found = terms.find(window);
        int i = 0;
        while (i < found.size()) {
            final PhraseMatcher.Match<Term> m = found.get(i);
            final PhraseMatcher.Match<Term> next = i + 1 < found.size() ? found.get(i + 1) : null;
            final Term t = m.value();
            if (t.kind() == TermKind.MODIFIER && next != null) {
                final String between = gap(window, m.to(), next.from());
                final Term n = next.value();
                if (between.isEmpty() && n.kind() == TermKind.HEAD) {
                    atoms.add(t.atom() + "-" + n.atom());
                    i += 2;
                    continue;
                }
                if (isCoordination(between) && n.kind() == TermKind.COMPOUND && between.contains("other")) {
                    atoms.add(t.atom() + "-" + head(n.atom()));
                    i++;
                    continue;
                }
                if (isCoordination(between) && n.kind() == TermKind.MODIFIER) {
                    final PhraseMatcher.Match<Term> third = i + 2 < found.size() ? found.get(i + 2) : null;
                    if (third != null && third.value().kind() == TermKind.HEAD && gap(window, next.to(), third.from()).isEmpty()) {
                        atoms.add(t.atom() + "-" + third.value().atom());
                        i++;
                        continue;
                    }
                }
            }
            atoms.add(t.atom());
            i++;
        }
    }

    private static String head(String compound) {
        final int dash = compound.lastIndexOf('-');
        return dash < 0 ? compound : compound.substring(dash + 1);
    }

    private static boolean isCoordination(String between) {
        return between.equals("and") || between.equals("or") || between.equals("and other") || between.equals("or other")
                || between.equals("other");
    }

    private static String gap(List<Token> window, int from, int to) {
        final StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(window.get(k).stem());
        }
        return sb.toString();
    }
}
