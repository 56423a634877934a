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
    private static final int WINDOW_AFTER = 10;
    private static final int WINDOW_LIST = 16;

    /**
     * MODIFIER and HEAD form compounds; COMPOUND is one already; EXTENT says how far; ACTIVITY is a purpose that is
     * also a verb or a noun of its own ("business", "work", "study", "exchanges", "transit"), read as a modifier.
     */
    private enum TermKind { MODIFIER, HEAD, COMPOUND, EXTENT, ACTIVITY }

    /** A lexicon entry: its atom, kind, and the phrase as the lexicon writes it. */
    private record Term(String atom, TermKind kind, String phrase) { }

    private final PhraseMatcher<Term> terms = new PhraseMatcher<>();

    public ScopeExtractor(TermAnalyzer analyzer, String resource) {
        for (String[] row : LexiconFiles.read(resource)) {
            final TermKind kind = row.length > 2 ? TermKind.valueOf(row[2].trim().toUpperCase(java.util.Locale.ROOT)) : TermKind.EXTENT;
            terms.add(analyzer.stems(row[0].trim()), new Term(row[1].trim(), kind, row[0].trim().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    public static ScopeExtractor loadDefault(TermAnalyzer analyzer) {
        return new ScopeExtractor(analyzer, "/lexicon/scope.tsv");
    }

    /** Sorted scope atoms for the topic phrase at tokens {@code [from, to)}; empty when nothing narrows it. */
    public List<String> scope(String text, List<Token> tokens, int from, int to) {
        int left = from;
        while (left > 0 && from - left < WINDOW_BEFORE && !tokens.get(left).breakBefore()) {
            left--;
        }
        int right = to;
        int limit = WINDOW_AFTER;
        while (right < tokens.size() && right - to < limit) {
            if (tokens.get(right).breakBefore()) {
                // An enumeration "for business, tourism, transit" goes on past commas while it names scope terms.
                if (!(commaOnly(text, tokens.get(right - 1).end(), tokens.get(right).start())
                        && startsListItem(tokens, right) && endsWithTerm(tokens.subList(to, right)))) {
                    break;
                }
                limit = WINDOW_LIST;
            }
            right++;
        }
        if (right - to == limit && cutInsideCoordination(tokens, right)) {
            // "investments of 1,500 million pounds in infrastructure and clean | energy projects": the window ended
            // inside an enumeration, and its cut-off last item would read as coverage the statement leaves out.
            while (right < tokens.size() && right - to < WINDOW_LIST && !tokens.get(right).breakBefore()) {
                right++;
            }
        }
        // The topic phrase's own words are what is scoped, not its scope ("military aid" is not "military" coverage).
        final List<Token> before = tokens.subList(left, from);
        final List<Token> after = tokens.subList(to, right);
        final TreeSet<String> atoms = new TreeSet<>();
        collect(before, left, tokens, atoms);
        collect(after, to, tokens, atoms);
        if (atoms.size() > 1) {
            // "partial energy ceasefire": the specific coverage says more than "partial".
            atoms.remove("partial");
        }
        return List.copyOf(atoms);
    }

    private void collect(List<Token> window, int offset, List<Token> tokens, TreeSet<String> atoms) {
        final List<PhraseMatcher.Match<Term>> found = terms.find(window).stream()
                .filter(m -> placeExtent(m.value()) || !insideName(tokens, offset + m.from(), offset + m.to()))
                .filter(m -> !verbBeforeDeterminer(window, m))
                .filter(m -> !activityOfItsOwn(tokens, offset + m.from(), offset + m.to(), m.value()))
                .filter(m -> !referringHead(tokens, offset + m.from(), m.value()))
                .filter(m -> !verbForm(window, m))
                .filter(m -> !measuresACount(tokens, offset + m.from(), offset + m.to(), m.value()))
                .toList();
        int i = 0;
        while (i < found.size()) {
            final PhraseMatcher.Match<Term> m = found.get(i);
            final PhraseMatcher.Match<Term> next = i + 1 < found.size() ? found.get(i + 1) : null;
            final Term t = m.value();
            if (t.kind() == TermKind.COMPOUND && next != null && next.value().kind() == TermKind.HEAD
                    && gap(window, m.to(), next.from()).isEmpty() && head(t.atom()).equals(next.value().atom())) {
                // "energy infrastructure facilities": the head noun after a compound of that head is the same thing
                // named twice, not a wider coverage beside it.
                atoms.add(t.atom());
                i += 2;
                continue;
            }
            if (modifies(t) && next != null) {
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
                if (isCoordination(between) && modifies(n)) {
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

    private static boolean modifies(Term t) {
        return t.kind() == TermKind.MODIFIER || t.kind() == TermKind.ACTIVITY;
    }

    /**
     * "to work out measures", "continue work on the benchmarks", "the exchange of prisoners", "do business with": an
     * activity word before a preposition is a verb or heads a phrase of its own, not the purpose an action covers.
     * After "for" it is that purpose whatever follows ("for study at universities", "for tourism for stays of up to
     * 30 days").
     */
    private static boolean activityOfItsOwn(List<Token> tokens, int from, int to, Term term) {
        if (term.kind() != TermKind.ACTIVITY || to - from != 1) {
            return false;
        }
        final String before = from > 0 && !tokens.get(from).breakBefore() ? lower(tokens.get(from - 1)) : "";
        if (before.equals("for")) {
            return false;
        }
        // "agreed to exchange all prisoners" keeps its verb: the exchange it names is the action whose coverage
        // "all" gives, as in "the exchange of wounded prisoners" on the other side.
        return to < tokens.size() && !tokens.get(to).breakBefore() && ACTIVITY_PREPOSITIONS.contains(lower(tokens.get(to)));
    }

    private static final java.util.Set<String> ACTIVITY_PREPOSITIONS = java.util.Set.of("of", "on", "for", "with", "out",
            "at", "to", "towards", "toward", "together", "between", "among", "under", "within", "by");

    /**
     * "resume verification work at these facilities", "the security of our facilities": a head noun after a
     * demonstrative or possessive refers back to places already named; it does not say which kind the action covers.
     */
    private static boolean referringHead(List<Token> tokens, int from, Term term) {
        return term.kind() == TermKind.HEAD && from > 0 && !tokens.get(from).breakBefore()
                && REFERRING.contains(lower(tokens.get(from - 1)));
    }

    private static final java.util.Set<String> REFERRING = java.util.Set.of("these", "those", "this", "that", "our",
            "their", "its", "his", "her", "your", "such");

    /**
     * Extents that name a domain ("Black Sea", "air") count inside a capitalised name; the others there are words of
     * a title ("General Border Committee", "Joint Comprehensive Plan of Action"), not how far an action reaches.
     */
    private static boolean placeExtent(Term term) {
        return term.kind() == TermKind.EXTENT && PLACE_EXTENTS.contains(term.atom());
    }

    private static final java.util.Set<String> PLACE_EXTENTS = java.util.Set.of("maritime", "air", "land");

    private static String lower(Token t) {
        return t.surface().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * "complete the investment framework", "limit the strikes": a one-word term followed by an article or a
     * possessive is a verb taking an object, not a word saying how far the action reaches.
     */
    private static boolean verbBeforeDeterminer(List<Token> window, PhraseMatcher.Match<Term> m) {
        if (m.to() - m.from() != 1 || m.to() >= window.size() || window.get(m.to()).breakBefore()
                || PREDETERMINERS.contains(window.get(m.from()).surface().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        return DETERMINERS.contains(window.get(m.to()).surface().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "the study would be completed by March", "the proposal will be studied", "working group": the stem matches a
     * one-word term ("complete", "study", "work"), but a verb's "-ed" or "-ing" form says that something is done, not
     * how far an action reaches or what it is for. A term the lexicon writes in that form ("limited") still counts.
     */
    private static boolean verbForm(List<Token> window, PhraseMatcher.Match<Term> m) {
        if (m.to() - m.from() != 1) {
            return false;
        }
        final String word = window.get(m.from()).surface().toLowerCase(java.util.Locale.ROOT);
        final String phrase = m.value().phrase();
        return !word.equals(phrase) && (word.endsWith("ed") || word.endsWith("ing") || nounOfAction(word, phrase))
                && !(phrase.endsWith("ed") || phrase.endsWith("ing"));
    }

    /**
     * "The energy transition" is not "transit", nor "a resolution" "resolve": the stemmer folds a noun made with
     * "-ion" onto its root, but the noun names a process or an outcome, not what an action covers.
     */
    private static boolean nounOfAction(String word, String phrase) {
        return (word.endsWith("ion") || word.endsWith("ions")) && !phrase.endsWith("ion") && !phrase.endsWith("ions");
    }

    /**
     * "the total number of captives exchanged rises to 5,000", "a total of 350", "the full amount": an extent word
     * before a noun of counting measures a quantity (often a running total), it does not say how far an action reaches.
     */
    private static boolean measuresACount(List<Token> tokens, int from, int to, Term term) {
        if (term.kind() != TermKind.EXTENT || to - from != 1 || to >= tokens.size() || tokens.get(to).breakBefore()) {
            return false;
        }
        final String word = tokens.get(from).surface().toLowerCase(java.util.Locale.ROOT);
        final String next = tokens.get(to).surface().toLowerCase(java.util.Locale.ROOT);
        return COUNT_NOUNS.contains(next) || (word.equals("total") && next.equals("of"));
    }

    private static final java.util.Set<String> COUNT_NOUNS = java.util.Set.of("number", "numbers", "amount", "amounts",
            "sum", "sums", "figure", "figures", "count", "tally", "value", "volume", "volumes", "cost", "costs");

    /** Quantifiers stand before an article and still say how far an action reaches ("all the crossings"). */
    private static final java.util.Set<String> PREDETERMINERS = java.util.Set.of("all", "both", "half", "entire", "whole");

    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an", "its", "their", "this",
            "these", "those", "our", "his", "her");

    /**
     * "Energy" in "International Atomic Energy Agency" or "Green Energy Corridor" and "Power Plant" in "Zaporizhzhia
     * Nuclear Power Plant" name an institution or a site, not what an action covers. Extents keep counting: "Black Sea"
     * is where a ceasefire applies.
     */
    private static boolean insideName(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!nameWord(tokens, k)) {
                return false;
            }
        }
        return true;
    }

    /** Capitalised, and not merely because it opens the clause ("Energy infrastructure will be spared"). */
    private static boolean nameWord(List<Token> tokens, int k) {
        if (!capitalised(tokens.get(k))) {
            return false;
        }
        return k > 0 || (k + 1 < tokens.size() && capitalised(tokens.get(k + 1)));
    }

    private static boolean capitalised(Token t) {
        return !t.surface().isEmpty() && Character.isUpperCase(t.surface().charAt(0));
    }

    /** An enumeration item is a coverage word ("tourism", "energy"), not an extent like "full" that starts a new phrase. */
    private boolean startsListItem(List<Token> tokens, int at) {
        if (!terms.startsPhrase(tokens.get(at).stem())) {
            return false;
        }
        final List<PhraseMatcher.Match<Term>> found = terms.find(tokens.subList(at, Math.min(tokens.size(), at + 5)));
        return !found.isEmpty() && found.get(0).from() == 0 && found.get(0).value().kind() != TermKind.EXTENT;
    }

    private boolean endsWithTerm(List<Token> window) {
        final List<PhraseMatcher.Match<Term>> found = terms.find(window);
        return !found.isEmpty() && found.get(found.size() - 1).to() == window.size();
    }

    /** Tokens before a window's end that, holding "and"/"or", show the enumeration goes on past it. */
    private static final int COORDINATION_REACH = 3;

    /** Whether a coordinator stands among the last few tokens before {@code right} and the clause goes on after it. */
    private static boolean cutInsideCoordination(List<Token> tokens, int right) {
        if (right >= tokens.size() || tokens.get(right).breakBefore()) {
            return false;
        }
        for (int k = Math.max(0, right - COORDINATION_REACH); k < right; k++) {
            final String word = tokens.get(k).surface().toLowerCase(java.util.Locale.ROOT);
            if (word.equals("and") || word.equals("or")) {
                return true;
            }
        }
        return false;
    }

    private static boolean commaOnly(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            final char c = text.charAt(i);
            if (c != ',' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
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
