package io.crosscheck.detect;

import io.crosscheck.util.BoundedCache;
import io.crosscheck.avro.AlertKind;
import io.crosscheck.avro.Claim;
import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Polarity;
import io.crosscheck.avro.Statement;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.crosscheck.claims.OppositePredicates;
import io.crosscheck.claims.Paraphrases;
import io.crosscheck.claims.TextClaimExtractor;

/**
 * POLARITY: on the same topic one statement affirms ("discussed the minerals deal") and the other
 * negates or denies ("the minerals deal was not discussed"). A statement that in its own voice also
 * affirms the same thing is mixed and does not count; quoting the other side ("Canada said ... agreed")
 * does not make it mixed. One finding per topic.
 *
 * <p>With a {@link DenialMatcher}, a denial also meets the other readout's affirmation when the two word the
 * subject differently ("direct air communication was not raised" / "agreed to work toward restoring direct air
 * links"), when it only points back to the question it answers ("no such issue was raised"), and when a thing is
 * said to stay that the other readout says goes ("the barriers will remain in place" / "agreed to remove the
 * fences"). Only a negated discussion, agreement or announcement denies a point on an unnamed subject; a negated
 * wish or stance ("does not seek to decouple") is rhetoric.
 */
public final class PolarityRule implements ContradictionRule {

    private static final double UNNAMED_CONFIDENCE = 0.6;
    /** A state said to persist is a less explicit denial than "not": a little less sure than a worded one. */
    private static final double REVERSAL_CONFIDENCE = 0.55;

    /**
     * Negations that deny a point ("was not discussed", "did not agree", "no such issue was raised"). A negated
     * wish, demand or plain statement ("does not seek to decouple", "differences should not define the
     * relationship") is rhetoric: it answers nothing the other side affirms.
     */
    private static final Set<ClaimStatus> DENIABLE = EnumSet.of(ClaimStatus.DISCUSSED, ClaimStatus.AGREED,
            ClaimStatus.ANNOUNCED, ClaimStatus.DENIED);

    /**
     * Topics that say who acted rather than what was done: "no third party had any role" against "the role played
     * by the United States in facilitating" disputes who brought the sides together, which {@link AttributionRule}
     * reads (it takes the mediation topic as an initiative), not whether anything was addressed.
     */
    private static final Set<String> ATTRIBUTION_TOPICS = Set.of("mediation");

    private final SentenceAligner aligner;
    private final DenialMatcher denials;
    private final OppositePredicates predicates;
    /** A statement meets every other of its event: its predicates are read once per text, not once per pair. */
    private final BoundedCache<String, List<Said>> saidByText = new BoundedCache<>(CACHED_TEXTS, this::readSaid);
    private static final int CACHED_TEXTS = 2048;

    /** Compares lexicon topics only. */
    public PolarityRule() {
        this(null, null);
    }

    /**
     * Also matches denials with the other text's sentences when the two word the subject differently, and tells a
     * mixed statement from one that affirms something else on the same topic by what its clauses say.
     */
    public PolarityRule(SentenceAligner aligner, DenialMatcher denials) {
        this.aligner = aligner;
        this.denials = denials;
        this.predicates = denials == null ? null : OppositePredicates.loadDefault();
    }

    @Override
    public AlertKind kind() {
        return AlertKind.POLARITY;
    }

    @Override
    public List<Finding> compare(Statement a, Statement b) {
        final List<Finding> out = new ArrayList<>(RuleSupport.perSharedTopic(a, b, (topic, xa, xb) -> {
            if (ATTRIBUTION_TOPICS.contains(topic)) {
                return null;
            }
            final Finding f = oneWay(a, xa, b, xb, topic, false);
            return f != null ? f : oneWay(b, xb, a, xa, topic, true);
        }));
        if (denials != null) {
            out.addAll(denied(a, b, false));
            out.addAll(denied(b, a, true));
            out.addAll(reversed(a, b, false));
            out.addAll(reversed(b, a, true));
            out.addAll(beyondAgenda(a, b, false));
            out.addAll(beyondAgenda(b, a, true));
            out.addAll(opposed(a, b));
        }
        return out;
    }

    /**
     * "The question of gas prices did not come up" against a sentence of the other readout that affirms the
     * subject in other words ("discussed the pricing of natural gas"): for denials on subjects the lexicon does not
     * name, and for those on a lexicon topic the other readout names in words the lexicon does not know (a
     * "hotline" denied, a "direct communication line" agreed). One finding per direction.
     */
    private List<Finding> denied(Statement neg, Statement aff, boolean swapped) {
        final Set<String> affTopics = new HashSet<>();
        aff.getClaims().forEach(c -> affTopics.add(c.getTopic()));
        for (Claim c : neg.getClaims()) {
            final boolean unnamed = c.getTopic().startsWith(TextClaimExtractor.UNNAMED_PREFIX);
            if (c.getPolarity() != Polarity.NEGATED || !deniesAnAct(c)
                    || !unnamed && affTopics.contains(c.getTopic())) {
                continue;
            }
            final Set<String> deniedTerms = denials.withoutSpeaker(denials.deniedSubject(c, neg.getText()), neg.getIssuer());
            final DenialMatcher.Match match = denials.affirmedIn(deniedTerms, aff.getText());
            if (match == null) {
                continue;
            }
            final String sentence = match.sentence().text();
            final double conf = RuleSupport.clamp(UNNAMED_CONFIDENCE - RuleSupport.reportedPenalty(c));
            // An unnamed topic is a slug of the denial's own words ("clear-issu-let-meet" for "no such issue was
            // raised"); the matched subject says what was denied.
            final String subject = unnamed ? subjectWords(match.subject()) : c.getTopic();
            final String explanation = Explanations.polarity(aff, neg, subject);
            return List.of(swapped
                    ? new Finding(AlertKind.POLARITY, c.getTopic(), aff, neg, sentence, c.getEvidence(), RuleSupport.severity(0.5), conf, explanation)
                    : new Finding(AlertKind.POLARITY, c.getTopic(), neg, aff, c.getEvidence(), sentence, RuleSupport.severity(0.5), conf, explanation));
        }
        return wordedDenial(neg, aff, swapped);
    }

    /**
     * A commitment or event denied in words the extractor reads no claim from ("the delegation gave no undertaking
     * in Doha to withdraw troops", "there had been no direct contact between the delegations") against the sentence
     * of the other readout that affirms it. At most one finding per direction.
     */
    private List<Finding> wordedDenial(Statement neg, Statement aff, boolean swapped) {
        for (DenialMatcher.Denial d : denials.wordedDenials(neg.getText())) {
            if (carriesNegatedClaim(neg, d.sentence())) {
                continue;
            }
            final DenialMatcher.Match match = denials.affirmedIn(d.subject(), d.action(), aff.getText());
            if (match == null || DenialMatcher.deniesAChange(d.sentence().text()) && !decidedIn(aff, match.sentence())) {
                continue;
            }
            final String subject = subjectWords(d.subject());
            final String topic = TextClaimExtractor.UNNAMED_PREFIX + subject.replace(' ', '-');
            final String explanation = Explanations.polarity(aff, neg, subject);
            final String denied = d.sentence().text();
            final String affirmed = match.sentence().text();
            return List.of(swapped
                    ? new Finding(AlertKind.POLARITY, topic, aff, neg, affirmed, denied, RuleSupport.severity(0.5), UNNAMED_CONFIDENCE, explanation)
                    : new Finding(AlertKind.POLARITY, topic, neg, aff, denied, affirmed, RuleSupport.severity(0.5), UNNAMED_CONFIDENCE, explanation));
        }
        return List.of();
    }

    /** Acts by which a side brings a matter up at the table. */
    private static final Set<ClaimStatus> RAISED = EnumSet.of(ClaimStatus.DISCUSSED, ClaimStatus.REQUESTED,
            ClaimStatus.DEMANDED, ClaimStatus.PROPOSED);
    /**
     * How prominent a matter raised must be for its absence from an exclusive agenda to count: a point the readout
     * makes in its own right, not a review of bilateral relations or a list of regional issues.
     */
    private static final double MIN_BEYOND_AGENDA_SALIENCE = 0.3;
    /** Beyond this share of its terms named anywhere in the exclusive readout, a matter may be on its agenda in other words. */
    private static final double MAX_NAMED_SHARE = 0.34;

    /**
     * "The conversation focused exclusively on trade and economic cooperation and on the safety of navigation" against
     * "the two leaders also discussed steps towards a lasting ceasefire": a readout that says its meeting dealt with
     * nothing else denies that the other's prominent matter was raised, when it names that matter nowhere and reads
     * no claim on its topic. One finding per direction, on the most salient such matter.
     */
    private List<Finding> beyondAgenda(Statement narrow, Statement wide, boolean swapped) {
        final DenialMatcher.Agenda agenda = denials.exclusiveAgenda(narrow.getText());
        if (agenda == null || agenda.matters().isEmpty()) {
            return List.of();
        }
        final Set<String> narrowTopics = new HashSet<>();
        narrow.getClaims().forEach(c -> narrowTopics.add(c.getTopic()));
        Claim raised = null;
        for (Claim c : wide.getClaims()) {
            if (c.getPolarity() != Polarity.AFFIRMED || !RAISED.contains(c.getStatus()) || c.getAssertedBy() != null
                    || c.getSalience() < MIN_BEYOND_AGENDA_SALIENCE || lexiconTopicOf(c, narrowTopics)
                    || denials.namedShare(c.getEvidence(), agenda) > MAX_NAMED_SHARE) {
                continue;
            }
            if (raised == null || c.getSalience() > raised.getSalience()) {
                raised = c;
            }
        }
        if (raised == null) {
            return List.of();
        }
        final String explanation = Explanations.polarity(wide, narrow, raised.getTopic());
        final String exclusive = agenda.sentence().text();
        return List.of(swapped
                ? new Finding(AlertKind.POLARITY, raised.getTopic(), wide, narrow, raised.getEvidence(), exclusive, RuleSupport.severity(0.5), UNNAMED_CONFIDENCE, explanation)
                : new Finding(AlertKind.POLARITY, raised.getTopic(), narrow, wide, exclusive, raised.getEvidence(), RuleSupport.severity(0.5), UNNAMED_CONFIDENCE, explanation));
    }

    /**
     * A lexicon topic the other readout also reads a claim on. An unnamed claim's topic says only which clause of the
     * other readout it was aligned with (by shared names, such as "the East China Sea"), not that the matter is there.
     */
    private static boolean lexiconTopicOf(Claim c, Set<String> topics) {
        return !c.getTopic().startsWith(TextClaimExtractor.UNNAMED_PREFIX) && topics.contains(c.getTopic());
    }

    /** What a side decides to change: an agreement or an announcement. */
    private static final Set<ClaimStatus> DECISIONS = EnumSet.of(ClaimStatus.AGREED, ClaimStatus.ANNOUNCED);

    /**
     * "There has been no change in the status of the Taftan crossing" answers "agreed to reopen the crossing", a
     * decision; not "discussed the situation at the crossing".
     */
    private static boolean decidedIn(Statement aff, SentenceAligner.Sentence sentence) {
        return aff.getClaims().stream().anyMatch(c -> c.getPolarity() == Polarity.AFFIRMED && DECISIONS.contains(c.getStatus())
                && c.getEvidenceStart() >= sentence.start() && c.getEvidenceStart() < sentence.end());
    }

    /** The action of a negated claim on an unnamed subject read from a negation anywhere in a clause with a cue. */
    private static final String UNCUED_ACTION = "mention";
    /** Acts a side did or did not do at the table: a request or a proposal made, or not made. */
    private static final Set<ClaimStatus> PAST_ACTS = EnumSet.of(ClaimStatus.REQUESTED, ClaimStatus.PROPOSED);
    /** A negation of what was done: "had not requested", "did not propose", "never asked for". */
    private static final Pattern PAST_NEGATION = Pattern.compile("(?i)\\b(?:did|had|has|"
            + "have)(?:n't|\\s+not|\\s+never)\\b|\\bnever\\s+\\w+ed\\b");
    /**
     * Words of a verb or noun that denial negates: a negation counts only in the same comma-free stretch as one of them.
     * In "India has not stopped oil imports from Russia, the minister said, and the two discussed energy" the
     * negation belongs to "stopped", and the discussion is affirmed.
     */
    private static final Pattern NEGATED_ACT = Pattern.compile("(?i)(?:\\b(?:not|no|never|"
            + "neither|nor)\\b|n't\\b)[^,;:]*?\\b(?:discuss|rais|agree|consensus|understanding|mention|brought|bring|come"
            + "|came|address|touch|table|agenda|featur|announc|confirm|sign|reach|decid|decision|accept|commit|request|ask"
            + "|propos|suggest|talk|conversation|exchange|consent|pledg|promis|undertak|support|endors|approv"
            // A report denied by its verdict: "claims that ... do not correspond to reality", "are not true".
            + "|correspond|reflect|true|accurat|correct)|\\b(?:discuss|rais|agreed|agreement|mention|brought|address|touch"
            + "|announc|confirm|sign|reach|decid|decision|accept|request|propos|suggest)\\w*\\s+(?:(?:was|were|has|have|had|is"
            + "|are|been|be)\\s+)*(?:not|never)\\b");

    /**
     * A negated claim that denies an act: a discussion, agreement or announcement, or a request or proposal said not
     * to have been made ("Egypt had not requested any additional assistance"); "does not seek" states a stance. The
     * negation must be that of the act, not of another verb in the clause.
     */
    private static boolean deniesAnAct(Claim c) {
        final boolean act = DENIABLE.contains(c.getStatus())
                || PAST_ACTS.contains(c.getStatus()) && PAST_NEGATION.matcher(c.getEvidence()).find();
        // A claim read from any negation beside any cue of its clause ("mention") must show the negation on the act.
        return act && (!UNCUED_ACTION.equals(c.getAction()) || NEGATED_ACT.matcher(c.getEvidence()).find());
    }

    /** A sentence from which a negated claim was read is left to the claim-based comparisons. */
    private static boolean carriesNegatedClaim(Statement s, SentenceAligner.Sentence sentence) {
        return s.getClaims().stream().anyMatch(c -> c.getPolarity() == Polarity.NEGATED
                && c.getEvidenceStart() >= sentence.start() && c.getEvidenceStart() < sentence.end());
    }

    private Finding oneWay(Statement aff, List<Claim> affClaims, Statement neg, List<Claim> negClaims, String topic,
                           boolean swapped) {
        if (affClaims.stream().anyMatch(c -> c.getPolarity() == Polarity.NEGATED)) {
            return null;
        }
        final Claim negated = negClaims.stream().filter(c -> c.getPolarity() == Polarity.NEGATED && denies(c))
                .findFirst().orElse(null);
        if (negated == null || deniesItToo(aff, negated)) {
            return null;
        }
        Claim affirmed = null;
        double conf = 0;
        for (Claim c : affClaims) {
            if (alsoAffirmedBy(negClaims, c, negated) || refusal(c)) {
                continue;
            }
            final double k = strength(c, negated);
            if (k < SAME_STATUS && !raisedInTheMeeting(c, negated) && !positionTakenOnIt(c, negated, neg)
                    && (!sameMatter(c, negated) || PAST_STATE.matcher(negated.getEvidence()).find())) {
                continue;
            }
            if (k > conf) {
                conf = k;
                affirmed = c;
            }
        }
        if (affirmed == null) {
            return null;
        }
        conf = RuleSupport.clamp(conf - RuleSupport.reportedPenalty(affirmed, negated));
        final double salience = Math.max(affirmed.getSalience(), negated.getSalience());
        final String explanation = Explanations.polarity(aff, neg, topic);
        return swapped
                ? new Finding(AlertKind.POLARITY, topic, neg, aff, negated.getEvidence(), affirmed.getEvidence(),
                RuleSupport.severity(salience + 0.1), conf, explanation)
                : new Finding(AlertKind.POLARITY, topic, aff, neg, affirmed.getEvidence(), negated.getEvidence(),
                RuleSupport.severity(salience + 0.1), conf, explanation);
    }

    /**
     * The negating side itself says the same thing in its own voice (not quoting the other side): mixed, not a
     * denial. With an aligner, "the same thing" is also judged by wording: an own-voice clause of the same status
     * counts only if it is at least as close to the affirmed clause as the denial is ("Whether agricultural trade
     * can grow depends on ..." does not take back "China has made no new commitment on the purchase of soybeans").
     */
    private boolean alsoAffirmedBy(List<Claim> claims, Claim affirmed, Claim negated) {
        return claims.stream().anyMatch(c -> c.getPolarity() == Polarity.AFFIRMED && c.getStatus() == affirmed.getStatus()
                && c.getAssertedBy() == null && (aligner == null
                || aligner.similarity(c.getEvidence(), affirmed.getEvidence())
                >= aligner.similarity(negated.getEvidence(), affirmed.getEvidence())));
    }

    /** What a side did, not what it will not do: an agreement, announcement or discussion said in so many words. */
    private static final Set<ClaimStatus> ACTS = EnumSet.of(ClaimStatus.AGREED, ClaimStatus.ANNOUNCED,
            ClaimStatus.DISCUSSED, ClaimStatus.REQUESTED, ClaimStatus.DEMANDED, ClaimStatus.PROPOSED);

    /**
     * A clause that states a side's position in the negative ("Guyana will not enter into bilateral negotiations on
     * a matter before the Court") affirms nothing a denial answers. A commitment in the negative ("confirmed that
     * the vessels will not conduct surveys") is still a commitment: only clauses read as no act are left out.
     */
    private static boolean refusal(Claim c) {
        return !ACTS.contains(c.getStatus()) && DenialMatcher.negatesInOwnVoice(c.getEvidence());
    }

    /**
     * The affirming readout itself denies, in its own voice, a matter the denial names ("Questions relating to the
     * substance of the controversy were not discussed" next to "The territorial controversy was not on the agenda"):
     * on that matter the two agree, and what it affirms on the same broad topic ("tensions in the border region") is
     * another matter.
     */
    private boolean deniesItToo(Statement aff, Claim negated) {
        if (denials == null) {
            return false;
        }
        final Set<String> denied = denials.namedSubject(negated.getEvidence());
        return !denied.isEmpty() && aff.getClaims().stream().anyMatch(c -> c.getPolarity() == Polarity.NEGATED
                && DENIABLE.contains(c.getStatus()) && c.getAssertedBy() == null
                && denied.stream().filter(denials.namedSubject(c.getEvidence())::contains).count() * 2 >= denied.size());
    }

    private static String subjectWords(Set<String> terms) {
        return String.join(" ", terms.stream().map(t -> t.replace(Paraphrases.CANONICAL_PREFIX, "").replace('-', ' ')).toList());
    }

    /** "The barriers will remain in place" against "agreed to remove the barbed-wire fences". */
    private List<Finding> reversed(Statement kept, Statement ended, boolean swapped) {
        final DenialMatcher.Reversal r = denials.reversal(kept.getText(), ended.getText());
        if (r == null) {
            return List.of();
        }
        final String topic = TextClaimExtractor.UNNAMED_PREFIX + subjectWords(r.object()).replace(' ', '-');
        final String explanation = Explanations.polarity(ended, kept, subjectWords(r.object()));
        final String keptText = r.kept().text();
        final String endedText = r.ended().text();
        return List.of(swapped
                ? new Finding(AlertKind.POLARITY, topic, ended, kept, endedText, keptText, RuleSupport.severity(0.5), REVERSAL_CONFIDENCE, explanation)
                : new Finding(AlertKind.POLARITY, topic, kept, ended, keptText, endedText, RuleSupport.severity(0.5), REVERSAL_CONFIDENCE, explanation));
    }

    /**
     * Opposite predicates need no more than the clause and a shared matter: a little less sure than a worded denial,
     * as a state said to persist is.
     */
    private static final double OPPOSITE_CONFIDENCE = REVERSAL_CONFIDENCE;
    /** Content terms the two sentences must share, the matter's head among them. */
    private static final int MIN_SHARED_TERMS = 2;
    /** A restrictor of the matter: "sanctions on food", "support for the mission". */
    private static final Pattern RESTRICTOR = Pattern.compile("(?i)\\s*\\b(?:on|against|for|over)\\s+");
    /** Where a predicate's subject starts: after a clause break, a complementiser or a verb of saying. */
    private static final Pattern SUBJECT_START = Pattern.compile("(?i)[,;:]|\\b(?:that|which|said|says|stated|"
            + "confirmed|announced|added|noted|stressed|agreed|informed|reiterated)\\b");
    /** The prepositions that end a noun phrase and cannot start an object. */
    private static final String PREPOSITIONS = "on|in|of|for|at|to|from|with|by|along|across|under|over|within|between|"
            + "until|after|before|into|as";
    /**
     * Where a noun phrase ends: a preposition, an auxiliary, a conjunction. "The pause in deliveries" is a pause, "its
     * operations in the exclusive economic zone" are operations.
     */
    private static final Pattern PHRASE_END = Pattern.compile("(?i)[,;:.]|\\b(?:" + PREPOSITIONS + "|is|are|was|were|will|would|has|have|"
            + "had|be|been|shall|must|and|or|that|which|who|remain\\w*|stay\\w*|next|last|this|later|soon|"
            + "immediately|today|tomorrow|yesterday)\\b");
    /** A predicate followed by an object rather than by a preposition, an adverb or nothing. */
    private static final Pattern OBJECT_START = Pattern.compile("(?i)^\\s+(?!(?:" + PREPOSITIONS + "|next|last|this|later|soon|"
            + "immediately|today|tomorrow|yesterday|again|once|shortly|early|there|here|back|through|via|towards?|"
            + "during|per|up|down|off|out|around|beyond|without|despite|because|due|so|when|while|where)\\b)[a-z]");

    /** A use of an opposite predicate, with the head terms of what it is said of and of its restrictor. */
    private record Said(SentenceAligner.Sentence sentence, OppositePredicates.Use use, Set<String> head,
                        Set<String> restrictor, Set<String> actors) { }

    /**
     * "These operations ... will continue as planned" against "the two sides agreed that the Chinese survey vessel
     * would end its operations": opposite predicates ({@code lexicon/opposites.tsv}), each a fact or firm plan in
     * its own readout, said of the same thing (the object's or, without one, the subject's noun phrase shares a term
     * with the other's, and the two sentences share at least two content terms). Not when the two restrict it
     * differently ("sanctions on food will be lifted" / "sanctions on banks will remain"), nor when a readout says
     * both ("the pause ended and operations resumed" is a sequence; "the pause" is not "operations"). One finding
     * per pair.
     */
    private List<Finding> opposed(Statement a, Statement b) {
        final List<Said> inA = said(a.getText());
        if (inA.isEmpty()) {
            return List.of();
        }
        final List<Said> inB = said(b.getText());
        for (Said x : inA) {
            for (Said y : inB) {
                if (!predicates.opposite(x.use().lemma(), y.use().lemma())) {
                    continue;
                }
                final Set<String> shared = new java.util.LinkedHashSet<>(x.head());
                shared.retainAll(y.head());
                if (shared.isEmpty() || sharedTerms(x.sentence(), y.sentence()) < MIN_SHARED_TERMS
                        || differentlyRestricted(x, y) || otherActors(x, y) || mixed(inA, x, shared)
                        || mixed(inB, y, shared)) {
                    continue;
                }
                final String subject = subjectWords(shared);
                final String topic = TextClaimExtractor.UNNAMED_PREFIX + subject.replace(' ', '-');
                return List.of(new Finding(AlertKind.POLARITY, topic, a, b, x.sentence().text(), y.sentence().text(),
                        RuleSupport.severity(0.5), OPPOSITE_CONFIDENCE, Explanations.polarity(a, b, subject)));
            }
        }
        return List.of();
    }

    private List<Said> said(String text) {
        return saidByText.get(text);
    }

    private List<Said> readSaid(String text) {
        final List<Said> out = new ArrayList<>();
        for (SentenceAligner.Sentence s : aligner.sentences(text)) {
            for (OppositePredicates.Use u : predicates.firmUses(s.text())) {
                final String before = s.text().substring(0, u.start());
                final String after = s.text().substring(u.end());
                final String phrase = OBJECT_START.matcher(after).find() ? after : subjectClause(before);
                final String np = upTo(phrase, PHRASE_END);
                final Matcher r = RESTRICTOR.matcher(phrase.substring(np.length()));
                final Set<String> restrictor = r.lookingAt() ? content(upTo(phrase.substring(np.length() + r.end()),
                        PHRASE_END)) : Set.of();
                final Set<String> actors = denials.statesNamed(upTo(subjectClause(before), PHRASE_END) + " " + np);
                out.add(new Said(s, u, head(np), restrictor, actors));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The clause of a predicate's subject: from the last clause break, complementiser or verb of saying before it
     * ("the consular section of its embassy" in "the Canadian side said the consular section of its embassy would be
     * closed"); for a verb joined to earlier ones (", and will continue as planned") from the one before that with
     * content ("these operations are carried out ..., are normal and lawful, and").
     */
    private String subjectClause(String before) {
        final List<Integer> starts = new ArrayList<>();
        starts.add(0);
        final Matcher m = SUBJECT_START.matcher(before);
        while (m.find()) {
            starts.add(m.end());
        }
        for (int i = starts.size() - 1; i >= 0; i--) {
            final String clause = before.substring(starts.get(i));
            if (!content(upTo(clause, PHRASE_END)).isEmpty()) {
                return clause;
            }
        }
        return "";
    }

    /**
     * The head of a noun phrase, its last content term: "the railway tariff discount" is a discount, and raising it
     * says nothing against "transit railway tariffs will be reduced".
     */
    private Set<String> head(String np) {
        String last = null;
        for (String t : content(np)) {
            last = t;
        }
        return last == null ? Set.of() : Set.of(last);
    }

    private static String upTo(String text, Pattern brk) {
        final Matcher m = brk.matcher(text);
        return m.find() ? text.substring(0, m.start()) : text;
    }

    /** Stems of pronouns and possessives the analyser keeps ("its operations" is about operations, not "it"). */
    private static final Set<String> PRONOUNS = Set.of("it", "hi", "his", "her", "our", "your", "my", "we", "us",
            "them", "whose");

    private Set<String> content(String text) {
        final Set<String> out = new java.util.LinkedHashSet<>(denials.namedSubject(text));
        out.removeAll(PRONOUNS);
        return out;
    }

    private int sharedTerms(SentenceAligner.Sentence x, SentenceAligner.Sentence y) {
        final Set<String> shared = new java.util.HashSet<>(content(x.text()));
        shared.retainAll(content(y.text()));
        return shared.size();
    }

    /** "Sanctions on food" and "sanctions on banks": both restrict the matter, and in no word alike. */
    private static boolean differentlyRestricted(Said x, Said y) {
        if (x.restrictor().isEmpty() || y.restrictor().isEmpty()) {
            return false;
        }
        return x.restrictor().stream().noneMatch(y.restrictor()::contains);
    }

    /**
     * "Russia will withdraw its troops" and "Ukrainian troops will remain": each names, in the noun phrases of its
     * subject and its object, a state as who acts or whose the thing is, and not the same one.
     */
    private static boolean otherActors(Said x, Said y) {
        return !x.actors().isEmpty() && !y.actors().isEmpty() && x.actors().stream().noneMatch(y.actors()::contains);
    }

    /** The readout also says the opposite of its own predicate about the same thing: a sequence, not a position. */
    private boolean mixed(List<Said> in, Said x, Set<String> head) {
        return in.stream().anyMatch(o -> o != x && predicates.opposite(o.use().lemma(), x.use().lemma())
                && o.head().stream().anyMatch(head::contains));
    }

    /**
     * A negated claim on a lexicon topic names its subject, so any negation of it counts; an unnamed claim comes
     * from any clause with a cue, and only a negated act ({@link #deniesAnAct}) denies a point.
     */
    private static boolean denies(Claim negated) {
        return !negated.getTopic().startsWith(TextClaimExtractor.UNNAMED_PREFIX) || deniesAnAct(negated);
    }

    /**
     * How clearly the negation answers the affirmation: same verb ("discussed" / "not discussed") is strongest. That
     * a matter was discussed is compatible with any position taken on it ("the talks addressed the nuclear
     * programme" / "Iran has never sought nuclear weapons"): only a denial that it was discussed answers it.
     */
    /**
     * A negation and an affirmation that differ in status as well ("no peace is possible while …" against "the sides
     * agreed on steps toward peace") share only a topic, and a broad topic (territory, a peace settlement, a region)
     * holds many matters. Such a pair is a contradiction only if its clauses are about the same matter in words too;
     * a denial ("did not discuss", "made no commitment") or a negation of the same status needs no more than the topic.
     */
    private boolean sameMatter(Claim affirmed, Claim negated) {
        return aligner == null || aligner.similarity(affirmed.getEvidence(), negated.getEvidence()) >= SAME_MATTER_SIMILARITY;
    }

    /**
     * A negation in the perfect bounded by a span of time ("has not been able to carry out verification for more than
     * eight months", "have not met since 2019") says how things have stood until now. It answers a readout that says
     * the same thing happened, not one that says something else was agreed or announced about it: an agreement to
     * resume verification presupposes that verification had stopped.
     */
    private static final Pattern PAST_STATE = Pattern.compile("(?i)\\b(?:has|have|had)"
            + "(?:n't|\\s+not|\\s+never)\\b[^,;]*?\\b(?:since|for\\s+(?:(?:more|less)\\s+than\\s+|over\\s+|nearly\\s+|almost\\s+"
            + "|some\\s+|the\\s+(?:past|last)\\s+)?(?:\\w+\\s+)?(?:days?|weeks?|months?|years?|decades?))\\b");

    /** What one side can only have done by bringing a matter up in the meeting. */
    private static final Set<ClaimStatus> RAISING = EnumSet.of(ClaimStatus.REQUESTED, ClaimStatus.DEMANDED,
            ClaimStatus.PROPOSED);

    /**
     * "The question of the detained citizens was not raised during the call" against "the Secretary urged the release
     * of the detained citizens": a request, demand or proposal made in the meeting says the matter came up, whatever
     * else is said about it, so the denial that it was raised answers it on the topic alone.
     */
    private static boolean raisedInTheMeeting(Claim affirmed, Claim negated) {
        return negated.getStatus() == ClaimStatus.DISCUSSED && RAISING.contains(affirmed.getStatus())
                && !PAST_STATE.matcher(negated.getEvidence()).find();
    }

    /**
     * A verb in the past by which a readout reports what a participant said or did about a matter at the table:
     * "welcomed Denmark's openness to ...", "expressed concern about ...", "raised", "urged". The present ("the United
     * States welcomes ...") is the issuer's standing voice, not a report of the meeting.
     */
    private static final Pattern POSITION_TAKEN = Pattern.compile("(?i)\\b(?:welcomed"
            + "|expressed|conveyed|stressed|underscored|underlined|raised|urged|pressed|voiced|emphasi[sz]ed"
            + "|proposed|offered|thanked|praised|appreciated|outlined|presented|briefed)\\b");

    /**
     * "An increase in the American military presence at Pituffik had not been raised by either side" against "the
     * Deputy Secretary welcomed Denmark's openness to an expanded U.S. military presence at Pituffik": a position
     * the other readout reports as taken in the meeting says the matter came up, whatever the position. The denial
     * must deny a discussion, and the affirming clause must name most of the denied subject in its own words, so
     * that a position on another matter of a broad topic does not answer it.
     */
    private boolean positionTakenOnIt(Claim affirmed, Claim negated, Statement neg) {
        if (denials == null || negated.getStatus() != ClaimStatus.DISCUSSED
                || PAST_STATE.matcher(negated.getEvidence()).find()
                || !POSITION_TAKEN.matcher(affirmed.getEvidence()).find()) {
            return false;
        }
        final Set<String> subject = denials.withoutSpeaker(denials.deniedSubject(negated, neg.getText()), neg.getIssuer());
        return denials.affirmedIn(subject, affirmed.getEvidence()) != null;
    }

    /** Strength of an explicit denial (status DENIED). */
    private static final double EXPLICIT_DENIAL = 0.75;
    /** Strength of a negation of the very status affirmed ("discussed" / "not discussed"). */
    private static final double SAME_STATUS = 0.8;
    /** The clause similarity {@link FigureAlignmentRule} also asks of two clauses describing one matter. */
    private static final double SAME_MATTER_SIMILARITY = FigureAlignmentRule.MIN_CLAUSE_SIMILARITY;

    private static double strength(Claim affirmed, Claim negated) {
        final ClaimStatus s = affirmed.getStatus();
        if (s == ClaimStatus.REJECTED || s == ClaimStatus.DENIED) {
            return 0;
        }
        if (s == ClaimStatus.DISCUSSED && negated.getStatus() != ClaimStatus.DISCUSSED
                && negated.getStatus() != ClaimStatus.DENIED) {
            return 0;
        }
        if (negated.getStatus() == s) {
            return SAME_STATUS;
        }
        if (negated.getStatus() == ClaimStatus.DENIED) {
            return EXPLICIT_DENIAL;
        }
        if (s == ClaimStatus.AGREED || s == ClaimStatus.DISCUSSED || s == ClaimStatus.ANNOUNCED) {
            return 0.65;
        }
        return 0.55;
    }
}
