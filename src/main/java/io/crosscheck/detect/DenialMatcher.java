package io.crosscheck.detect;

import io.crosscheck.util.BoundedCache;
import io.crosscheck.avro.Claim;
import io.crosscheck.claims.Paraphrases;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a denial denies and where the other readout affirms it, when the two word the subject differently
 * ("The topic of direct air communication was not raised" against "agreed to work toward restoring direct air
 * links"). Input: a negated claim with the text of its statement, and the other statement's text. Output: the
 * denied subject (content terms with paraphrases merged by {@link Paraphrases}, without the words that frame a
 * denial: "topic", "question", "raised", "agenda", "came up") and the sentence of the other text, in its own
 * affirming voice, that covers it. An anaphoric denial ("no such issue was raised", "there is no consent to
 * this") takes its subject from the question it answers: the sentences of the preceding question turn
 * ("Question: The Canadian readout says the Minister raised ... Was this discussed?"), or else the nearest
 * preceding sentence that names a subject. Stateless apart from the aligner's caches; thread-safe.
 */
public final class DenialMatcher {

    /** The sentence of the affirming text that covers the denied subject, with the share of the subject it covers. */
    public record Match(SentenceAligner.Sentence sentence, Set<String> subject, double coverage, double similarity) { }

    /** The usual alignment: most of the subject recurs and the sentences are about the same matter. */
    static final double MIN_COVERAGE = 0.6;
    static final double MIN_SIMILARITY = 0.3;

    /**
     * When nearly all of the denied subject recurs in one sentence, that sentence may say much more besides
     * ("agreed to work toward restoring direct air links ... and to ease the restrictions on embassies"): the
     * similarity may then be low, but a subject of two or more terms is still rarely covered by chance.
     */
    static final double HIGH_COVERAGE = 0.75;
    static final double LOW_SIMILARITY = 0.15;
    private static final int MIN_SUBJECT_TERMS = 2;

    /** How far back an anaphoric denial looks for the question it answers. */
    private static final int MAX_SENTENCES_BACK = 4;

    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(not|no|never|neither|nor)\\b|n't\\b");
    /**
     * A negation in a relative clause that describes a noun ("the section of the border that has not yet been
     * delimited", "the facilities which were not damaged"): the relative pronoun is the clause's subject, so an
     * auxiliary follows it at once. It says what the noun is, not that the sentence's point did not happen. A "that"
     * followed by a subject ("agreed that the road will not be built") opens a complement and is not matched.
     */
    private static final Pattern RELATIVE_NEGATION = Pattern.compile("(?i)(?<=\\b(?:that|which|who)\\s(?:has|have|had|is|"
            + "are|was|were|does|do|did|will|would|can|could)\\s)(?:not|never)\\b|(?<=\\b(?:that|which|who)\\s(?:has|have|"
            + "had|is|are|was|were|does|do|did|will|would|can|could))n't\\b");
    /** "rejected reports that ..." denies as much as "not": two denials of the same reports agree. */
    private static final Pattern DENIAL = Pattern.compile("(?i)\\b(reject|denie|deny|dismiss|refut)\\w*");
    /** Words by which a denial points back to a subject named before ("no such issue", "consent to this"). */
    private static final Set<String> ANAPHORS = Set.of("such", "this", "that", "these", "those", "it");
    /** The same, less "that", which mostly introduces reported speech ("the readout says that ..."). */
    private static final Set<String> BACK_POINTERS = Set.of("such", "this", "these", "those", "it");
    /**
     * A sentence that opens a turn of a transcript with its speaker's label: "Q:", "Question.", "Kyodo News:",
     * "Q (Press Trust of India):", "A:". Walking back from a question, the first such sentence opens it.
     */
    private static final Pattern TURN_LABEL = Pattern.compile("^(?:(?i:q|question)\\s*[:.]|(?i:q)\\s*\\([^)]{1,60}\\)\\s*:"
            + "|[A-Z][\\w'.-]*(?:\\s+[A-Z][\\w'.-]*){0,3}\\s*:)\\s*");
    /**
     * A question that reports what someone says: "According to the Japanese ministry, the Chinese side explained
     * that ...", "The readout states that ...". What follows "that" is the point asked about; what precedes it says
     * who reported it.
     */
    private static final Pattern REPORTED_CONTENT = Pattern.compile("(?i)\\b(?:says?|said|stated?|states|explained|"
            + "reported|reports|claimed|claims|told\\s+\\w+|announced|confirmed|indicated|not(?:ed|es)|add(?:ed|s)|"
            + "stress(?:ed|es)|emphasi[sz](?:ed|es)|underlin(?:ed|es)|point(?:ed|s)\\s+out|ma(?:de|kes)\\s+(?:it\\s+)?clear|"
            + "replied|recalled|insist(?:ed|s)|indicating|suggesting|alleging|claiming|saying|stating)\\s+that\\s+");
    /**
     * Who said it, put after the clause: "No joint investigation was agreed, the source specified.", "..., a
     * spokesperson told reporters", "..., according to the ministry". It says who reports, not what is denied.
     */
    private static final Pattern POSTPOSED_ATTRIBUTION = Pattern.compile("(?i),\\s+(?:according\\s+to\\s+[^,;]+"
            + "|(?:\\w+\\s+){0,4}(?:said|says|specified|added|stated|noted|explained|indicated|confirmed|stressed|insisted|"
            + "recalled|clarified|told\\s+\\w+)(?:\\s+(?:on|in)\\s+\\w+)?)\\s*[.!]?\\s*$");

    /**
     * Stems that frame a denial or a question rather than name its subject: "the topic of X was not raised in the
     * conversation", "the question of X did not come up", "can you confirm ...", "China has made no new commitment".
     */
    private static final Set<String> FRAME_WORDS = Set.of("topic", "question", "issu", "matter", "subject", "agenda",
            "rais", "come", "came", "up", "discuss", "mention", "touch", "address", "brought", "meet", "talk", "clear",
            "let", "me", "veri", "new", "made", "make", "did", "do", "doe", "ha", "have", "had", "been", "how", "can",
            "you", "confirm", "respond", "answer", "readout", "ani", "between", "dure", "about", "all", "we", "our",
            "seen", "ask", "offici", "spokesperson", "regard", "whether", "what", "commit", "decis", "decid", "consent",
            "accept", "agreement", "none", "there", "would", "could", "so", "refer", "comment", "other", "undertak",
            "undertaken", "undertook", "pledg", "promis", "given", "gave", "dismiss", "claim", "inaccur",
            // Discourse markers and days said relative to the briefing order or date an answer; they name nothing:
            // "Secondly, this matter was not discussed at yesterday's meeting" points back to the question.
            "firstli", "secondli", "thirdli", "yesterdai", "todai", "tomorrow",
            // A light noun that frames its complement: "the situation of the minority was not touched upon" is about
            // the minority.
            "situat", "upon",
            // The verbs and verdicts of a correction say that a report is denied, not what it reports: "the Ministry
            // categorically denies that any agreement on the withdrawal of troops was reached" is about the withdrawal.
            "deni", "reject", "refut", "categor", "reach", "fals", "untru", "baseless", "unfound", "groundless",
            // Denials of a point's existence or truth: "no such understanding exists", "the suggestion that any
            // prerequisite of that kind was put to him is incorrect", "dismissed as speculation", "this time".
            "exist", "understand", "incorrect", "correspond", "realiti", "specul", "kind", "time");

    /** A statement's denials are read once and kept for the other pairs of its event it is compared in. */
    private static final int CACHED_TEXTS = 2048;

    private final SentenceAligner aligner;
    private final Paraphrases paraphrases;
    private final BoundedCache<String, List<Denial>> denialsByText;
    private final BoundedCache<String, Optional<Agenda>> agendas;
    private final BoundedCache<String, List<SentenceAligner.Sentence>> persisting;
    private final BoundedCache<String, List<Ending>> endings;

    public DenialMatcher(SentenceAligner aligner, Paraphrases paraphrases) {
        this.aligner = aligner;
        this.paraphrases = paraphrases;
        this.denialsByText = new BoundedCache<>(CACHED_TEXTS, this::findWordedDenials);
        this.agendas = new BoundedCache<>(CACHED_TEXTS, this::findExclusiveAgenda);
        this.persisting = new BoundedCache<>(CACHED_TEXTS, this::findPersisting);
        this.endings = new BoundedCache<>(CACHED_TEXTS, this::findEndings);
    }

    /** The denied subject's terms, resolved through an anaphor to the question answered; empty when there is none. */
    public Set<String> deniedSubject(Claim negated, String text) {
        // "Responding to questions from journalists, the Minister noted that X had not been touched upon": who says
        // it and when is no part of what is denied.
        final Set<String> own = withoutNames(subject(negatedConjunct(reportedDenial(negated.getEvidence()))));
        if (own.size() >= MIN_SUBJECT_TERMS) {
            return own;
        }
        // "Asked whether the leaders had discussed Russian natural gas supplies, the spokesman said: 'No, the gas
        // topic was not discussed this time.'": the question put in the same sentence names what the answer denies.
        final Set<String> asked = askedMatter(leadOf(negated, text));
        if (asked.size() >= MIN_SUBJECT_TERMS) {
            final Set<String> out = new LinkedHashSet<>(own);
            out.addAll(asked);
            return out;
        }
        final List<SentenceAligner.Sentence> before = aligner.sentences(text).stream()
                .filter(s -> s.end() <= negated.getEvidenceStart()).toList();
        if (!hasWord(negated.getEvidence(), ANAPHORS)) {
            // "The issue of financing was not discussed at yesterday's meeting" names one term of what the question
            // before it asked about at length ("discussed the financing of the Kyrgyz section of the railway").
            return own.isEmpty() ? own : questionClausesSharing(own, before);
        }
        return anaphoricSubject(negated.getEvidence(), before);
    }

    /** Where two main clauses of one sentence are joined: ", and", ", but", ", while", a semicolon. */
    private static final Pattern CONJUNCT_BREAK = Pattern.compile("(?i),\\s+(?:and|but|while|whereas)\\s+|;\\s*");

    /**
     * The conjunct that carries the negation when only one does: in "The financing arrangements have already been
     * settled in the intergovernmental agreements, and the issue of financing was not discussed at yesterday's
     * meeting" only the financing is denied a discussion; the arrangements are affirmed.
     */
    static String negatedConjunct(String clause) {
        final String[] parts = CONJUNCT_BREAK.split(clause);
        if (parts.length < 2) {
            return clause;
        }
        String negated = null;
        for (String part : parts) {
            if (NEGATION.matcher(RELATIVE_NEGATION.matcher(part).replaceAll(" ")).find()) {
                if (negated != null) {
                    return clause;
                }
                negated = part;
            }
        }
        return negated == null ? clause : negated;
    }

    /** The words of the claim's sentence before its clause: a lead-in such as "Asked whether ..., he said:". */
    private String leadOf(Claim negated, String text) {
        final int at = negated.getEvidenceStart();
        for (SentenceAligner.Sentence s : aligner.sentences(text)) {
            if (s.start() <= at && at < s.end()) {
                return at > s.start() ? text.substring(s.start(), at) : negated.getEvidence();
            }
        }
        return negated.getEvidence();
    }

    /**
     * A question reported as the lead-in of its answer: "Asked by journalists whether the consultations had also
     * addressed export restrictions on gallium, ...", "Asked about the future of the forces deployed in Gedo, ...",
     * "Asked to comment on statements that ...". Group 1 is what was asked, up to the comma that ends the lead-in.
     */
    private static final Pattern ASKED_LEAD = Pattern.compile("(?i)^\\W*(?:when\\s+)?asked\\s+(?:by\\s+[^,;:]{1,60}?\\s+)?"
            + "(?:about|whether|if|to\\s+comment\\s+on|on|regarding|concerning)\\s+([^,;:]{3,250}?),\\s+");
    /** A verb of discussion inside a question: what follows it is the matter asked about. */
    private static final Pattern ASKED_DISCUSSION = Pattern.compile("(?i)\\b(?:discussed|addressed|raised|covered|"
            + "touched\\s+(?:up)?on|considered|talked\\s+about|agreed\\s+(?:on|to))\\s+");

    /**
     * The matter of a question put as a lead-in ("the trilateral consultations held in The Hague had also addressed
     * Chinese export restrictions on gallium and germanium" asks about the restrictions), without the reported
     * frame ("statements by the Ukrainian side that ..."); empty without such a lead-in.
     */
    private Set<String> askedMatter(String sentence) {
        final Matcher lead = ASKED_LEAD.matcher(sentence);
        if (!lead.find()) {
            return Set.of();
        }
        String asked = reportedPoint(lead.group(1));
        final Matcher verb = ASKED_DISCUSSION.matcher(asked);
        if (verb.find()) {
            asked = asked.substring(verb.end());
        }
        return withoutNames(subject(asked));
    }

    /** How far back a thin denial looks for the question turn it answers. */
    private static final int MAX_TO_QUESTION = 6;

    /**
     * A denial that names its subject in one word, widened by the clauses of the question it answers that name that
     * word: the question turn that ends within the last few sentences. The subject alone when no question precedes.
     */
    private Set<String> questionClausesSharing(Set<String> subject, List<SentenceAligner.Sentence> before) {
        int end = -1;
        for (int i = before.size() - 1; i >= 0 && i >= before.size() - MAX_TO_QUESTION; i--) {
            if (before.get(i).text().endsWith("?")) {
                end = i;
                break;
            }
        }
        final Set<String> out = new LinkedHashSet<>(subject);
        for (int i = end; i >= 0 && i > end - MAX_SENTENCES_BACK; i--) {
            final String s = before.get(i).text();
            for (String clause : CLAUSE_BREAK.split(askedAbout(s))) {
                final Set<String> terms = withoutNames(subject(clause));
                if (terms.stream().anyMatch(subject::contains)) {
                    out.addAll(terms);
                }
            }
            if (TURN_LABEL.matcher(s).find()) {
                break;
            }
        }
        return out;
    }

    /**
     * What an anaphoric denial points back to: the point it fronts as its topic, as the sentences before word it
     * ("As for the financing arrangement you mentioned, China made no such commitment" after "... and that China
     * confirmed it will finance the section"), else the question it answers, else the nearest sentence naming a
     * subject.
     */
    private Set<String> anaphoricSubject(String denial, List<SentenceAligner.Sentence> before) {
        final Set<String> fronted = frontedSubject(denial, before);
        if (!fronted.isEmpty()) {
            return fronted;
        }
        final Set<String> question = questionSubject(before);
        return question.isEmpty() ? nearestSubject(before) : question;
    }

    /**
     * A topic put before the clause it is the topic of: "As for the financing arrangement you mentioned, ...",
     * "Regarding the ferry link, ...", "On the question of visas, ...". Group 1 is the topic.
     */
    private static final Pattern FRONTED_TOPIC = Pattern.compile("(?i)^(?:as\\s+(?:for|to|regards)|regarding|concerning"
            + "|with\\s+(?:regard|respect)\\s+to|on|about)\\s+([^,;:]{3,100}),");
    /** Where a clause of a sentence ends: a break, or the "that" that opens a reported clause. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?i)[,;:]|\\bthat\\b");

    /**
     * The subject of a fronted topic in the words of the sentences before, which name it more fully: the clauses
     * among the last few sentences that share a term with the topic ("that China confirmed it will finance the
     * section in Turkmenistan" for "the financing arrangement"); the topic itself when no clause names it. Empty when
     * the denial fronts no topic or the subject is too thin to match.
     */
    private Set<String> frontedSubject(String denial, List<SentenceAligner.Sentence> before) {
        final Matcher label = TURN_LABEL.matcher(denial);
        final Matcher m = FRONTED_TOPIC.matcher(label.find() ? denial.substring(label.end()) : denial);
        if (!m.find()) {
            return Set.of();
        }
        final Set<String> topic = withoutNames(subject(m.group(1)));
        final Set<String> out = new LinkedHashSet<>();
        for (int i = before.size() - 1; i >= 0 && i >= before.size() - MAX_SENTENCES_BACK; i--) {
            for (String clause : CLAUSE_BREAK.split(before.get(i).text())) {
                final Set<String> terms = withoutNames(subject(clause));
                if (terms.stream().anyMatch(topic::contains)) {
                    out.addAll(terms);
                }
            }
        }
        if (out.size() >= MIN_SUBJECT_TERMS) {
            return out;
        }
        return topic.size() >= MIN_SUBJECT_TERMS ? topic : Set.of();
    }

    /**
     * The denied subject without the words that name the one who denies: in the European Commission's "The Commission
     * has given no commitment to terminate this investigation" the denial is about the termination, which the other
     * readout may attribute to "the EU side".
     */
    public Set<String> withoutSpeaker(Set<String> subject, String speaker) {
        final Set<String> out = new LinkedHashSet<>(subject);
        out.removeAll(paraphrases.terms(speaker));
        out.removeAll(SELF_REFERENCES);
        return out;
    }

    /**
     * Nouns by which an issuer names itself or its side in a denial ("the Government made no commitment to halt these
     * operations", "the Dominican side", "the authorities"): they say who denies, whoever the issuer is.
     */
    private static final Set<String> SELF_REFERENCES = Set.of("govern", "side", "author", "deleg");

    /** The sentence of {@code text} that affirms the subject in its own voice, or null. */
    public Match affirmedIn(Set<String> subject, String text) {
        return affirmedIn(subject, Set.of(), text);
    }

    /**
     * The sentence of {@code text} that affirms the subject in its own voice and names every one of the {@code
     * required} terms (the action a denial denies: "will not be cancelled" is answered by "agreed to waive", not by
     * "agreed to reschedule"), or null.
     */
    public Match affirmedIn(Set<String> subject, Set<String> required, String text) {
        if (subject.size() < MIN_SUBJECT_TERMS) {
            return null;
        }
        Match best = null;
        for (SentenceAligner.Sentence s : aligner.sentences(text)) {
            final String ownVoice = RELATIVE_NEGATION.matcher(s.text()).replaceAll(" ");
            if (s.text().endsWith("?") || NEGATION.matcher(ownVoice).find() || DENIAL.matcher(s.text()).find()) {
                continue;
            }
            final Set<String> terms = paraphrases.terms(s.text());
            if (!terms.containsAll(required)) {
                continue;
            }
            final Set<String> shared = new HashSet<>(subject);
            shared.retainAll(terms);
            final double coverage = (double) shared.size() / subject.size();
            final double similarity = shared.size() / Math.sqrt((double) subject.size() * terms.size());
            final boolean aligned = coverage >= MIN_COVERAGE && similarity >= MIN_SIMILARITY
                    || coverage >= HIGH_COVERAGE && similarity >= LOW_SIMILARITY;
            if (aligned && (best == null || coverage > best.coverage()
                    || coverage == best.coverage() && similarity > best.similarity())) {
                best = new Match(s, subject, coverage, similarity);
            }
        }
        return best;
    }

    /**
     * A sentence that denies a commitment, an event or an action in so many words, with the subject of what it denies
     * and, for a denied action, the action's term (empty otherwise).
     */
    public record Denial(SentenceAligner.Sentence sentence, Set<String> subject, Set<String> action) {
        /** Kept in a cache and shared between pairs: unmodifiable, in reading order (the alert topic is built from it). */
        public Denial {
            subject = Collections.unmodifiableSet(new LinkedHashSet<>(subject));
            action = Collections.unmodifiableSet(new LinkedHashSet<>(action));
        }
    }

    /**
     * "made no commitment to", "gave no undertaking in Doha to", "no such commitment had been given", "there is no
     * such commitment": a commitment denied whether or not the clause carries a cue the extractor reads.
     */
    private static final Pattern COMMITMENT_DENIED = Pattern.compile("(?i)\\b(?:(?:made|make|makes|gave|give|gives|"
            + "given|offered|entered into)\\s+no\\s+(?:new\\s+|such\\s+|firm\\s+)?(?:commitments?|undertakings?|pledges?|promises?)"
            + "|no\\s+(?:such\\s+)?(?:commitments?|undertakings?|pledges?|promises?)\\s+(?:was|were|has|have|had)\\s+"
            + "(?:been\\s+)?(?:made|given|offered|entered into)"
            + "|there\\s+(?:is|was|were|has been|have been|had been)\\s+no\\s+(?:such\\s+)?(?:commitments?|undertakings?|"
            + "pledges?|promises?)"
            // "made no such statement": a remark the other readout reports, denied; only with "such", which points
            // back to it ("made no statement to the press" denies nothing).
            + "|(?:made|make|makes|gave|give|gives|given)\\s+no\\s+such\\s+(?:statements?|remarks?|assurances?)"
            + "|no\\s+such\\s+(?:statements?|remarks?|assurances?)\\s+(?:was|were|has|have|had)\\s+(?:been\\s+)?(?:made|given))\\b");
    /**
     * "there had been no direct contact between the delegations": an event said not to have taken place. "There was no
     * doubt that ...", "there is no alternative to ..." deny nothing: they affirm what follows.
     */
    private static final Pattern EVENT_DENIED = Pattern.compile("(?i)\\bthere\\s+(?:was|were|has been|have been|had been)"
            + "\\s+no\\b(?!\\s+(?:doubt|alternative|other|need|reason|choice)\\b)");
    /**
     * "Late interest on arrears will not be cancelled", "the sanctions were not lifted": an action denied in the
     * passive. What it denies is done to the noun phrase before it, and only a sentence naming the same action (or
     * a paraphrase of it) affirms it.
     */
    private static final Pattern ACTION_DENIED = Pattern.compile("(?i)\\b(?:will|shall|would|was|were|has|have|"
            + "had)\\s+(?:not|never)\\s+(?:be\\s+|been\\s+)?(\\w+ed|written|forgiven|withdrawn|taken)\\b");
    /**
     * "No water cannon was used at any point", "no terminal has been or will be ceded to a foreign operator": a thing
     * said to have had no part, with a negative determiner before it and the participle of what was (not) done to it.
     * Group 1 is the thing, group 2 the participle. The thing takes at most four words, so that "no" stays in the
     * clause whose verb follows.
     */
    private static final Pattern NONE_DENIED = Pattern.compile("(?i)\\bno\\s+((?:[\\w'-]+\\s+){0,3}?[\\w'-]+)\\s+"
            + "(?:was|were|has|have|had|is|are|will|would|shall|can|could)\\s+(?:been\\s+|be\\s+)?"
            + "(?:(?:or|and|nor)\\s+(?:was|were|has|have|had|is|are|will|would|shall|can|could)\\s+(?:been\\s+|be\\s+)?)?"
            + "(\\w+ed|written|forgiven|withdrawn|taken|given|made|held|sent|built|paid|drawn|shown|done|sold|brought)\\b");
    /**
     * Participles that say a thing was (not) put to use at all: "no water cannon was used" is answered by "fired its
     * water cannon", whatever the verb, so these ask for no action of the affirming sentence.
     */
    private static final Set<String> USE_PARTICIPLES = Set.of("us", "emploi", "deploi", "involv", "made", "done");

    /**
     * Participles that say what a text covers ("offal is not included", "were not covered"): a difference of scope,
     * which the scope rule reads, not a denied action. A present passive ("are not included") states how things
     * are, not that something was not done, and is not read at all.
     */
    private static final Set<String> SCOPE_PARTICIPLES = Set.of("includ", "cover", "limit", "exclud", "extend", "restrict");
    /** Where the noun phrase before a denied action begins: a break, or the "that" of reported speech. */
    private static final Pattern PHRASE_START = Pattern.compile("(?i)[,;:]|\\bthat\\s");
    /** "dismissed claims that Iran had undertaken to ...": the reported claim names what the denial denies. */
    private static final Pattern REPORTED_CLAIM = Pattern.compile("(?i)\\b(?:claims?|reports?|suggestions?|assertions?|"
            + "statements?)\\s+that\\s+([^,;]+)");

    /**
     * The sentences of {@code text} that deny a commitment or an event in so many words, each with its subject: what
     * follows the denial up to a break ("made no commitment in Vienna to submit any report on its nuclear material"),
     * else the claim it dismisses ("dismissed claims that Iran had undertaken to present a report, saying no such
     * commitment had been given"), else, for an anaphoric denial ("There is no such commitment."), the question it
     * answers. Names of states are left out of the subject: they say who, not what.
     */
    public List<Denial> wordedDenials(String text) {
        return denialsByText.get(text);
    }

    private List<Denial> findWordedDenials(String text) {
        final List<SentenceAligner.Sentence> sentences = aligner.sentences(text);
        final List<Denial> out = new java.util.ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            final String s = sentences.get(i).text();
            if (s.endsWith("?")) {
                continue;
            }
            Matcher m = COMMITMENT_DENIED.matcher(s);
            if (!m.find()) {
                m = EVENT_DENIED.matcher(s);
                if (!m.find()) {
                    Optional<Denial> found = deniedThing(sentences.get(i));
                    if (found.isEmpty()) {
                        found = deniedAction(sentences.get(i));
                    }
                    if (found.isEmpty()) {
                        found = deniedReport(sentences, i);
                    }
                    if (found.isEmpty()) {
                        found = deniedAnswer(sentences.get(i));
                    }
                    found.ifPresent(out::add);
                    continue;
                }
            }
            // "there has been no change in the status of the Taftan crossing" is about the crossing.
            Set<String> subject = withoutNames(subject(upToBreak(NO_CHANGE.matcher(s.substring(m.end())).replaceFirst(""))));
            if (subject.size() < MIN_SUBJECT_TERMS) {
                final Matcher claim = REPORTED_CLAIM.matcher(s.substring(0, m.start()));
                subject = claim.find() ? withoutNames(subject(claim.group(1))) : Set.of();
            }
            if (subject.size() < MIN_SUBJECT_TERMS && hasWord(s, BACK_POINTERS)) {
                subject = anaphoricSubject(s, sentences.subList(0, i));
            }
            if (subject.size() >= MIN_SUBJECT_TERMS) {
                out.add(new Denial(sentences.get(i), subject, Set.of()));
            }
        }
        return List.copyOf(out);
    }

    /**
     * A thing said to have had no part ("no terminal has been or will be ceded"): its subject is the thing and the
     * action, and the affirming sentence must name both, unless the participle only says the thing was put to use
     * ("no water cannon was used"), when the thing alone is the subject. What it was done to or for ("to a foreign
     * operator") is the denier's description, which the other readout words its own way, and is left out.
     */
    private Optional<Denial> deniedThing(SentenceAligner.Sentence sentence) {
        final Matcher m = NONE_DENIED.matcher(sentence.text());
        if (!m.find()) {
            return Optional.empty();
        }
        final Set<String> thing = withoutNames(subject(m.group(1)));
        // A participle that is a stop word ("used", "made") says no more than that the thing was put to use.
        final Set<String> participle = paraphrases.terms(m.group(2)).isEmpty() ? Set.of()
                : paraphrases.terms(sentence.text().substring(m.start(2))).stream().limit(1)
                .collect(java.util.stream.Collectors.toSet());
        // "no agreement was reached", "no decision was taken": a frame with no thing of its own, read by the claims.
        if (thing.isEmpty() || !participle.isEmpty() && (SCOPE_PARTICIPLES.containsAll(participle)
                || SentenceAligner.READOUT_WORDS.containsAll(participle))) {
            return Optional.empty();
        }
        final Set<String> action = USE_PARTICIPLES.containsAll(participle) || FRAME_WORDS.containsAll(participle)
                ? Set.of() : participle;
        final Set<String> subject = new LinkedHashSet<>(thing);
        subject.addAll(action);
        return subject.size() >= MIN_SUBJECT_TERMS
                ? Optional.of(new Denial(sentence, subject, action)) : Optional.empty();
    }

    /**
     * A meeting said to have dealt with its listed matters and nothing else, the terms of those matters, and the terms
     * its whole readout names anywhere (read once, for every matter the other readout is checked against).
     */
    public record Agenda(SentenceAligner.Sentence sentence, Set<String> matters, Set<String> namedInText) {
        public Agenda {
            matters = Collections.unmodifiableSet(new LinkedHashSet<>(matters));
            namedInText = Collections.unmodifiableSet(new LinkedHashSet<>(namedInText));
        }
    }

    /**
     * "The conversation focused exclusively on trade and economic cooperation", "the consultations, which were
     * devoted exclusively to export controls", "the talks dealt solely with ...": a meeting's agenda said to be
     * exclusive. Only with a word of exclusivity: "focused on" alone says what stood out, not what was left out.
     * Group 1 is the list of matters.
     */
    private static final Pattern EXCLUSIVE_AGENDA = Pattern.compile("(?i)\\b(?:conversation|call|talks|meeting|"
            + "consultations?|discussions?|agenda|exchange|dialogue|session|round)\\b[^;.]{0,40}?\\b(?:(?:focused|focussed|"
            + "concentrated|centred|centered)\\s+(?:exclusively|solely|entirely|only|purely)\\s+on|(?:was|were)\\s+(?:devoted|"
            + "dedicated|confined|limited|restricted)\\s+(?:exclusively|solely|entirely|only|purely)\\s+to|dealt\\s+"
            + "(?:exclusively|solely|only)\\s+with)\\s+([^;.]+)");

    /** The first sentence of {@code text} that says its meeting dealt only with what it lists, or null. */
    public Agenda exclusiveAgenda(String text) {
        return agendas.get(text).orElse(null);
    }

    /*
     * Read once per text: the pattern was run over every sentence of the narrower readout for every pair, a twentieth
     * of comparison time at 100 statements an event. The sets are unmodifiable since every pair shares them.
     */
    private Optional<Agenda> findExclusiveAgenda(String text) {
        for (SentenceAligner.Sentence s : aligner.sentences(text)) {
            final Matcher m = EXCLUSIVE_AGENDA.matcher(s.text());
            if (!s.text().endsWith("?") && m.find()) {
                return Optional.of(new Agenda(s, Collections.unmodifiableSet(withoutNames(subject(m.group(1)))),
                        Collections.unmodifiableSet(paraphrases.terms(text))));
            }
        }
        return Optional.empty();
    }

    /**
     * The share of what a clause is about (its subject's terms, names of states left out) that the agenda's readout
     * names anywhere; 1 when the clause names nothing of its own.
     */
    public double namedShare(String clause, Agenda agenda) {
        final Set<String> terms = withoutNames(subject(clause));
        if (terms.isEmpty()) {
            return 1;
        }
        return terms.stream().filter(agenda.namedInText()::contains).count() / (double) terms.size();
    }

    /** "no change in the status of", "no change to": the frame of a denial that anything happened to what follows. */
    private static final Pattern NO_CHANGE = Pattern.compile("(?i)^\\s*(?:change|changes|alteration)\\s+(?:in|to|of)\\s+"
            + "(?:the\\s+)?(?:(?:status|situation|position|state|regime)\\s+(?:of|at|on|regarding|concerning)\\s+)?");

    /**
     * Whether a sentence denies that anything changed ("there has been no change in the status of the crossing"): it
     * answers a decision to change the thing, not a mere mention of it.
     */
    public static boolean deniesAChange(String sentence) {
        final Matcher m = EVENT_DENIED.matcher(sentence);
        return m.find() && NO_CHANGE.matcher(sentence.substring(m.end())).lookingAt();
    }

    /** Nouns naming a report, a claim or a suggestion that a verdict calls untrue. */
    private static final String REPORT_NOUN = "(?:claims?|reports?|suggestions?|assertions?|allegations?|statements?"
            + "|information|rumou?rs?|speculation)";
    /** A verdict that a report is untrue: "is incorrect", "are groundless", "does not correspond to reality". */
    private static final String VERDICT = "(?:(?:is|are|was|were|has\\s+been|have\\s+been)\\s+(?:(?:completely|absolutely|"
            + "entirely|simply|totally|categorically)\\s+)?(?:incorrect|false|untrue|groundless|baseless|unfounded|fabricated"
            + "|inaccurate|not\\s+true|not\\s+correct|not\\s+accurate|without\\s+(?:any\\s+)?(?:basis|foundation))"
            + "|(?:does|do|did)\\s+not\\s+(?:correspond|conform)\\s+to\\s+(?:reality|the\\s+facts|the\\s+truth)"
            + "|(?:has|have)\\s+no\\s+(?:basis|foundation))\\b";
    /**
     * "The claim that the Philippine side lodged a protest at the meeting ... does not correspond to reality", "The
     * suggestion that any prerequisite of that kind was put to EAM is incorrect": a report denied by its verdict,
     * without a "not" on the act. Group 1 is what the report says.
     */
    private static final Pattern REPORT_VERDICT = Pattern.compile("(?i)\\b" + REPORT_NOUN + "\\s+(?:(?:by|from|of)\\s+"
            + "[^,;:]{1,80}?\\s+)?(?:that|about|regarding)\\s+([^;:]{3,250}?)\\s+" + VERDICT);
    /** "such reports are groundless", "This does not correspond to reality": a verdict on a report named before. */
    private static final Pattern ANAPHORIC_VERDICT = Pattern.compile("(?i)(?:\\b(?:such|these|those|the)\\s+" + REPORT_NOUN
            + "|\\b(?:this|that|it))\\s+" + VERDICT);

    /**
     * A report called untrue: its subject is what it reports, widened by the question answered when it points back
     * ("any prerequisite of that kind"); for a verdict on "such reports", the question put in the same sentence
     * ("Asked to comment on statements that ...") or the one answered before.
     */
    private Optional<Denial> deniedReport(List<SentenceAligner.Sentence> sentences, int i) {
        final String s = sentences.get(i).text();
        final List<SentenceAligner.Sentence> before = sentences.subList(0, i);
        final Matcher m = REPORT_VERDICT.matcher(s);
        Set<String> subject;
        if (m.find()) {
            subject = withoutNames(subject(m.group(1)));
            if (!subject.isEmpty() && (subject.size() < MIN_SUBJECT_TERMS || hasWord(m.group(1), ANAPHORS))) {
                subject = questionClausesSharing(subject, before);
            }
        } else if (ANAPHORIC_VERDICT.matcher(s).find()) {
            subject = askedMatter(s);
            if (subject.size() < MIN_SUBJECT_TERMS) {
                subject = anaphoricSubject(s, before);
            }
        } else {
            return Optional.empty();
        }
        return subject.size() >= MIN_SUBJECT_TERMS ? Optional.of(new Denial(sentences.get(i), subject, Set.of()))
                : Optional.empty();
    }

    /**
     * An answer that denies, in the sentence that reports the question: "not discussed", "no such ...", a verdict, a
     * dismissal or a denial.
     */
    private static final Pattern ANSWER_DENIES = Pattern.compile("(?i)\\b(?:not|never)\\s+(?:been\\s+|be\\s+)?(?:discussed"
            + "|raised|addressed|mentioned|touched|agreed|decided|on\\s+the\\s+agenda)\\b|\\bno\\s+(?:such|discussions?|decisions?"
            + "|agreements?|understanding)\\b|\\b(?:groundless|baseless|unfounded|untrue|incorrect|inaccurate|speculation)\\b"
            + "|\\bdo(?:es)?\\s+not\\s+correspond\\b|\\b(?:dismiss|denie|deny|refut)\\w*");
    /** "raw materials had not been discussed": the matter an answer says was not discussed is the phrase before. */
    private static final Pattern NOT_DISCUSSED = Pattern.compile("(?i)\\b(?:had|has|have|was|were|is|are)\\s+(?:not|never)"
            + "\\s+(?:been\\s+)?(?:discussed|raised|addressed|mentioned|touched|on\\s+the\\s+agenda)\\b");

    /**
     * "Asked by journalists whether the consultations had also addressed export restrictions on gallium and germanium,
     * a spokesperson said that raw materials had not been discussed": an answer that denies, reported with its question
     * in one sentence. What it denies is the question's matter together with the answer's own words for it ("raw
     * materials", "any talk of a withdrawal timetable").
     */
    private Optional<Denial> deniedAnswer(SentenceAligner.Sentence sentence) {
        final String s = sentence.text();
        final Matcher lead = ASKED_LEAD.matcher(s);
        if (!lead.find()) {
            return Optional.empty();
        }
        final String answer = s.substring(lead.end());
        final Set<String> asked = askedMatter(s);
        if (!ANSWER_DENIES.matcher(answer).find() || asked.size() < MIN_SUBJECT_TERMS) {
            return Optional.empty();
        }
        final Set<String> subject = new LinkedHashSet<>(answerSubject(answer));
        subject.addAll(asked);
        return Optional.of(new Denial(sentence, subject, Set.of()));
    }

    /** What an answer denies in its own words: what a dismissal dismisses, or what it says was not discussed. */
    private Set<String> answerSubject(String answer) {
        final Matcher corrected = CORRECTED_CONTENT.matcher(answer);
        if (corrected.find()) {
            return withoutNames(subject(upToBreak(answer.substring(corrected.end()))));
        }
        final Matcher notDiscussed = NOT_DISCUSSED.matcher(answer);
        if (!notDiscussed.find()) {
            return Set.of();
        }
        final String before = answer.substring(0, notDiscussed.start());
        int from = 0;
        final Matcher start = PHRASE_START.matcher(before);
        while (start.find()) {
            from = start.end();
        }
        return withoutNames(subject(before.substring(from)));
    }

    /** An action denied in the passive, with the noun phrase it is denied of as its subject. */
    private Optional<Denial> deniedAction(SentenceAligner.Sentence sentence) {
        final String s = sentence.text();
        final Matcher m = ACTION_DENIED.matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        final String before = s.substring(0, m.start());
        int from = 0;
        final Matcher start = PHRASE_START.matcher(before);
        while (start.find()) {
            from = start.end();
        }
        final Set<String> subject = withoutNames(subject(before.substring(from)));
        // The first term from the participle on, so that a particle stays with its verb: "written off" is a waiver.
        final Set<String> action = paraphrases.terms(s.substring(m.start(1))).stream().limit(1)
                .collect(java.util.stream.Collectors.toSet());
        // "The fishing grounds were not discussed" is a plain negation that the claims carry, not a denied action.
        return subject.size() >= MIN_SUBJECT_TERMS && action.size() == 1 && !FRAME_WORDS.containsAll(action)
                && !SCOPE_PARTICIPLES.containsAll(action)
                && !SentenceAligner.READOUT_WORDS.containsAll(action)
                ? Optional.of(new Denial(sentence, subject, action)) : Optional.empty();
    }

    /** Where the denied subject ends: a punctuation break ("and" may join two names in one: "Iranian and American"). */
    private static final Pattern SUBJECT_BREAK = Pattern.compile("[,;:]");

    private static String upToBreak(String rest) {
        final Matcher brk = SUBJECT_BREAK.matcher(rest);
        return brk.find() ? rest.substring(0, brk.start()) : rest;
    }

    private Set<String> withoutNames(Set<String> terms) {
        final Set<String> out = new LinkedHashSet<>(terms);
        out.removeIf(paraphrases::isActorName);
        return out;
    }

    /** A sentence saying a thing stays as it is and a sentence of the other readout saying it goes. */
    public record Reversal(SentenceAligner.Sentence kept, SentenceAligner.Sentence ended, Set<String> object) { }

    /**
     * "The barriers ... will remain in place" answers "agreed to remove the barbed-wire fences" as plainly as "will
     * not be removed" would: a thing said to stay is denied to go. Only plain statements of persistence count.
     */
    private static final Pattern PERSISTS = Pattern.compile("(?i)\\b(?:(?:will|would|shall|must|is to|are to)\\s+"
            + "(?:remain|stay)|remains?|stays?)\\s+(?:in place|in force|unchanged|where (?:it is|they are))\\b"
            + "|\\b(will|would|shall)\\s+be\\s+(kept|retained|maintained)\\b");
    /** Verbs by which a readout says a thing goes; the object is what follows them. */
    private static final Pattern ENDS = Pattern.compile("(?i)\\b(remove|dismantle|take down|lift|withdraw|scrap)\\b");
    /** The object of an ending verb: its first content terms ("the barbed-wire fences and other obstacles"). */
    private static final int OBJECT_TERMS = 3;


    /**
     * A sentence of {@code keptText} saying something stays in place whose object a sentence of {@code endedText}
     * says will be removed (most of the removal's object recurs in the sentence that keeps it), or null.
     */
    public Reversal reversal(String keptText, String endedText) {
        for (SentenceAligner.Sentence kept : persisting.get(keptText)) {
            final Set<String> keptTerms = paraphrases.terms(kept.text());
            for (Ending ending : endings.get(endedText)) {
                if (covers(keptTerms, ending.object())) {
                    return new Reversal(kept, ending.sentence(), ending.object());
                }
            }
        }
        return null;
    }

    /** A sentence saying a thing goes, with the object of its ending verb. */
    private record Ending(SentenceAligner.Sentence sentence, Set<String> object) { }

    /*
     * The sentences of a text that say a thing stays, and those that say a thing goes, are read once per text: both
     * patterns were run over every sentence of both readouts for every pair, a sixteenth of comparison time.
     */
    private List<SentenceAligner.Sentence> findPersisting(String text) {
        final List<SentenceAligner.Sentence> out = new ArrayList<>();
        for (SentenceAligner.Sentence kept : aligner.sentences(text)) {
            if (PERSISTS.matcher(kept.text()).find() && !NEGATION.matcher(kept.text()).find() && !kept.text().endsWith("?")) {
                out.add(kept);
            }
        }
        return List.copyOf(out);
    }

    private List<Ending> findEndings(String text) {
        final List<Ending> out = new ArrayList<>();
        for (SentenceAligner.Sentence ended : aligner.sentences(text)) {
            final Matcher m = ENDS.matcher(ended.text());
            if (m.find() && !NEGATION.matcher(ended.text()).find() && !ended.text().endsWith("?")) {
                out.add(new Ending(ended, Collections.unmodifiableSet(objectOf(ended.text().substring(m.end())))));
            }
        }
        return List.copyOf(out);
    }

    /** Most of the object, and at least two of its terms, recur in the other sentence's terms. */
    private static boolean covers(Set<String> terms, Set<String> object) {
        final Set<String> shared = new HashSet<>(object);
        shared.retainAll(terms);
        return object.size() >= MIN_SUBJECT_TERMS && shared.size() >= MIN_SUBJECT_TERMS
                && (double) shared.size() / object.size() >= MIN_COVERAGE;
    }

    private Set<String> objectOf(String rest) {
        final int brk = rest.indexOf(',');
        final Set<String> out = new LinkedHashSet<>();
        for (String t : subject(brk < 0 ? rest : rest.substring(0, brk))) {
            if (out.size() == OBJECT_TERMS) {
                break;
            }
            out.add(t);
        }
        return out;
    }

    /** The states a clause names, as codes ("the Chinese survey vessel" → CN). */
    Set<String> statesNamed(String clause) {
        final Set<String> out = new LinkedHashSet<>();
        for (String t : paraphrases.terms(clause)) {
            out.addAll(paraphrases.actorCodes(t));
        }
        return out;
    }

    /** What a clause is about without the names of states, which say who rather than what. */
    Set<String> namedSubject(String clause) {
        return withoutNames(subject(clause));
    }

    /** Content terms that name what a clause is about, paraphrases merged, framing and readout words left out. */
    Set<String> subject(String clause) {
        final Set<String> out = new LinkedHashSet<>();
        for (String t : paraphrases.terms(clause)) {
            if (!FRAME_WORDS.contains(t) && !SentenceAligner.READOUT_WORDS.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The subject of the question turn right before: from the nearest preceding sentence ending in "?" back to
     * the one that opens the turn ("Q:", "Question:"), sentences that only point back ("Was this discussed?")
     * left out. Empty when no question precedes closely.
     */
    private Set<String> questionSubject(List<SentenceAligner.Sentence> before) {
        int end = -1;
        for (int i = before.size() - 1; i >= 0 && i >= before.size() - MAX_SENTENCES_BACK; i--) {
            if (before.get(i).text().endsWith("?")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return Set.of();
        }
        final Set<String> out = new LinkedHashSet<>();
        for (int i = end; i >= 0 && i > end - MAX_SENTENCES_BACK; i--) {
            final String s = before.get(i).text();
            if (!pointsBackOnly(s)) {
                out.addAll(subject(askedAbout(s)));
            }
            if (TURN_LABEL.matcher(s).find()) {
                break;
            }
        }
        return out.size() >= MIN_SUBJECT_TERMS ? out : Set.of();
    }

    /** What a sentence of a question asks about: without the asker's label, and the reported point if it reports one. */
    private static String askedAbout(String sentence) {
        final Matcher label = TURN_LABEL.matcher(sentence);
        final String unlabelled = label.find() ? sentence.substring(label.end()) : sentence;
        final Matcher reported = REPORTED_CONTENT.matcher(unlabelled);
        return reported.find() ? unlabelled.substring(reported.end()) : unlabelled;
    }

    /** What a sentence reports when it reports a claim ("reports indicating that X"), else the whole sentence. */
    private static String reportedPoint(String sentence) {
        final Matcher reported = REPORTED_CONTENT.matcher(sentence);
        return reported.find() ? sentence.substring(reported.end()) : sentence;
    }

    /**
     * Whether a clause negates in its own voice ("Guyana will not enter into negotiations"): such a clause says
     * what did not or will not happen, and affirms nothing a denial could contradict. A negation inside a relative
     * clause describing a noun does not count.
     */
    public static boolean negatesInOwnVoice(String clause) {
        return NEGATION.matcher(RELATIVE_NEGATION.matcher(clause).replaceAll(" ")).find();
    }

    /**
     * A correction names what it corrects after its verb: "The Ministry denies that any agreement on the withdrawal of
     * troops was reached", "categorically rejects media reports that the ambassador was summoned". Who corrects is
     * not part of the subject.
     */
    private static final Pattern CORRECTED_CONTENT = Pattern.compile("(?i)\\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|"
            + "refut(?:e|es|ed)|dismiss(?:es|ed)?)\\s+(?:(?:as\\s+\\w+\\s+)?(?:the\\s+|these\\s+|such\\s+|any\\s+)?"
            + "(?:media\\s+|press\\s+)?(?:reports?|claims?|allegations?|suggestions?|rumou?rs?|assertions?|talk|speculation)"
            + "\\s+)?(?:that|of)\\s+");

    /**
     * What a reported denial says, without who reports it: what a correction corrects, else the content after "said
     * that" when the negation is in it.
     */
    private static String reportedDenial(String sentence) {
        final String clause = POSTPOSED_ATTRIBUTION.matcher(sentence).replaceFirst("");
        final Matcher corrected = CORRECTED_CONTENT.matcher(clause);
        if (corrected.find()) {
            return clause.substring(corrected.end());
        }
        final Matcher reported = REPORTED_CONTENT.matcher(clause);
        if (!reported.find()) {
            return clause;
        }
        final String content = clause.substring(reported.end());
        return NEGATION.matcher(content).find() ? content : clause;
    }

    /**
     * The subject of the nearest preceding sentence that names one itself rather than pointing back. When that
     * sentence reports a claim ("The Ministry has noted reports indicating that Tanzania undertook to hand over
     * server logs"), the claim is the subject; who reports it, and the names of states, are not.
     */
    private Set<String> nearestSubject(List<SentenceAligner.Sentence> before) {
        for (int i = before.size() - 1; i >= 0 && i >= before.size() - MAX_SENTENCES_BACK; i--) {
            final String s = before.get(i).text();
            final Set<String> subject = withoutNames(subject(reportedPoint(s)));
            if (!pointsBackOnly(s) && subject.size() >= MIN_SUBJECT_TERMS) {
                return subject;
            }
        }
        return Set.of();
    }

    /**
     * A sentence that points back and names nothing of its own ("Was this discussed?", "Can you confirm it?"). A
     * sentence that names its subject is kept even when a pronoun occurs in it: in "the minister said that China had
     * confirmed it would provide advance notice of exercises" the "it" is China, and the notice is the subject.
     */
    private boolean pointsBackOnly(String sentence) {
        return hasWord(sentence, BACK_POINTERS) && subject(askedAbout(sentence)).size() < MIN_SUBJECT_TERMS;
    }

    private static boolean hasWord(String text, Set<String> words) {
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z']+")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
