package io.crosscheck.claims;

import org.apache.lucene.analysis.en.EnglishAnalyzer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The content terms of a text with paraphrases of one subject merged: "direct flights", "direct air links" and
 * "direct air communication" all give {@code direct} and {@code =air-link}. Input: any English text. Output: the
 * set of its Porter stems, stop words and one-letter tokens removed, where every phrase of
 * {@code lexicon/paraphrases.tsv} is replaced by its canonical term (prefixed with {@code =} so that it never
 * collides with a stem). Longest phrase wins. Immutable, thread-safe.
 */
public final class Paraphrases {

    /** Prefix of canonical terms, which no Porter stem starts with. */
    public static final String CANONICAL_PREFIX = "=";

    private static final String RESOURCE = "/lexicon/paraphrases.tsv";
    private static final String ACTORS = "/lexicon/actors.tsv";

    private final TermAnalyzer analyzer;
    /** First stem of a phrase → phrases starting with it (stems, canonical term), longest first. */
    private final Map<String, List<Phrase>> byFirstStem;

    /** Stems of the names of states, capitals and leaders in the actor gazetteer ("iran", "islam", "republ"). */
    private final Set<String> actorStems;
    /** Each such stem's states ("russian" → RU; "unit" → US, GB, AE ...). */
    private final Map<String, Set<String>> actorCodes;

    private record Phrase(List<String> stems, String canonical) { }

    Paraphrases(TermAnalyzer analyzer, List<String[]> rows) {
        this(analyzer, rows, List.of());
    }

    Paraphrases(TermAnalyzer analyzer, List<String[]> rows, List<String[]> actors) {
        this.analyzer = analyzer;
        final Map<String, Set<String>> codes = new java.util.HashMap<>();
        // Only named states ("IR"), not the roles the gazetteer also resolves ("the sides" is BOTH).
        actors.stream().filter(row -> row.length > 1 && row[1].trim().matches("[A-Z]{2}"))
                .forEach(row -> analyzer.stems(row[0]).forEach(stem -> codes.computeIfAbsent(stem,
                        k -> new java.util.HashSet<>()).add(row[1].trim())));
        codes.replaceAll((k, v) -> Set.copyOf(v));
        this.actorCodes = Map.copyOf(codes);
        this.actorStems = actorCodes.keySet();
        final Map<String, List<Phrase>> index = new TreeMap<>();
        for (String[] row : rows) {
            final List<String> stems = analyzer.stems(row[1]);
            if (!stems.isEmpty()) {
                index.computeIfAbsent(stems.get(0), k -> new ArrayList<>())
                        .add(new Phrase(List.copyOf(stems), CANONICAL_PREFIX + row[0].trim()));
            }
        }
        index.values().forEach(l -> l.sort(Comparator.comparingInt((Phrase p) -> p.stems().size()).reversed()));
        this.byFirstStem = Map.copyOf(index);
    }

    public static Paraphrases loadDefault(TermAnalyzer analyzer) {
        return new Paraphrases(analyzer, LexiconFiles.read(RESOURCE), LexiconFiles.read(ACTORS));
    }

    /**
     * Whether a term is (part of) the name of a state, capital or leader. Such names say who, not what: "Iran made
     * no commitment to submit a report" and "Iran undertook to provide a report" are about the same report whatever
     * else either sentence names.
     */
    public boolean isActorName(String term) {
        return actorStems.contains(term);
    }

    /** The states a name's stem may stand for ("china" and "chinese" → CN); empty for a stem that names none. */
    public Set<String> actorCodes(String term) {
        return actorCodes.getOrDefault(term, Set.of());
    }

    /** Content terms of {@code text} with paraphrases merged, in order of first occurrence. */
    public Set<String> terms(String text) {
        final List<Token> tokens = analyzer.tokens(text);
        final Set<String> out = new LinkedHashSet<>();
        int i = 0;
        while (i < tokens.size()) {
            final Phrase p = phraseAt(tokens, i);
            if (p != null) {
                out.add(p.canonical());
                i += p.stems().size();
                continue;
            }
            final Token t = tokens.get(i++);
            final String lower = t.surface().toLowerCase(Locale.ROOT);
            if (t.stem().length() > 1 && !Character.isDigit(t.stem().charAt(0))
                    && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(lower)) {
                out.add(t.stem());
            }
        }
        return out;
    }

    private Phrase phraseAt(List<Token> tokens, int i) {
        for (Phrase p : byFirstStem.getOrDefault(tokens.get(i).stem(), List.of())) {
            if (i + p.stems().size() <= tokens.size() && matches(tokens, i, p.stems())) {
                return p;
            }
        }
        return null;
    }

    private static boolean matches(List<Token> tokens, int at, List<String> stems) {
        for (int k = 0; k < stems.size(); k++) {
            if (!tokens.get(at + k).stem().equals(stems.get(k))) {
                return false;
            }
        }
        return true;
    }
}
