package io.crosscheck.claims;

import io.crosscheck.avro.Claim;
import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Polarity;
import io.crosscheck.avro.Quantity;
import io.crosscheck.avro.Statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * English claim extraction from a statement's text. For every clause that names a lexicon topic it
 * emits one claim per topic with: status (from cue verbs), polarity (negation, denial), actor (who
 * proposed or demanded, resolved against the issuer), scope (coverage terms around the topic),
 * quantities, condition, salience, the reporting actor for reported speech, and the clause as
 * verbatim evidence with its offset.
 *
 * <p>Thread-safety: all lexicons and Lucene analyzers are immutable and shared; OpenNLP's
 * non-thread-safe {@code *ME} objects are per-thread inside {@link NlpModels}. One instance serves
 * all stream threads. Deterministic: the same text gives the same claims in the same order.
 */
public final class TextClaimExtractor implements ClaimExtractor {

    private final TextSegmenter segmenter;
    private final TermAnalyzer analyzer;
    private final Lexicon lexicon;
    private final Cues cues;
    private final ActorResolver actors;
    private final ScopeExtractor scopes;
    private final QuantityParser quantities;
    private final StatusReader statusReader = new StatusReader();
    private final NegationReader negationReader = new NegationReader();
    private final ReportedSpeechReader reportedSpeech = new ReportedSpeechReader();
    private final SalienceScorer salience = new SalienceScorer();

    public TextClaimExtractor(NlpModels models, TermAnalyzer analyzer, Lexicon lexicon, Cues cues, ActorResolver actors,
                              ScopeExtractor scopes) {
        this.segmenter = new TextSegmenter(models);
        this.analyzer = analyzer;
        this.lexicon = lexicon;
        this.cues = cues;
        this.actors = actors;
        this.scopes = scopes;
        this.quantities = new QuantityParser(new PosTagger(models));
    }

    /** The extractor with the bundled English models and lexicons. */
    public static TextClaimExtractor createDefault() {
        final TermAnalyzer analyzer = new TermAnalyzer();
        return new TextClaimExtractor(NlpModels.loadEnglish(), analyzer, Lexicon.loadDefault(analyzer),
                Cues.loadDefault(analyzer), ActorResolver.loadDefault(analyzer), ScopeExtractor.loadDefault(analyzer));
    }

    public TermAnalyzer analyzer() {
        return analyzer;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    @Override
    public boolean supportsLanguage(String languageTag) {
        return languageTag == null || languageTag.isBlank() || languageTag.toLowerCase(Locale.ROOT).startsWith("en");
    }

    @Override
    public List<Claim> extract(Statement statement) {
        final String text = statement.getText();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        final String issuerCountry = actors.issuerCountry(statement.getIssuer(), statement.getIssuerCountry());
        final List<TextSegmenter.Segment> segments = segmenter.clauses(text);
        final List<List<Token>> tokenLists = new ArrayList<>(segments.size());
        final Map<String, Integer> countryCounts = new HashMap<>();
        for (TextSegmenter.Segment seg : segments) {
            final List<Token> tokens = analyzer.tokens(text, seg.start(), seg.end());
            tokenLists.add(tokens);
            actors.countryCounts(tokens).forEach((k, v) -> countryCounts.merge(k, v, Integer::sum));
        }
        final String counterpart = counterpart(countryCounts, issuerCountry);
        final List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            final List<Token> tokens = tokenLists.get(i);
            final List<Lexicon.TopicHit> hits = lexicon.find(tokens);
            if (hits.isEmpty()) {
                continue;
            }
            final TextSegmenter.Segment seg = segments.get(i);
            final Clause clause = new Clause(text, seg.start(), seg.end(), seg.sentenceStart(), tokens, cues.find(tokens),
                    actors.mentions(tokens, issuerCountry, counterpart), issuerCountry);
            claims.addAll(claimsOf(clause, hits));
        }
        return claims;
    }

    private List<Claim> claimsOf(Clause clause, List<Lexicon.TopicHit> hits) {
        final String assertedBy = reportedSpeech.assertedBy(clause);
        final List<QuantityParser.Parsed> parsed = hasNumber(clause) ? quantities.parse(clause.clauseText()) : List.of();
        final Map<String, List<Quantity>> quantitiesByTopic = assignQuantities(clause, hits, parsed);
        final boolean emphasised = clause.has(Cues.Category.EMPHASIS);
        final boolean courtesy = clause.has(Cues.Category.COURTESY);
        final Set<String> seen = new HashSet<>();
        final List<Claim> out = new ArrayList<>();
        for (Lexicon.TopicHit hit : hits) {
            if (!seen.add(hit.topic())) {
                continue;
            }
            final StatusReader.Reading reading = statusReader.read(clause, hit.from(), hit.to());
            final ClaimStatus status = reading.status();
            final Polarity polarity = negationReader.read(clause, hit.from(), hit.to(), status);
            final List<Quantity> qs = quantitiesByTopic.getOrDefault(hit.topic(), List.of());
            final double score = salience.score(status, polarity, lexicon.weight(hit.topic()), !qs.isEmpty(), emphasised,
                    courtesy, reading.condition() != null);
            out.add(Claim.newBuilder()
                    .setTopic(hit.topic())
                    .setAction(reading.cueText() == null ? "mention" : reading.cueText().toLowerCase(Locale.ROOT))
                    .setStatus(status)
                    .setPolarity(polarity)
                    .setActor(reading.actor())
                    .setScope(scopes.scope(clause.tokens(), hit.from(), hit.to()))
                    .setQuantities(qs)
                    .setCondition(reading.condition())
                    .setEvidence(clause.clauseText())
                    .setEvidenceStart(clause.start())
                    .setSalience(score)
                    .setAssertedBy(assertedBy)
                    .build());
        }
        return out;
    }

    /** Each quantity belongs to the topic phrase nearest to it in the clause. */
    private static Map<String, List<Quantity>> assignQuantities(Clause clause, List<Lexicon.TopicHit> hits,
                                                                List<QuantityParser.Parsed> parsed) {
        final Map<String, List<Quantity>> out = new HashMap<>();
        for (QuantityParser.Parsed p : parsed) {
            final int at = clause.start() + p.start();
            Lexicon.TopicHit nearest = null;
            int best = Integer.MAX_VALUE;
            for (Lexicon.TopicHit h : hits) {
                final int hs = clause.tokens().get(h.from()).start();
                final int he = clause.tokens().get(h.to() - 1).end();
                final int d = at >= he ? at - he : Math.max(0, hs - at);
                if (d < best) {
                    best = d;
                    nearest = h;
                }
            }
            if (nearest != null) {
                out.computeIfAbsent(nearest.topic(), k -> new ArrayList<>()).add(p.quantity());
            }
        }
        return out;
    }

    private static boolean hasNumber(Clause clause) {
        for (Token t : clause.tokens()) {
            if (Character.isDigit(t.surface().charAt(0)) || NUMBER_WORDS.contains(t.stem())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelv", "fifteen", "twenti", "thirti", "forti", "fifti", "sixti", "seventi", "eighti",
            "nineti", "hundr", "thousand", "million", "billion", "dozen", "one");

    /** The country other than the issuer's that the text names most, for "the other side". */
    private static String counterpart(Map<String, Integer> counts, String issuerCountry) {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(counts).entrySet()) {
            if (!e.getKey().equals(issuerCountry) && e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }
}
