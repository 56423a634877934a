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
 * proposed or demanded, resolved against the issuer; who placed a call is credited with an {@code initiative}), scope (coverage terms around the topic),
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
    private final PosTagger tagger;
    private final QuantityParser quantities;
    private final StatusReader statusReader = new StatusReader();
    private final NegationReader negationReader = new NegationReader();
    private final ReportedSpeechReader reportedSpeech = new ReportedSpeechReader();
    private final InitiativeReader initiatives = new InitiativeReader();
    private final CallInitiatorReader callers = new CallInitiatorReader();
    private final SalienceScorer salience = new SalienceScorer();
    private final DateParser dates = new DateParser();

    public TextClaimExtractor(NlpModels models, TermAnalyzer analyzer, Lexicon lexicon, Cues cues, ActorResolver actors,
                              ScopeExtractor scopes) {
        this.segmenter = new TextSegmenter(models);
        this.analyzer = analyzer;
        this.lexicon = lexicon;
        this.cues = cues;
        this.actors = actors;
        this.scopes = scopes;
        this.tagger = new PosTagger(models);
        this.quantities = new QuantityParser(tagger);
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

    /** The tagger over this extractor's models, for rules that need word classes without loading the models again. */
    public PosTagger tagger() {
        return tagger;
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
        final int year = statement.getPublishedAt() == null ? java.time.Year.now(java.time.ZoneOffset.UTC).getValue()
                : statement.getPublishedAt().atZone(java.time.ZoneOffset.UTC).getYear();
        final List<Claim> claims = new ArrayList<>();
        final List<Integer> claimSegments = new ArrayList<>();
        final Set<Integer> questionSentences = QuestionSentences.starts(text, segments);
        final ClauseCues cueLists = new ClauseCues(tokenLists);
        for (int i = 0; i < segments.size(); i++) {
            while (claimSegments.size() < claims.size()) {
                claimSegments.add(i - 1);
            }
            if (questionSentences.contains(segments.get(i).sentenceStart())) {
                // A journalist's question, often quoting the other side, is not what the issuer says.
                continue;
            }
            final List<Token> tokens = tokenLists.get(i);
            final List<Lexicon.TopicHit> hits = lexicon.find(tokens);
            final TextSegmenter.Segment seg = segments.get(i);
            // Cues and actor mentions are found once per clause: every reader below gets the same Clause (none
            // modifies its lists), and phrase matching over the clause is most of the extractor's lexicon cost.
            final Clause clause = new Clause(text, seg.start(), seg.end(), seg.sentenceStart(), tokens,
                    cueLists.of(i), actors.mentions(tokens, issuerCountry, counterpart), issuerCountry);
            final Claim call = callPlaced(clause, hits);
            if (call != null) {
                claims.add(call);
            }
            if (hits.isEmpty()) {
                Claim unnamed = negatedUnnamed(clause);
                if (unnamed == null) {
                    unnamed = cuedUnnamed(clause, year);
                }
                if (unnamed != null) {
                    claims.add(possessiveContinuation(unnamed, clause, i, segments, claims, claimSegments));
                }
                continue;
            }
            claims.addAll(claimsOf(clause, hits, year));
            final Claim matter = matterBesideCredit(clause, hits, year);
            if (matter != null) {
                claims.add(matter);
            }
        }
        while (claimSegments.size() < claims.size()) {
            claimSegments.add(segments.size() - 1);
        }
        claims.addAll(carriedUndecided(text, claims, claimSegments, segments, tokenLists, cueLists));
        return claims;
    }

    /**
     * A proposal or request whose fate the next sentence leaves open by referring back to it ("the Iraqi side
     * requested an increase … The Minister stated that the request … would be evaluated"): the same subject,
     * undecided, with the span from the proposal to the open clause as evidence. Readouts put the response in
     * the sentence after the proposal; without this the proposal alone reads as merely proposed.
     */
    private List<Claim> carriedUndecided(String text, List<Claim> claims, List<Integer> claimSegments,
                                         List<TextSegmenter.Segment> segments, List<List<Token>> tokenLists,
                                         ClauseCues cueLists) {
        final List<Claim> out = new ArrayList<>();
        final Set<String> carried = new HashSet<>();
        for (int k = 0; k < claims.size(); k++) {
            final Claim c = claims.get(k);
            if (!CARRIED_STATUSES.contains(c.getStatus()) || !carried.add(c.getTopic())) {
                continue;
            }
            final int open = openReferenceInNextSentence(claimSegments.get(k), segments, tokenLists, cueLists);
            if (open < 0) {
                continue;
            }
            final TextSegmenter.Segment seg = segments.get(open);
            out.add(Claim.newBuilder(c)
                    .setStatus(ClaimStatus.NOT_IN_FORCE)
                    .setAction(StatusReader.UNDECIDED)
                    .setEvidence(text.substring(c.getEvidenceStart(), seg.end()).strip())
                    .build());
        }
        return out;
    }

    /** Index of a clause of the sentence after segment {@code i} that leaves a matter open and points back to it, or -1. */
    private int openReferenceInNextSentence(int i, List<TextSegmenter.Segment> segments, List<List<Token>> tokenLists,
                                            ClauseCues cueLists) {
        final int sentence = segments.get(i).sentenceStart();
        int j = i + 1;
        while (j < segments.size() && segments.get(j).sentenceStart() == sentence) {
            j++;
        }
        if (j >= segments.size()) {
            return -1;
        }
        final int next = segments.get(j).sentenceStart();
        for (; j < segments.size() && segments.get(j).sentenceStart() == next; j++) {
            final List<Token> tokens = tokenLists.get(j);
            if (refersBack(tokens, !lexicon.find(tokens).isEmpty()) && cueLists.of(j).stream().anyMatch(c -> c.category() == Cues.Category.UNSETTLED)) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Whether the clause takes up an earlier matter by one of {@link #BACK_REFERENCES}. A proposal noun that goes on to
     * name its own matter ("was open to considering the Turkish proposal to hold consultations on navigation", "the
     * request for a visa waiver") introduces a new matter, not the one the previous sentence reported, when the clause
     * names a known topic of its own ({@code namesTopic}); otherwise ("took note of Türkiye's request to open talks on
     * modernising the Customs Union") the previous sentence's matter is still the best reading of what it is about.
     */
    static boolean refersBack(List<Token> tokens, boolean namesTopic) {
        for (int k = 0; k < tokens.size(); k++) {
            final String w = tokens.get(k).surface().toLowerCase(Locale.ROOT);
            if (!BACK_REFERENCES.contains(w)) {
                continue;
            }
            final boolean namesItsMatter = namesTopic && PROPOSAL_NOUNS.contains(w) && k + 1 < tokens.size()
                    && MATTER_PREPOSITIONS.contains(tokens.get(k + 1).surface().toLowerCase(Locale.ROOT));
            if (!namesItsMatter) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PROPOSAL_NOUNS = Set.of("proposal", "proposals", "request", "requests", "idea",
            "offer", "suggestion", "initiative");
    private static final Set<String> MATTER_PREPOSITIONS = Set.of("to", "for", "on");

    /**
     * What the next sentence can leave open: a proposal, a request, or a matter only discussed ("discussed the
     * idea of a permanent secretariat. Senior officials will prepare options on its form … for a decision").
     */
    private static final Set<ClaimStatus> CARRIED_STATUSES = java.util.EnumSet.of(ClaimStatus.PROPOSED,
            ClaimStatus.REQUESTED, ClaimStatus.DISCUSSED);

    /** Words by which a sentence takes up the matter the previous sentence proposed. */
    private static final Set<String> BACK_REFERENCES = Set.of("proposal", "proposals", "request", "requests", "idea",
            "offer", "suggestion", "initiative", "it", "its", "this", "them");

    /**
     * An open matter is affirmed whatever negation its cue carries: "no decision on the resumption of transit was
     * taken" says the resumption is undecided, not that it was denied.
     */
    private Polarity polarityOf(StatusReader.Reading reading, Clause clause, int from, int to) {
        if (StatusReader.UNDECIDED.equals(reading.action())) {
            return Polarity.AFFIRMED;
        }
        return negationReader.read(clause, from, to, reading.status());
    }

    private List<Claim> claimsOf(Clause clause, List<Lexicon.TopicHit> hits, int year) {
        final String assertedBy = reportedSpeech.assertedBy(clause);
        final List<QuantityParser.Parsed> parsed = figures(clause, year);
        final Map<String, List<Quantity>> quantitiesByTopic = assignQuantities(clause, hits, parsed);
        final boolean emphasised = clause.has(Cues.Category.EMPHASIS);
        final boolean courtesy = clause.has(Cues.Category.COURTESY);
        final Set<String> seen = new HashSet<>();
        final List<Claim> out = new ArrayList<>();
        for (Lexicon.TopicHit hit : hits) {
            if (!seen.add(hit.topic())) {
                continue;
            }
            final StatusReader.Reading reading = credited(statusReader.read(clause, hit.from(), hit.to()), clause, hit);
            final ClaimStatus status = reading.status();
            final Polarity polarity = polarityOf(reading, clause, hit.from(), hit.to());
            final List<Quantity> qs = quantitiesByTopic.getOrDefault(hit.topic(), List.of());
            final double score = salience.score(status, polarity, lexicon.weight(hit.topic()), !qs.isEmpty(), emphasised,
                    courtesy, reading.condition() != null);
            out.add(Claim.newBuilder()
                    .setTopic(hit.topic())
                    .setAction(reading.action())
                    .setStatus(status)
                    .setPolarity(polarity)
                    .setActor(reading.actor())
                    .setScope(scopes.scope(clause.text(), clause.tokens(), hit.from(), hit.to()))
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

    /**
     * "Trump called President Putin": who placed a call is who took the initiative of the conversation, so it is
     * an {@code initiative} claim crediting the caller, comparable with another readout's "the call took place at
     * the request of the Russian side". Null when no caller is named, or when the clause already names the
     * initiative with a lexicon phrase (that claim credits it).
     */
    private Claim callPlaced(Clause clause, List<Lexicon.TopicHit> hits) {
        if (hits.stream().anyMatch(h -> h.topic().equals(INITIATIVE))) {
            return null;
        }
        final CallInitiatorReader.Caller caller = callers.read(clause);
        if (caller == null) {
            return null;
        }
        final double score = salience.score(ClaimStatus.PROPOSED, Polarity.AFFIRMED, lexicon.weight(INITIATIVE), false,
                clause.has(Cues.Category.EMPHASIS), clause.has(Cues.Category.COURTESY), false);
        return Claim.newBuilder()
                .setTopic(INITIATIVE)
                .setAction(words(clause, caller.from(), caller.to()).toLowerCase(Locale.ROOT))
                .setStatus(ClaimStatus.PROPOSED)
                .setPolarity(Polarity.AFFIRMED)
                .setActor(caller.actor()).setScope(List.of()).setQuantities(List.of()).setCondition(null)
                .setEvidence(clause.clauseText())
                .setEvidenceStart(clause.start())
                .setSalience(score)
                .setAssertedBy(reportedSpeech.assertedBy(clause))
                .build();
    }

    private static String words(Clause clause, int from, int to) {
        return clause.text().substring(clause.tokens().get(from).start(), clause.tokens().get(to - 1).end());
    }

    /**
     * A negated point on a subject the lexicon does not name ("The question of an expanded presence was
     * not discussed"): topic {@code text.<stems>} from its content words, for the rules to align lexically.
     */
    private Claim negatedUnnamed(Clause clause) {
        if (clause.tokens().stream().noneMatch(t -> NEGATION_WORDS.contains(t.stem()) || t.surface().endsWith("n't"))) {
            return null;
        }
        final Cues.Cue status = clause.cues().stream()
                .filter(c -> c.category() == Cues.Category.DISCUSSED || c.category() == Cues.Category.AGREED
                        || c.category() == Cues.Category.ANNOUNCED)
                .findFirst().orElse(null);
        if (status == null || !clause.has(Cues.Category.NEGATION)) {
            return null;
        }
        final String topic = unnamedTopic(clause.clauseText());
        if (topic == null) {
            return null;
        }
        return Claim.newBuilder()
                .setTopic(topic)
                .setAction("mention")
                .setStatus(ClaimStatus.valueOf(status.category().name()))
                .setPolarity(Polarity.NEGATED)
                .setActor(null).setScope(List.of()).setQuantities(List.of()).setCondition(null)
                .setEvidence(clause.clauseText())
                .setEvidenceStart(clause.start())
                .setSalience(salience.score(ClaimStatus.valueOf(status.category().name()), Polarity.NEGATED,
                        Lexicon.DEFAULT_WEIGHT, false, false, clause.has(Cues.Category.COURTESY), false))
                .setAssertedBy(reportedSpeech.assertedBy(clause))
                .build();
    }

    /**
     * "At India's initiative, the Ministers agreed to set up a permanent IMEC Secretariat": when the only
     * lexicon topics of a clause say who took the initiative or mediated, the clause's matter (the
     * secretariat, agreed) is a claim of its own, read without the credit phrase's cues; otherwise the
     * credit would hide what was decided from the status rule.
     */
    private Claim matterBesideCredit(Clause clause, List<Lexicon.TopicHit> hits, int year) {
        if (!hits.stream().allMatch(hit -> initiatives.reads(hit.topic()))) {
            return null;
        }
        final List<Cues.Cue> outsideCredit = clause.cues().stream()
                .filter(cue -> hits.stream().noneMatch(hit -> cue.from() < hit.to() && cue.to() > hit.from()))
                .toList();
        return cuedUnnamed(new Clause(clause.text(), clause.start(), clause.end(), clause.sentenceStart(), clause.tokens(),
                outsideCredit, clause.actors(), clause.issuerCountry()), year);
    }

    /**
     * A clause on a subject the lexicon does not name that still says where a matter stands ("have reached
     * a staff-level agreement", "would study the proposal") or gives a figure: topic {@code text.<stems>},
     * status from its cues, quantities from its numbers. The rules pair it with the other readout's clause
     * on the same matter by lexical alignment, not by slug.
     */
    private Claim cuedUnnamed(Clause clause, int year) {
        // "The Minister informed that the Government would consider the release": the reported cue, not the frame.
        final Cues.Cue cue = clause.cues().stream().filter(c -> c.category().isStatus()
                && !StatusReader.reportingFrame(clause, c, clause.tokens().size())).findFirst().orElse(null);
        final List<QuantityParser.Parsed> figures = figures(clause, year);
        final boolean number = !figures.isEmpty();
        if (cue == null && !number) {
            return null;
        }
        final String topic = unnamedTopic(clause.clauseText());
        if (topic == null) {
            return null;
        }
        final int from = cue == null ? 0 : Math.min(cue.to(), clause.tokens().size() - 1);
        final StatusReader.Reading reading = statusReader.read(clause, from, clause.tokens().size());
        final Polarity polarity = polarityOf(reading, clause, from, clause.tokens().size());
        final List<Quantity> qs = figures.stream().map(QuantityParser.Parsed::quantity).toList();
        return Claim.newBuilder()
                .setTopic(topic)
                .setAction(reading.action())
                .setStatus(reading.status())
                .setPolarity(polarity)
                .setActor(reading.actor()).setScope(List.of()).setQuantities(qs).setCondition(reading.condition())
                .setEvidence(clause.clauseText())
                .setEvidenceStart(clause.start())
                .setSalience(salience.score(reading.status(), polarity, Lexicon.DEFAULT_WEIGHT, !qs.isEmpty(),
                        clause.has(Cues.Category.EMPHASIS), clause.has(Cues.Category.COURTESY), reading.condition() != null))
                .setAssertedBy(reportedSpeech.assertedBy(clause))
                .build();
    }

    /**
     * "Riyadh was proposed as the venue of the Summit, while its date remains subject to confirmation by the Leaders":
     * a clause of the same sentence whose subject opens with "its" or "their" leaves open a detail of the matter the
     * clause before it named, so an open reading of it (conditional or undecided) is filed under that clause's topic,
     * when the clause before names exactly one, as that matter still undecided: the condition is on a detail still to
     * be settled ("its date"), not a condition one side sets on the matter. Otherwise the claim as read.
     */
    private static Claim possessiveContinuation(Claim unnamed, Clause clause, int i, List<TextSegmenter.Segment> segments,
                                                List<Claim> claims, List<Integer> claimSegments) {
        if (i == 0 || !OPEN_STATUSES.contains(unnamed.getStatus()) || clause.tokens().isEmpty()
                || !POSSESSIVE_SUBJECTS.contains(clause.tokens().get(0).surface().toLowerCase(Locale.ROOT))
                || segments.get(i - 1).sentenceStart() != segments.get(i).sentenceStart()) {
            return unnamed;
        }
        final Set<String> previousTopics = new HashSet<>();
        for (int k = 0; k < claimSegments.size(); k++) {
            if (claimSegments.get(k) == i - 1) {
                previousTopics.add(claims.get(k).getTopic());
            }
        }
        if (previousTopics.size() != 1) {
            return unnamed;
        }
        return Claim.newBuilder(unnamed).setTopic(previousTopics.iterator().next()).setStatus(ClaimStatus.NOT_IN_FORCE)
                .setAction(StatusReader.UNDECIDED).setPolarity(Polarity.AFFIRMED).build();
    }

    private static final Set<String> POSSESSIVE_SUBJECTS = Set.of("its", "their");
    private static final Set<ClaimStatus> OPEN_STATUSES = java.util.EnumSet.of(ClaimStatus.CONDITIONAL,
            ClaimStatus.NOT_IN_FORCE);

    /** {@code text.} and the clause's first content stems in order, or null when it has fewer than two. */
    private String unnamedTopic(String clauseText) {
        final List<String> terms = analyzer.contentTerms(clauseText).stream()
                .filter(t -> t.length() > 2 && !Character.isDigit(t.charAt(0))).distinct().sorted().limit(4).toList();
        return terms.size() < 2 ? null : UNNAMED_PREFIX + String.join("-", terms);
    }

    /**
     * Cue phrases of each clause of one statement, found on first use and kept: a clause's cues are read for its
     * own claims and again when the previous sentence's proposal looks for an open reference in it.
     */
    private final class ClauseCues {
        private final List<List<Token>> tokenLists;
        private final List<List<Cues.Cue>> found;

        ClauseCues(List<List<Token>> tokenLists) {
            this.tokenLists = tokenLists;
            this.found = new ArrayList<>(java.util.Collections.nCopies(tokenLists.size(), null));
        }

        List<Cues.Cue> of(int segment) {
            List<Cues.Cue> cached = found.get(segment);
            if (cached == null) {
                cached = OpenResponseCues.merge(cues.find(tokenLists.get(segment)), tokenLists.get(segment));
                found.set(segment, cached);
            }
            return cached;
        }
    }

    private static final String MEDIATION = "mediation";
    private static final String INITIATIVE = "initiative";

    /** Topic prefix of claims on subjects the lexicon does not name. */
    public static final String UNNAMED_PREFIX = "text.";
    private static final Set<String> NEGATION_WORDS = Set.of("not", "no", "never", "neither", "nor");

    /** For initiatives and mediations the phrase itself says who acted ("at China's request"). */
    private StatusReader.Reading credited(StatusReader.Reading reading, Clause clause, Lexicon.TopicHit hit) {
        if (!initiatives.reads(hit.topic())) {
            return reading;
        }
        final String actor = initiatives.actor(clause, hit.from(), hit.to(), hit.topic());
        if (actor == null) {
            // Only the phrase itself names a mediator ("under the facilitation of Türkiye"); the subject of some
            // other verb in the clause ("Ethiopia expresses its gratitude to Türkiye for its facilitation") is not one.
            return hit.topic().equals(MEDIATION) && reading.actor() != null
                    ? new StatusReader.Reading(reading.status(), reading.cueText(), null, reading.condition()) : reading;
        }
        final ClaimStatus status = hit.topic().equals(INITIATIVE) ? ClaimStatus.PROPOSED : reading.status();
        return new StatusReader.Reading(status, reading.cueText(), actor, reading.condition());
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

    /** Quantities and calendar dates of the clause; a date without a year is in the year of publication. */
    private List<QuantityParser.Parsed> figures(Clause clause, int year) {
        final List<QuantityParser.Parsed> out = new ArrayList<>();
        if (hasNumber(clause)) {
            out.addAll(quantities.parse(clause.clauseText()));
        }
        if (DateParser.mentionsMonth(clause.clauseText())) {
            out.addAll(dates.parse(clause.clauseText(), year));
        }
        return out;
    }

    private static boolean hasNumber(Clause clause) {
        for (Token t : clause.tokens()) {
            if (Character.isDigit(t.surface().charAt(0)) || NumberScanner.isNumberWord(t.surface())) {
                return true;
            }
        }
        return false;
    }

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
