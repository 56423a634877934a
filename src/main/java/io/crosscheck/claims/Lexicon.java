package io.crosscheck.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Topic lexicon: maps phrasings ("halt on attacks", "truce", "cease-fire") to one topic slug
 * ("ceasefire") so that issuers who word the same subject differently land on the same topic.
 * Loaded from a tab-separated resource ({@code /lexicon/topics.tsv} by default): slug, phrase and an
 * optional topic weight (how much the subject matters, 0..1) used by salience. Immutable, thread-safe.
 */
public final class Lexicon {

    /** A topic phrase found in a token list: tokens {@code [from, to)}. */
    public record TopicHit(String topic, int from, int to) { }

    public static final double DEFAULT_WEIGHT = 0.6;

    private final PhraseMatcher<String> matcher = new PhraseMatcher<>();
    private final Map<String, Double> weights = new HashMap<>();
    private final Map<String, List<String>> firstPhraseStems = new HashMap<>();

    public Lexicon(TermAnalyzer analyzer, String resource) {
        for (String[] row : LexiconFiles.read(resource)) {
            if (row.length < 2) {
                throw new IllegalArgumentException(resource + ": expected slug<TAB>phrase, got " + String.join("|", row));
            }
            final String slug = row[0].trim();
            final List<String> stems = LexiconFiles.phraseStems(analyzer, row[1].trim());
            if (stems.isEmpty()) {
                continue;
            }
            matcher.add(stems, slug);
            firstPhraseStems.putIfAbsent(slug, stems);
            if (row.length > 2 && !row[2].isBlank()) {
                weights.put(slug, Double.parseDouble(row[2].trim()));
            }
        }
    }

    public static Lexicon loadDefault(TermAnalyzer analyzer) {
        return new Lexicon(analyzer, "/lexicon/topics.tsv");
    }

    /** Topic phrases in the tokens, longest match first, without overlaps, in text order. */
    public List<TopicHit> find(List<Token> tokens) {
        return matcher.find(tokens).stream().map(m -> new TopicHit(m.value(), m.from(), m.to())).toList();
    }

    /** How much a subject matters in itself (courtesy subjects low, ceasefire and demands high). */
    public double weight(String topic) {
        return weights.getOrDefault(topic, DEFAULT_WEIGHT);
    }

    public boolean knows(String topic) {
        return firstPhraseStems.containsKey(topic);
    }
}
