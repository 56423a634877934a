package io.crosscheck.detect;

import io.crosscheck.util.BoundedCache;
import io.crosscheck.avro.AlertKind;
import io.crosscheck.avro.Claim;
import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Polarity;
import io.crosscheck.avro.Quantity;
import io.crosscheck.avro.Statement;
import io.crosscheck.claims.DateParser;
import io.crosscheck.claims.TextClaimExtractor;
import io.crosscheck.claims.TranscriptTurns;
import io.crosscheck.grouping.Participants;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OMISSION: a salient point of one readout (a demand, condition, rejection, emphasised commitment,
 * figure) whose topic the other readout does not touch at all — neither by topic slug nor in other
 * words (Lucene-stemmed cosine of the point's sentence against every sentence of the other text
 * stays below a threshold, and the other text shares few of its content words). Checked in both
 * directions; {@code first} is the statement making the point. Only points at or above the salience
 * threshold are reported; one finding per topic and per evidence sentence. Statements of two offices of
 * the same country (issuerCountry equal) are not checked for omissions.
 */
public final class OmissionRule implements ContradictionRule {

    public static final double DEFAULT_MIN_SALIENCE = 0.8;
    private static final double MAX_SIMILARITY = 0.3;
    private static final double MAX_SHARED_TERMS = 0.5;

    /**
     * A point on a subject no lexicon names has no slug to look for in the other text, so it only counts as
     * left out when no sentence there comes even loosely close to it.
     */
    static final double UNNAMED_MAX_SIMILARITY = 0.2;

    /**
     * Unnamed subjects are reported only for what readouts single out: demands, requests made of the other side and refusals. Other unnamed
     * clauses (agreements, announcements) are too often the same matter in words the aligner misses, and an
     * unnamed condition ("subject to approval by the Council") usually qualifies an outcome both readouts
     * report, which is a STATUS difference, not an omission.
     */
    private static final Set<ClaimStatus> UNNAMED_POINTS = EnumSet.of(ClaimStatus.DEMANDED, ClaimStatus.REQUESTED, ClaimStatus.REJECTED);

    /** First-person clauses ("disagree where we must") are the issuer's own rhetoric, not a point of the meeting. */
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:[Ww]e|[Oo]ur|us)\\b");

    /**
     * Demands, requests and conditions are what readouts leave out on purpose. They count as points from this
     * salience (a plain request scores 0.65) and even when the other readout touches their broad topic ("demanded
     * that Cambodia cease laying landmines" under territory, while the other side speaks of the border), as long as
     * no sentence there comes close to the point itself.
     */
    private static final Set<ClaimStatus> DEMANDS = EnumSet.of(ClaimStatus.DEMANDED, ClaimStatus.REQUESTED, ClaimStatus.CONDITIONAL);
    static final double MIN_DEMAND_SALIENCE = 0.65;
    static final double DEMAND_MAX_SIMILARITY = 0.22;
    /** A plain statement scores 0.45; below that the clause was read as a courtesy or aside, not a position. */
    static final double MIN_PLAIN_RED_LINE = 0.45;

    /**
     * A spokesperson's answer to questions (a transcript whose questions are labelled "Q:" or "REPORTER:") or a follow-up
     * "in response to" reports speaks to one point; it does not omit the rest of the meeting.
     */
    private static final Pattern FOLLOW_UP = Pattern.compile(
            "(?m)^\\s*(?:Q|Question|REPORTER|Reporter|JOURNALIST|Journalist)\\s*:"
                    // A transcript run together on one line still labels its questions in capitals: "… today. QUESTION: Will …".
                    + "|\\b(?:Q|QUESTION|REPORTER|JOURNALIST)\\s*:\\s|\\b(?:[Aa]sked (?:about|whether|if)|answered (?:a )?questions?|in response to (?:a )?(?:question|media|reports|journalists)"
                    + "|responding to (?:a )?(?:question|media|reports|journalists))");

    private final SentenceAligner aligner;
    private final double minSalience;
    private final Participants participants;

    public OmissionRule(SentenceAligner aligner, double minSalience) {
        this.aligner = aligner;
        this.minSalience = minSalience;
        this.participants = Participants.load();
        this.followUps = new BoundedCache<>(CACHED_TEXTS, text -> FOLLOW_UP.matcher(text).find());
        this.sidesOf = new BoundedCache<>(CACHED_TEXTS, k -> Set.of(participants.pairKey(k.statement()).split("-")));
    }

    /** Each statement is checked against every other of its event: its text's reading is kept, not redone. */
    private static final int CACHED_TEXTS = 2048;
    private final BoundedCache<String, Boolean> followUps;
    /*
     * The tests on a claim's evidence that every pair repeats for each claim of the statement making the point
     * (demand, red line, precondition, first person): their regexes were a quarter of comparison time at 100
     * statements an event.
     */
    /** Where a text's first labelled question starts: a scan of the whole text per pair otherwise. */
    private final BoundedCache<String, Integer> firstQuestions = new BoundedCache<>(CACHED_TEXTS, TranscriptTurns::firstQuestion);
    private final CachedFind redLines = new CachedFind(RED_LINE, CACHED_CLAIMS);
    private final CachedFind preconditions = new CachedFind(PRECONDITION, CACHED_CLAIMS);
    private final CachedFind firstPerson = new CachedFind(FIRST_PERSON, CACHED_CLAIMS);
    /** Claims of the statements of the open events a task compares at once: some ten per statement. */
    private static final int CACHED_CLAIMS = 16_384;
    private final BoundedCache<SidesKey, Set<String>> sidesOf;

    /**
     * What the sides of a statement depend on, as the cache key: hashing and comparing the whole Avro record
     * (claims included) on every pair would cost more than the lookup saves. The statement rides along unhashed.
     */
    private record SidesKey(String issuer, String issuerCountry, String title, String text, Statement statement) {
        static SidesKey of(Statement s) {
            return new SidesKey(s.getIssuer(), s.getIssuerCountry(), s.getTitle(), s.getText(), s);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SidesKey k && java.util.Objects.equals(issuer, k.issuer)
                    && java.util.Objects.equals(issuerCountry, k.issuerCountry)
                    && java.util.Objects.equals(title, k.title) && java.util.Objects.equals(text, k.text);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(issuer, issuerCountry, title, text);
        }
    }

    public OmissionRule(SentenceAligner aligner) {
        this(aligner, DEFAULT_MIN_SALIENCE);
    }

    @Override
    public AlertKind kind() {
        return AlertKind.OMISSION;
    }

    @Override
    public List<Finding> compare(Statement a, Statement b) {
        // Two offices of one government (White House, State Department) summarise differently without contradicting.
        if (RuleSupport.sameIssuerCountry(a, b)) {
            return List.of();
        }
        final List<Finding> out = new ArrayList<>(oneWay(a, b));
        out.addAll(oneWay(b, a));
        return out;
    }


    private List<Finding> oneWay(Statement making, Statement omitting) {
        // A note that only records that the meeting took place ("met his counterpart in Ankara, the ministry said")
        // gives no account of the talks: a journalist reads it as the side not having published one, not as leaving a point out.
        if (followUps.get(omitting.getText()) || omitting.getClaims().isEmpty()) {
            return List.of();
        }
        // A spokesperson's answers carry much of the issuer's own rhetoric; what they report of the meeting counts
        // only when it is a condition the side set there ("we stressed in Geneva that any future arrangement must …").
        final boolean answers = followUps.get(making.getText());
        // A briefing whose questions are labelled by outlet ("AFP:", "Q (EFE):") may open with the spokesperson's own
        // account of the meeting; what follows the first question is answers, held to the same test, except that a
        // precondition on the deal ("will enter into force only after Congress has approved it") is still the deal's.
        final String makingText = making.getText();
        final int firstQuestion = firstQuestions.get(makingText);
        final java.util.function.Predicate<Claim> counts = c -> answers ? answerPoint(c)
                : firstQuestion < 0 || makingText.indexOf(c.getEvidence()) < firstQuestion || answerPoint(c)
                || c.getStatus() == ClaimStatus.CONDITIONAL && preconditions.in(c.getEvidence());
        final Map<String, List<Claim>> made = RuleSupport.byTopic(making);
        final Set<String> touched = RuleSupport.byTopic(omitting).keySet();
        final Set<String> omittingTerms = aligner.terms(omitting.getText());
        final Set<String> usedEvidence = new HashSet<>();
        final List<Finding> out = new ArrayList<>();
        final String omittingParty = participants.issuerParty(omitting);
        final Set<String> sides = sidesOf.get(SidesKey.of(making));
        // A reaction by someone who was not at the table is not a readout of the talks.
        // A mediator that names itself as such ("the release is the result of the mediation undertaken by the President of
        // Mauritania") was at the table, however much of its statement is welcome and praise.
        if (omittingParty != null && !sides.contains(omittingParty) && !recountsOutcome(omitting, omittingParty)
                && !namedAsHost(omitting.getText(), omittingParty)) {
            return List.of();
        }
        for (Map.Entry<String, List<Claim>> e : made.entrySet()) {
            final String topic = e.getKey();
            if (touched.contains(topic)) {
                final Finding demand = demandLeftOut(making, omitting, topic,
                        e.getValue().stream().filter(counts).toList(), sides, omittingParty, usedEvidence);
                if (demand != null) {
                    out.add(demand);
                }
                continue;
            }
            final boolean unnamed = topic.startsWith(TextClaimExtractor.UNNAMED_PREFIX);
            final Claim point = e.getValue().stream()
                    .filter(counts)
                    .filter(c -> c.getSalience() >= minSalience && c.getAssertedBy() == null
                            || isDemand(c, making, omittingParty) && salienceOf(c, making, omittingParty) >= MIN_DEMAND_SALIENCE
                            || concessionToMediator(c, making, sides, omittingParty) && c.getSalience() >= MIN_DEMAND_SALIENCE
                            || redLine(c) && salienceOf(c, making, omittingParty) >= MIN_DEMAND_SALIENCE)
                    .filter(c -> !standingPosition(c) && !answerToPress(c) && !APPEAL_TO_ALL.matcher(c.getEvidence()).find() && !conductExhortation(c)
                            && !reliance(c) && !condemnation(c))
                    .filter(c -> !demandLike(c, making, omittingParty) || madeOf(c, making.getText(), sides, omittingParty))
                    .filter(c -> !unnamed || unnamedPoint(c) || concessionToMediator(c, making, sides, omittingParty))
                    .max((x, y) -> Double.compare(salienceOf(x, making, omittingParty), salienceOf(y, making, omittingParty)))
                    .orElse(null);
            if (point == null || usedEvidence.contains(point.getEvidence())) {
                continue;
            }
            final SentenceAligner.Alignment closest = demandLike(point, making, omittingParty)
                    ? closestToDemand(point.getEvidence(), omitting.getText()) : aligner.best(point.getEvidence(), omitting.getText());
            // A demand or red line on an unnamed subject is held to the demand's bound, as on a named one.
            final double maxSimilarity = !unnamed ? MAX_SIMILARITY
                    : demandLike(point, making, omittingParty) ? DEMAND_MAX_SIMILARITY : UNNAMED_MAX_SIMILARITY;
            final boolean conditionLeftOut = conditionLeftOut(point, closest, omitting);
            if (closest.similarity() >= maxSimilarity && !conditionLeftOut || sharedTermShare(point.getEvidence(), omittingTerms) > MAX_SHARED_TERMS
                    || repeatsFigure(point, omitting) || raisedByMaker(point, making, omitting)) {
                continue;
            }
            usedEvidence.add(point.getEvidence());
            // A demand's (or a mediator-omitted concession's) confidence grows from its own, lower salience threshold.
            final double salience = salienceOf(point, making, omittingParty);
            final double conf = (demandLike(point, making, omittingParty) || concessionToMediator(point, making, sides, omittingParty)) && salience < minSalience
                    ? RuleSupport.clamp(0.5 + (salience - MIN_DEMAND_SALIENCE) * 0.8
                            + Math.max(0.0, MAX_SIMILARITY - closest.similarity()) * 0.5)
                    : RuleSupport.clamp(0.55 + (point.getSalience() - minSalience) * 1.5
                            + Math.max(0.0, MAX_SIMILARITY - closest.similarity()) * 0.5);
            out.add(new Finding(AlertKind.OMISSION, topic, making, omitting, point.getEvidence(), closest.sentence().text(),
                    RuleSupport.severity(salience), conf,
                    explain(making, omitting, topic, point)));
        }
        return out;
    }

    /**
     * A demand or request on a topic the other readout does speak of, but in no sentence close to the demand
     * itself: the other side reports the subject and leaves out what was asked of it.
     */
    private Finding demandLeftOut(Statement making, Statement omitting, String topic, List<Claim> claims, Set<String> sides,
                                  String omittingParty, Set<String> usedEvidence) {
        // A matter the other readout gives a status of its own ("ready to pardon, but only after …") differs in STATUS.
        final List<Claim> others = RuleSupport.byTopic(omitting).getOrDefault(topic, List.of());
        final boolean statusGiven = others.stream()
                .anyMatch(o -> o.getStatus() != ClaimStatus.STATED && o.getStatus() != ClaimStatus.DISCUSSED);
        for (Claim c : claims) {
            // The host's or mediator's readout may speak of the subject, even report other agreements on it ("agreed to
            // extend the observers' mandate"), and still leave out what one side conceded to the other at its table. Only
            // a status of its own other than agreed makes the difference one of STATUS.
            final boolean concession = !statusGiven && concessionBy(c, omittingParty)
                    || concessionToMediator(c, making, sides, omittingParty) && others.stream().noneMatch(o -> o.getStatus() != ClaimStatus.STATED
                            && o.getStatus() != ClaimStatus.DISCUSSED && o.getStatus() != ClaimStatus.AGREED);
            if (!(demandLike(c, making, omittingParty) && madeOf(c, making.getText(), sides, omittingParty) || concession)
                    || salienceOf(c, making, omittingParty) < MIN_DEMAND_SALIENCE || usedEvidence.contains(c.getEvidence())
                    || standingPosition(c) || answerToPress(c) || APPEAL_TO_ALL.matcher(c.getEvidence()).find() || conductExhortation(c) || reliance(c)
                    || condemnation(c)
                    || topic.startsWith(TextClaimExtractor.UNNAMED_PREFIX) && !unnamedPoint(c) && !concession) {
                continue;
            }
            final SentenceAligner.Alignment closest = closestToDemand(c.getEvidence(), omitting.getText());
            final boolean conditionLeftOut = conditionLeftOut(c, closest, omitting);
            if (closest.similarity() >= DEMAND_MAX_SIMILARITY && !conditionLeftOut || repeatsFigure(c, omitting)
                    || raisedByMaker(c, making, omitting)) {
                continue;
            }
            usedEvidence.add(c.getEvidence());
            final double salience = salienceOf(c, making, omittingParty);
            // Beside a close sentence, a condition is left out for its missing link, which closeness does not make less sure.
            final double conf = RuleSupport.clamp(0.5 + (salience - MIN_DEMAND_SALIENCE) * 0.8
                    + Math.max(0.0, DEMAND_MAX_SIMILARITY - closest.similarity()));
            return new Finding(AlertKind.OMISSION, topic, making, omitting, c.getEvidence(), closest.sentence().text(),
                    RuleSupport.severity(salience), conf, explain(making, omitting, topic, c));
        }
        return null;
    }

    private static String explain(Statement making, Statement omitting, String topic, Claim point) {
        return topic.startsWith(TextClaimExtractor.UNNAMED_PREFIX)
                ? Explanations.omissionQuoted(making, omitting, describe(point), point.getEvidence())
                : Explanations.omission(making, omitting, topic, describe(point));
    }

    /**
     * "The President of Colombia committed to accept all deportation flights": a commitment one readout credits to
     * the other side alone is a concession that side's readout may prefer not to mention, so, like a demand, it
     * is a point even when that readout speaks of the broad topic.
     */
    private static boolean concessionBy(Claim c, String omittingParty) {
        return omittingParty != null && omittingParty.equals(c.getActor()) && c.getStatus() == ClaimStatus.AGREED
                && c.getPolarity() == Polarity.AFFIRMED && c.getAssertedBy() == null
                && CONCESSION_ACTIONS.contains(c.getAction().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "As part of the understandings reached, the Government of the United States committed to renewing the
     * licences", in one side's readout, against the readout of the mediator who hosted the talks: an undertaking one
     * readout credits to the other side of the meeting is a named action agreed, which the mediator's account of the
     * outcome would include had it been agreed.
     */
    private static boolean concessionToMediator(Claim c, Statement making, Set<String> sides, String omittingParty) {
        final String actor = c.getActor();
        return omittingParty != null && !sides.contains(omittingParty) && actor != null && sides.contains(actor)
                && !actor.equalsIgnoreCase(String.valueOf(making.getIssuerCountry()).trim())
                && concessionBy(c, actor);
    }

    private static final Set<String> CONCESSION_ACTIONS = Set.of("committed to", "pledged", "undertook", "undertaken",
            "promised", "agreed", "agree", "consented", "accepted", "undertook to");

    /**
     * "Asked by journalists about the future of the forces, the Minister dismissed as speculation any talk of …": what a
     * minister answers the press after the talks is his own line, not a point of the meeting the other readout owes.
     * A condition he states there still counts, as in a spokesperson's transcript.
     */
    static boolean answerToPress(Claim c) {
        return PRESS_ANSWER.matcher(c.getEvidence()).lookingAt() && !setsCondition(c);
    }

    private static final Pattern PRESS_ANSWER = Pattern.compile(
            "\\s*(?:when |later, |afterwards, )?(?:asked|questioned) (?:by (?:journalists|reporters|the press|the media|correspondents) )?"
                    + "(?:about|on|whether|if|regarding)\\b|\\s*(?:in (?:response|reply|answer) to|responding to|answering) (?:a |the )?"
                    + "(?:question|questions|journalists|reporters|the press)\\b", Pattern.CASE_INSENSITIVE);

    private static boolean isDemand(Claim c) {
        return DEMANDS.contains(c.getStatus()) && c.getAssertedBy() == null && c.getPolarity() != Polarity.NEGATED
                && !REQUESTED_CONTACT.matcher(c.getEvidence()).find() && !COURTESY_CALL.matcher(c.getEvidence()).find()
                && !creditOfContact(c);
    }

    /**
     * "held a telephone conversation … at the request of the Congolese Minister": when the request read is the credit
     * phrase itself, what was asked for is the contact, which is an attribution, not a demand left out by the other side.
     */
    private static boolean creditOfContact(Claim c) {
        return c.getAction() != null && CREDIT_NOUNS.contains(c.getAction().toLowerCase(java.util.Locale.ROOT))
                && CREDIT_PHRASE.matcher(c.getEvidence()).find();
    }

    private static final Set<String> CREDIT_NOUNS = Set.of("request", "invitation", "initiative");
    private static final Pattern CREDIT_PHRASE = Pattern.compile(
            "\\b(?:at|on|upon) (?:the |\\p{L}+'s |its |their )(?:request|invitation|initiative)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Whether a readout recounts what was discussed, settled or asked at the table: a discussion, an agreement, an
     * announced result, or a demand, request, proposal or rejection it credits to a named side other than its issuer.
     * A third party's statement that only welcomes, commends or calls on the parties ("The Secretary-General welcomes
     * the understanding reached …") is a reaction, not an account of the talks, and leaves nothing out.
     */
    private static boolean recountsOutcome(Statement s, String ownParty) {
        return s.getClaims().stream().anyMatch(c -> c.getPolarity() == Polarity.AFFIRMED
                && (c.getStatus() == ClaimStatus.AGREED || c.getStatus() == ClaimStatus.DISCUSSED
                || c.getStatus() == ClaimStatus.ANNOUNCED && !HEARSAY.contains(String.valueOf(c.getAction()))
                || CREDITED_OUTCOMES.contains(c.getStatus()) && c.getActor() != null && !c.getActor().equals(ownParty)));
    }

    /** "informed the hosts that they had reached understandings": the host was told there was an outcome, not what. */
    private static final Set<String> HEARSAY = Set.of("informed", "told", "briefed");

    private static final Set<ClaimStatus> CREDITED_OUTCOMES = EnumSet.of(ClaimStatus.DEMANDED, ClaimStatus.REQUESTED,
            ClaimStatus.PROPOSED, ClaimStatus.REJECTED, ClaimStatus.CONDITIONAL);

    /**
     * The other readout gives the point's own figure ("the service fee of US$ 20" against "the USD 20 service fee"):
     * it reports the point, however differently it words the rest. Dates, clock times and counts under two say too
     * little to identify a point.
     */
    private static boolean repeatsFigure(Claim point, Statement omitting) {
        for (Quantity q : point.getQuantities()) {
            if (Math.abs(q.getValue()) < 2 || q.getUnit() == null || q.getUnit().startsWith("clock")
                    || DateParser.UNIT.equals(q.getUnit())) {
                continue;
            }
            for (Claim c : omitting.getClaims()) {
                for (Quantity o : c.getQuantities()) {
                    if (NumericRule.comparable(q, o) && NumericRule.overlap(q, o)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A demand, or a red line drawn by the readout's own side: both are held to the demand's thresholds. */
    private boolean demandLike(Claim c, Statement making, String omittingParty) {
        return isDemand(c, making, omittingParty) || redLine(c);
    }

    /**
     * "Tunisia will accept no conditions linked to the programme", "will not accept the return to its territory of
     * migrants of other nationalities": a red line the readout reports as said at the meeting is what the other side
     * would rather leave out, like a demand, whatever status the clause was read with (a refusal, or a commitment whose
     * negation sits in its object). Hearsay ("X said that …" credited to someone else) is not the readout's own point.
     */
    boolean redLine(Claim c) {
        return c.getAssertedBy() == null && redLines.in(c.getEvidence());
    }

    /** A demand by its extracted status, or one the sentence's construction makes whatever status it was read with. */
    private boolean isDemand(Claim c, Statement making, String omittingParty) {
        return isDemand(c) || impliedDemand(c, making, omittingParty);
    }

    /**
     * A sentence read as a plain statement that is a demand or condition by its construction: a precondition ("no
     * integration project can be implemented until the withdrawal of …", "participation presupposes that …"), or an
     * obligation laid on the other side alone ("President X pointed out that the Y side should lift its restrictions").
     * Such a sentence is as much a point as a demand by verb, so it is held to the demand's salience floor.
     */
    boolean impliedDemand(Claim c, Statement making, String omittingParty) {
        // A clause read as something not yet in force ("should first stop their drills") is as open to this as a plain statement.
        if (DEMANDS.contains(c.getStatus()) || c.getAssertedBy() != null
                || c.getPolarity() == Polarity.NEGATED || firstPerson.in(c.getEvidence())) {
            return false;
        }
        // "remains conditional on the completion of the next programme review": the verb of discussion read is a noun
        // inside the condition, so a clause read as discussed is as open to a precondition as a plain statement.
        if (c.getStatus() == ClaimStatus.DISCUSSED) {
            return preconditions.in(c.getEvidence());
        }
        if (c.getStatus() != ClaimStatus.STATED && c.getStatus() != ClaimStatus.NOT_IN_FORCE) {
            return false;
        }
        return preconditions.in(c.getEvidence()) || obligationOfOtherSide(c.getEvidence(), making, omittingParty);
    }

    /** "the U.S. side should lift …" in China's readout: a modal whose subject names the other side and not the issuer's own. */
    private boolean obligationOfOtherSide(String evidence, Statement making, String omittingParty) {
        final String makingParty = participants.issuerParty(making);
        if (omittingParty == null || makingParty == null || omittingParty.equals(makingParty)) {
            return false;
        }
        return anyModalSubject(evidence, OBLIGATION, named -> named.containsKey(omittingParty) && !named.containsKey(makingParty));
    }

    /**
     * Whether the parties named in the few words before some modal of {@code evidence} (its subject: "the U.S. side
     * must") pass {@code test}.
     */
    private boolean anyModalSubject(String evidence, Pattern modals, java.util.function.Predicate<Map<String, Integer>> test) {
        final Matcher modal = modals.matcher(evidence);
        while (modal.find()) {
            if (test.test(participants.mentions(evidence.substring(Math.max(0, modal.start() - MODAL_SUBJECT_CHARS), modal.start())))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern OBLIGATION = Pattern.compile("\\b(?:must|should)\\b");

    /** "calls on donors to …", "urged the Indian side to …": whom a request is addressed to (group 1). */
    private static final Pattern ADDRESSEE = Pattern.compile(
            "\\b(?:call(?:s|ed)? (?:on|upon)|urg(?:es|ed)|ask(?:s|ed)|request(?:s|ed)|invit(?:es|ed)|appeal(?:s|ed) to|press(?:es|ed))"
                    + " ([^.;,]{1,60}?) to\\b");

    /**
     * "emphasised that the use of bottom trawlers by Indian fishermen in Sri Lankan waters must cease", "the casus belli
     * resolution adopted by the Turkish parliament in 1995 must be withdrawn": the subject of an obligation can run far
     * before its modal. Whether it names the party that must act is read from the whole subject: from the reporting
     * "that" (or the sentence start) to the first modal, if that is at most {@value #CLAUSE_SUBJECT_CHARS} characters.
     */
    private boolean clauseSubjectNames(String evidence, String party) {
        final Matcher modal = MODAL.matcher(evidence);
        if (!modal.find()) {
            return false;
        }
        int start = 0;
        final Matcher that = REPORTING_THAT.matcher(evidence.substring(0, modal.start()));
        while (that.find()) {
            start = that.end();
        }
        return modal.start() - start <= CLAUSE_SUBJECT_CHARS
                && participants.mentions(evidence.substring(start, modal.start())).containsKey(party);
    }

    private static final int CLAUSE_SUBJECT_CHARS = 100;

    private double salienceOf(Claim c, Statement making, String omittingParty) {
        // A red line read as a plain statement ("made clear that X will not host a military base") is a point by its
        // construction, like an implied demand; a mere mention in a discussion or a courtesy stays what it was read as.
        final boolean plainRedLine = redLine(c) && c.getStatus() != ClaimStatus.DISCUSSED && c.getSalience() >= MIN_PLAIN_RED_LINE;
        return impliedDemand(c, making, omittingParty) || plainRedLine ? Math.max(c.getSalience(), MIN_DEMAND_SALIENCE) : c.getSalience();
    }

    /**
     * "conveyed appreciation to the leadership … and called on the leadership of the country": to call on someone with
     * nothing asked of them (no "to …", no "for …") is a courtesy visit, not an appeal.
     */
    private static final Pattern COURTESY_CALL = Pattern.compile(
            "\\bcall(?:ed|s)? (?:on|upon)\\b(?![^.;]{0,100}?\\b(?:to|for)\\b)", Pattern.CASE_INSENSITIVE);

    /** "The call, which President Putin requested": who asked for the call is an attribution, not a demand. */
    private static final Pattern REQUESTED_CONTACT = Pattern.compile(
            "\\b(?:call|conversation|meeting|talks|visit)\\b[^.;]{0,40}\\b(?:requested|sought|seeking|asked for)\\b"
                    + "|\\b(?:requested|sought|seeking|asked for) (?:the|a|this) (?:call|conversation|meeting|talks|visit)\\b");

    /**
     * "Ukraine remains committed to a full ceasefire", "Hungary will continue to oppose any decision that …",
     * "Trump reiterated that the killing must stop": a side restating where it has long stood is not an outcome of
     * the meeting, and the other readout has no reason to repeat it. Demands and conditions by verb stay points:
     * they are what the other side would rather not report, however often they were made before.
     */
    private static final Pattern STANDING_POSITION = Pattern.compile(
            "\\b(?:remains?|remained) (?:firmly |fully |strongly )?(?:committed|opposed|determined|convinced)\\b"
                    + "|\\b(?:will|would) continue to\\b|\\bcontinues? to (?:support|oppose|reject|stand|believe)\\b"
                    + "|\\b(?:reaffirm|reiterat)(?:ed|es|s) (?:its|his|her|their) (?:long-standing |principled |consistent |firm |unwavering )?"
                    + "(?:support|commitment|position|stance|opposition|rejection|condemnation)\\b"
                    + "|\\b(?:policy|position) (?:has not|hasn't|did not|has never) changed\\b|\\b(?:policy|position) remains unchanged\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * "hope that the United Nations will continue to play a central role in pushing for a ceasefire": pressing for
     * something as an ongoing role is a standing position, not a demand made at the meeting; so is one a side says it
     * still makes ("Ukraine continues to insist on an exchange of all for all").
     */
    private static final Pattern CONTINUING_PRESSURE = Pattern.compile(
            "\\b(?:(?:will|would|to) continue|continues|keeps) (?:to|its|their|his|her|our)\\b[^.;]{0,60}\\b(?:push|pushing|press|pressing|call|calling|urge|urging|demand|demanding|insist|insisting)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * "Türkiye has repeatedly called for the removal of sanctions": an appeal a side has long made is background to the
     * news, not a demand made at the meeting.
     */
    private static final Pattern HABITUAL_APPEAL = Pattern.compile(
            "\\b(?:has|have|had) (?:repeatedly|long|consistently|always|persistently|frequently|often|previously) (?:called|urged|demanded|pressed|advocated|appealed|asked"
                    // "The United States has consistently said that progress … depends on concrete steps": a position long stated.
                    + "|said|stated|maintained|made (?:it )?clear|insisted|stressed|emphasi[sz]ed|held)\\b"
                    + "|\\b(?:has|have|had) been (?:calling|urging|demanding|pressing|advocating|appealing)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * "The elections will only be credible if the government opens civic space", "a settlement can be lasting only when
     * it addresses root causes": a condition on how the speaker will judge an outcome is its own assessment, voiced for
     * its audience, not a condition it sets on an action of its own or of the other side ("sanctions will be lifted only
     * if …"). Neither the other readout nor a summary of the meeting has reason to repeat it.
     */
    static final Pattern EVALUATIVE_CONDITION = Pattern.compile(
            "\\b(?:will|would|can|could|is|are|be) (?:only |truly |fully |ever )?(?:be )?(?:credible|legitimate|sustainable|lasting|durable"
                    + "|meaningful|successful|effective|viable|genuine|fair|peaceful|inclusive|acceptable)\\b[^.;]{0,30}?\\b(?:only )?(?:if|when|once|as long as|provided)\\b"
                    // "the integrity of North American supply chains depends on robust enforcement of rules of origin", "the
                    // region's prosperity hinges on …": what a good in general rests on is a maxim, not a step made to wait.
                    + "|\\b(?:integrity|credibility|stability|security|prosperity|competitiveness|resilience|sustainability"
                    + "|vitality|well-being)\\b(?: of\\b[^.;,]{0,60}?)?\\s+(?:depends|hinges|rests|relies|will depend|would depend)"
                    + " (?:on|upon)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * "The sovereignty, unity and territorial integrity of Somalia are non-negotiable", "its independence remains a red
     * line": declaring a principle of statehood beyond negotiation asks nothing of the meeting; it is where the side
     * stands whatever was discussed, voiced for its own audience.
     */
    static final Pattern PRINCIPLE_DECLARED = Pattern.compile(
            "\\b(?:sovereignty|territorial integrity|unity|independence|inviolability)\\b[^.;]{0,80}?\\b(?:is|are|remains?|remained|was|were)"
                    + " (?:absolutely |strictly )?(?:non-negotiable|not negotiable|not up for negotiation|inviolable|sacrosanct|a red line)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * "Israel will not end the war until all of its objectives have been achieved", "will fight until victory": a step
     * made to wait on the side's own aims being met is a declaration of resolve; no other side can meet it, and the other
     * readout has no reason to repeat it.
     */
    static final Pattern OWN_AIMS_RESOLVE = Pattern.compile(
            "\\buntil (?:all (?:of )?)?(?:its|their|our|his|her) (?:\\w+ )?(?:objectives|goals|aims|tasks|war aims)\\b[^.;]{0,20}?"
                    + "\\b(?:are|have been|were|had been) (?:fully )?(?:achieved|accomplished|met|fulfilled|attained|reached)\\b"
                    + "|\\buntil (?:final |complete |total |full )?victory\\b", Pattern.CASE_INSENSITIVE);

    /** "reiterated that", and in the present of an organisation's own release: "UNHCR reiterates that …". */
    private static final Pattern RESTATED = Pattern.compile(
            "\\b(?:reiterat|reaffirm|recall|repeat)(?:ed|es|s)? that\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Whether a point is a standing position rather than something the meeting produced: a commitment, refusal or
     * request restating a position; or an obligation by modal ("must") that the speaker "reiterated".
     */
    private boolean standingPosition(Claim c) {
        if (CONTINUING_PRESSURE.matcher(c.getEvidence()).find() || HABITUAL_APPEAL.matcher(c.getEvidence()).find() || EVALUATIVE_CONDITION.matcher(c.getEvidence()).find()
                || PRINCIPLE_DECLARED.matcher(c.getEvidence()).find() || OWN_AIMS_RESOLVE.matcher(c.getEvidence()).find()) {
            return true;
        }
        if (c.getStatus() == ClaimStatus.CONDITIONAL || redLines.in(c.getEvidence())
                || c.getStatus() == ClaimStatus.DEMANDED && !MODAL_ACTIONS.contains(c.getAction())) {
            return false;
        }
        return STANDING_POSITION.matcher(c.getEvidence()).find()
                || MODAL_ACTIONS.contains(c.getAction()) && RESTATED.matcher(c.getEvidence()).find();
    }

    /**
     * "The Special Envoy … called on the parties to build on this agreement": an appeal to the parties at large is
     * the issuer's own voice, not a point of the meeting another readout should report.
     */
    private static final Pattern APPEAL_TO_ALL = Pattern.compile(
            "\\b(?:called (?:on|upon)|calls (?:on|upon)|urged|urges|appealed to|appeals to|encouraged|encourages)"
                    + " (?:the|all|both) (?:parties|sides)\\b"
                    // "The two sides should implement the common understandings": an exhortation to both, not a demand of one.
                    + "|\\b(?:the two|both) (?:sides|countries|nations|parties) (?:should|need to|ought to)\\b"
                    // "called on the sponsoring countries to pressure Israel to stop its attacks", "urged the international
                    // community to increase its support": an appeal to outsiders to act, or to press a side, is voiced for
                    // the issuer's audience; it asks nothing of the other side at the table.
                    + "|\\b(?:call(?:ed|s)? (?:on|upon)|urg(?:ed|es)|appeal(?:ed|s)? to|ask(?:ed|s)|invit(?:ed|es)|encourag(?:ed|es))"
                    + " (?:the |all )?(?:international community|donors?|donor (?:countries|community|states)|(?:sponsoring|guarantor|friendly|brotherly|donor)"
                    + " (?:countries|states|nations|powers)|sponsors|guarantors|world|world community|all (?:countries|states|actors|stakeholders))\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * An obligation stated with a modal ("must", "should") counts only when the side whose readout leaves it out is
     * the one that must act ("Canada must take firm action" against Canada's readout): "connectivity projects must
     * respect sovereignty" or "any lasting peace must come with guarantees" is each side's own rhetoric. Demands
     * by verb ("demanded", "called for", "urged") and conditions ("key condition", "only after") count whoever
     * they name. When the other readout's issuer is unknown, the demand is not held to this.
     */
    private boolean madeOf(Claim c, String makingText, Set<String> sides, String omittingParty) {
        if (omittingParty == null || CONDITION_WORDS.matcher(c.getEvidence()).find() || preconditions.in(c.getEvidence())
                || OUTCOME_REQUIREMENT.matcher(c.getEvidence()).find()) {
            return true;
        }
        // "The Thai side demanded that Cambodia cease …" is left out by Cambodia's readout, not by a UN note: a
        // demand binds the sides of the meeting, which the readout making it names most.
        if (redLines.in(c.getEvidence())) {
            // A red line is drawn for the other side of the table, whoever the clause names; the host or mediator
            // ("talks facilitated by Türkiye") is not that side, however often the readout names it.
            return !namedAsHost(makingText, omittingParty);
        }
        if (!sides.contains(omittingParty)) {
            return false;
        }
        if (firstPerson.in(c.getEvidence())) {
            // "We … urge both parties to implement their commitments" is the issuer's own appeal, not a point of the meeting.
            return false;
        }
        if (c.getStatus() == ClaimStatus.REQUESTED && c.getSalience() < minSalience) {
            // A plain request counts when it is addressed to the side that leaves it out ("requested the early lifting
            // of the ROK's restrictions"); "relatives are asked to contact the Headquarters" is a notice to the public.
            // A salient one ("called for their immediate and unconditional release") stands without an addressee.
            // When the sentence names whom it asks ("calls on donors to increase their support … in Lebanon"), that is the addressee.
            final Matcher addressee = ADDRESSEE.matcher(c.getEvidence());
            return participants.mentions(addressee.find() ? addressee.group(1) : c.getEvidence()).containsKey(omittingParty);
        }
        if (c.getAction() == null || !MODAL_ACTIONS.contains(c.getAction())) {
            return true;
        }
        return anyModalSubject(c.getEvidence(), MODAL, named -> named.containsKey(omittingParty))
                || clauseSubjectNames(c.getEvidence(), omittingParty);
    }

    /**
     * "X must be operational before the agreement is submitted for ratification" against "agreed to sign the agreement
     * on X": a precondition shares its subject's words with the other readout's sentence on that subject, but the
     * point is the link between the two steps. When the other readout does not name the topic and its closest sentence
     * carries no condition of its own, the precondition is left out even at a looser similarity.
     */
    private boolean conditionUnreported(Claim c, SentenceAligner.Alignment closest) {
        final String other = closest.sentence().text();
        return preconditions.in(c.getEvidence()) && !MUTUALLY_AGREED.matcher(c.getEvidence()).find()
                && !PRECONDITION.matcher(other).find()
                && !CONDITION_WORDS.matcher(other).find() && !STEP_ORDER.matcher(other).find();
    }

    static final double PRECONDITION_MAX_SIMILARITY = 0.34;

    /**
     * "would cooperate on the return of its own nationals only once the visa facilitation … has entered into force"
     * against "Spain will facilitate visas …, and the two countries will strengthen cooperation on return": the other
     * readout may report both steps, even in one sentence close to the condition's, and still leave out that one waits
     * on the other. So a close sentence hides the condition only when it, or another sentence of the other readout that
     * comes loosely close to the condition, carries some link between steps ("once", "in exchange for", "linked to").
     */
    private boolean conditionLeftOut(Claim point, SentenceAligner.Alignment closest, Statement omitting) {
        if (!conditionUnreported(point, closest)) {
            return false;
        }
        if (closest.similarity() < PRECONDITION_MAX_SIMILARITY) {
            return true;
        }
        for (SentenceAligner.Sentence s : aligner.sentences(omitting.getText())) {
            final String other = s.text();
            if ((PRECONDITION.matcher(other).find() || CONDITION_WORDS.matcher(other).find() || STEP_ORDER.matcher(other).find()
                    || STEP_LINK.matcher(other).find())
                    && aligner.similarity(point.getEvidence(), other) >= UNNAMED_MAX_SIMILARITY) {
                return false;
            }
        }
        return !STEP_LINK.matcher(closest.sentence().text()).find();
    }

    /** Other words that tie one step to another: "in exchange for", "linked to", "as soon as", "when", "in parallel with". */
    private static final Pattern STEP_LINK = Pattern.compile(
            "\\b(?:in exchange|in return|in step with|in parallel|linked to|tied to|contingent|subject to|as soon as|when|whenever"
                    + "|provided that|on condition|reciproc\\w*|in turn|depend\\w*)\\b"
                    // "will be carried out in accordance with the agreed Concept of Operations": both steps placed under an
                    // agreed plan report their order as settled; how it orders them is a matter of STATUS or SCOPE.
                    + "|\\b(?:in accordance with|in line with|as set out in|as provided (?:for )?in|pursuant to) the (?:jointly )?(?:agreed|approved)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * Words that put one step after another in the other readout's sentence: "reopening should follow the clearance of
     * mines" reports the same sequence as "will be reopened only after the mines have been cleared".
     */
    private static final Pattern STEP_ORDER = Pattern.compile(
            "\\b(?:before|until|unless|once|after|if|provided|follow|follows|followed|following|sequenc\\w*|in turn)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * "will be lifted only once X has been verified, in line with the sequencing agreed by both parties": a sequence the
     * issuer itself calls agreed is a term of the deal (a matter for STATUS or SCOPE), not one side's condition.
     */
    private static final Pattern MUTUALLY_AGREED = Pattern.compile(
            "\\b(?:agreed|accepted|endorsed) (?:by|between) (?:both|the two|all)\\b|\\bas (?:mutually |jointly )?agreed\\b|\\bmutually agreed\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A red line: what any outcome must leave out ("any arrangement must exclude any naval base", "no foreign troops will
     * be stationed under any arrangement", "will accept no conditions linked to the loan", "will under no circumstances
     * cede"). Like a condition, it binds the outcome whoever must meet it, and restating it does not make it routine.
     * A positive requirement ("any peace must come with guarantees") is rhetoric each side voices, so it is not one.
     */
    static final Pattern RED_LINE = Pattern.compile(
            "\\b(?:must|should|shall|will|would) (?:also )?(?:exclude|rule out|never)\\b"
                    + "|\\b(?:must|should|shall|will|would|can) not (?:include|involve|entail|extend to|allow|permit)\\b"
                    + "|\\b(?:will|would|shall) (?:accept|tolerate|allow|permit) no\\b"
                    + "|\\b(?:will|would|shall) (?:not|never) (?:accept|tolerate|allow|permit)\\b"
                    // "will not host a military base of any foreign country", "will never station foreign troops": a
                    // refusal of foreign forces on the side's own soil binds any security arrangement.
                    + "|\\b(?:will|would|shall) (?:not|never) (?:host|station|accept the (?:stationing|deployment) of)"
                    + " (?:a |an |any )?(?:foreign |permanent |[a-z]+ )?(?:military|troops|forces|bases?)\\b"
                    + "|\\bunder (?:no|any) (?:circumstances?|arrangement|conditions?|scenario)\\b"
                    + "|\\bin no (?:case|event)\\b", Pattern.CASE_INSENSITIVE);

    /** "talks held in Ankara, facilitated by the Republic of Türkiye": the party named just after marks the host or mediator. */
    private static final Pattern HOSTED_BY = Pattern.compile(
            "\\b(?:facilitated|hosted|mediated|convened|brokered|organi[sz]ed) by\\b|\\b(?:with|through) the (?:mediation|facilitation|good offices|assistance) of\\b"
                    + "|\\bunder the auspices of\\b|\\bat the invitation of\\b"
                    // "the mediation undertaken by His Excellency the President of …", "thanks to the good offices exercised by …"
                    + "|\\b(?:mediation|good offices|facilitation) (?:undertaken|provided|conducted|led|exercised|offered) by\\b", Pattern.CASE_INSENSITIVE);
    /** Long enough for a title before the country: "His Excellency the President of the Republic of X". */
    private static final int HOST_NAME_CHARS = 80;

    private boolean namedAsHost(String text, String party) {
        final Matcher m = HOSTED_BY.matcher(text);
        while (m.find()) {
            if (participants.mentions(text.substring(m.end(), Math.min(text.length(), m.end() + HOST_NAME_CHARS))).containsKey(party)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "must become the key condition for …": a condition binds the outcome whoever must meet it. "Conditions" in the
     * sense of circumstances ("information about conditions in their areas of origin", "living conditions", "conditions
     * on the ground") set nothing.
     */
    private static final Pattern CONDITION_WORDS = Pattern.compile(
            "\\b(?:precondition|prerequisite|red line|indispensable|non-negotiable)\\b"
                    + "|(?<!\\b(?:living|humanitarian|weather|market|prevailing|current|harsh|dire|difficult|poor|security|economic|sanitary|working) )"
                    + "\\bconditions?\\b(?! (?:in|inside|on the ground|of (?:life|living|detention|work))\\b)", Pattern.CASE_INSENSITIVE);

    /**
     * "Egypt depends on the Nile for more than 97 percent of its water": a subject's reliance on a resource is a fact
     * about it, not a condition one step sets on another ("the lifting will depend on verification").
     */
    private static final Pattern RELIANCE = Pattern.compile(
            "\\b(?:depends?|depended|relies|rely|relied|(?:is|are|was|were|remains?) (?:heavily |largely |highly )?(?:dependent|reliant)) (?:on|upon)\\b[^.;,]{1,60}?\\bfor\\b(?![^.;,]{0,40}?\\bto\\b)",
            Pattern.CASE_INSENSITIVE);

    /** A claim read as a condition whose only condition is a reliance ("depends on the Nile for its water"). */
    static boolean reliance(Claim c) {
        if (c.getStatus() != ClaimStatus.CONDITIONAL || !RELIANCE.matcher(c.getEvidence()).find()) {
            return false;
        }
        final String rest = RELIANCE.matcher(c.getEvidence()).replaceAll(" ");
        return !PRECONDITION.matcher(rest).find() && !CONDITION_WORDS.matcher(rest).find();
    }

    /**
     * "The Agency must act in a professional and impartial manner and must not allow itself to be used as a political
     * instrument", "the mission should remain neutral": an obligation whose content is a manner of conduct or a quality
     * rather than an act is an exhortation about how someone should behave in general, which each side voices for its
     * own audience; the other readout has no reason to repeat it. It holds only when every obligation of the sentence
     * is of this kind ("must act responsibly and must withdraw its troops" still demands a withdrawal).
     */
    private boolean conductExhortation(Claim c) {
        // A demand by verb beside it ("urged the release … and emphasised that the matter should be dealt with in a
        // humanitarian manner") is still a demand.
        // A clause read with no status cue ("mention") is a point only by its modal, as "must" is.
        return (c.getAction() == null || MODAL_ACTIONS.contains(c.getAction()) || NO_CUE.equals(c.getAction()) || redLine(c))
                && conductExhortation(c.getEvidence());
    }

    /**
     * "urged the Philippine side to immediately stop its infringements and provocations": a call to stop conduct named
     * only by a word of blame asks for no act anyone could report as agreed or refused; it is a condemnation voiced for
     * the issuer's audience, and the other side's account of the incident has no reason to repeat it. A call to stop a
     * named act ("stop illegal fishing in the zone", "cease laying landmines") stays a demand, and so does a sentence that
     * asks for anything besides.
     */
    static boolean condemnation(Claim c) {
        return (c.getStatus() == ClaimStatus.DEMANDED || c.getStatus() == ClaimStatus.REQUESTED) && condemnation(c.getEvidence());
    }

    static boolean condemnation(String evidence) {
        final Matcher blame = STOP_BLAMED_CONDUCT.matcher(evidence);
        if (!blame.find()) {
            return false;
        }
        final Matcher asks = ASKING.matcher(evidence);
        int asked = 0;
        while (asks.find()) {
            asked++;
        }
        return asked <= 1;
    }

    private static final String BLAMED = "(?:provocations?|provocative (?:acts?|actions?|moves?|behaviou?r)|infringements?|encroachments?|harassment"
            + "|aggression|aggressive (?:acts?|actions?|behaviou?r)|hostile (?:acts?|actions?|rhetoric)|smears?|hype|interference|meddling"
            + "|(?:irresponsible|dangerous|reckless|illegal|unlawful|destabili[sz]ing) (?:acts?|actions?|activities|moves?|behaviou?r|remarks|statements))";
    /**
     * A call whose only content is a stop verb whose whole object, up to the clause's end, is conduct named by blame
     * ("urged the other side to stop its infringements and provocations").
     */
    private static final Pattern STOP_BLAMED_CONDUCT = Pattern.compile(
            "\\b(?:urg(?:ed|es|e)|call(?:ed|s)? (?:on|upon)|demand(?:ed|s)?|ask(?:ed|s)?|press(?:ed|es)|request(?:ed|s)?|insist(?:ed|s)? that)\\s+"
                    // The addressee, with no other "to …" asked of it first ("to release the crew and to stop …").
                    + "(?:that\\s+)?(?:(?!\\bto\\b)[^.;,]){0,60}?\\b(?:to\\s+)?(?:\\w+ly\\s+)?"
                    + "(?:stop|cease|end|halt|desist from|refrain from|put an end to)\\s+(?:(?:its|their|his|her|all|such|any|the|these|those|further|such)\\s+)*"
                    + BLAMED + "(?:\\s*(?:,|and|or)\\s+(?:(?:its|their|all|other|further|such)\\s+)*" + BLAMED + ")*\\s*(?:[.;,]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ASKING = Pattern.compile(
            "\\b(?:urg(?:ed|es|e|ing)|call(?:ed|s)? (?:on|upon|for)|demand(?:ed|s)?|ask(?:ed|s)?|request(?:ed|s)?|press(?:ed|es)|must|should|insist(?:ed|s)?)\\b",
            Pattern.CASE_INSENSITIVE);

    static boolean conductExhortation(String evidence) {
        final Matcher modal = OBLIGATION_MODAL.matcher(evidence);
        final List<Integer> starts = new ArrayList<>();
        final List<Integer> ends = new ArrayList<>();
        while (modal.find()) {
            starts.add(modal.start());
            ends.add(modal.end());
        }
        if (starts.isEmpty()) {
            return false;
        }
        for (int i = 0; i < starts.size(); i++) {
            final int end = i + 1 < starts.size() ? starts.get(i + 1) : evidence.length();
            if (!CONDUCT.matcher(evidence.substring(ends.get(i), end)).lookingAt()) {
                return false;
            }
        }
        return true;
    }

    /** The action of a clause read without any status cue. */
    private static final String NO_CUE = "mention";
    private static final Pattern OBLIGATION_MODAL = Pattern.compile("\\b(?:must|should|ought to|needs? to|has to|have to)\\b", Pattern.CASE_INSENSITIVE);
    private static final String QUALITY = "(?:impartial|objective|neutral|professional|independent|unbiased|balanced|apolitical|non-politici[sz]ed"
            + "|depoliticised|transparent|constructive|responsible|voluntary|safe|dignified|fair|orderly|humane|inclusive|accountable)";
    /** What follows a modal when the obligation is a manner of conduct or a quality: "act impartially", "remain neutral". */
    private static final Pattern CONDUCT = Pattern.compile(
            "\\s*(?:not\\s+|never\\s+)?(?:always\\s+|also\\s+|at all times\\s+)?(?:"
                    // "aid must never be used as a tool of pressure": that something not be instrumentalised is conduct too.
                    + "be\\s+(?:used|exploited|instrumentali[sz]ed|weaponi[sz]ed|turned)\\s+(?:as|into)\\s+(?:a|an)\\s+(?:\\w+\\s+)?"
                    + "(?:tool|weapon|instrument|bargaining chip|lever|means)\\b|"
                    + "(?:act|behave|conduct (?:itself|themselves|its work|their work)|operate)\\s+(?:\\w+ly\\b|[^.;]{0,40}?\\b(?:manner|way|fashion|spirit|faith)\\b)"
                    + "|(?:be|remain|stay)\\s+(?:\\w+ly\\s+)?" + QUALITY + "\\b"
                    // "the return must be organised in a way that preserves dignity", "should be dealt with in a humanitarian manner"
                    + "|be\\s+(?:\\w+ed|done|undertaken|carried out|dealt with)\\s+(?:\\w+ly\\s+)?in\\s+(?:a|an)\\s+[^.;]{0,40}?\\b(?:manner|way|fashion|spirit)\\b"
                    + "|(?:allow|let|permit)\\s+(?:itself|themselves|himself|herself)\\s+(?:to\\s+)?be\\s+(?:used|politici[sz]ed|instrumentali[sz]ed|manipulated|exploited)"
                    // "cooperation with the Union must be based on mutual respect and on full respect for the sovereignty …":
                    // that a relationship rest on principles names no act either.
                    + "|be\\s+(?:\\w+ly\\s+)?(?:based|founded|grounded|built|guided)\\s+(?:on|upon|in|by)\\s+(?:the\\s+)?(?:(?:full|strict|mutual|genuine)\\s+)?"
                    + "(?:respect|trust|equality|equal footing|mutual benefit|mutual interests?|reciprocity|international law|(?:the\\s+)?principles?)\\b"
                    // "the United States should honour its own commitments": keeping one's word, with no commitment named.
                    + "|(?:honou?r|fulfil|fulfill|keep|respect|abide by|live up to|deliver on|stick to)\\s+(?:its|their|his|her)\\s+(?:own\\s+)?"
                    + "(?:commitments?|obligations?|promises?|pledges?|word|side of the (?:deal|bargain|agreement))\\s*(?:[.;]|$))",
            Pattern.CASE_INSENSITIVE);

    /**
     * A construction that makes one step wait on another ("will proceed only after the army has verified …", "must
     * be preceded by the withdrawal of …", "must halt enrichment before any discussion of sanctions relief can
     * begin", "will be conditional on verification"): a precondition on the outcome, whoever must meet it. Looser
     * conditions ("subject to approval", "if the", "as long as") qualify an outcome both readouts usually report.
     * Group 1 ends where the condition itself starts.
     */
    static final Pattern PRECONDITION = Pattern.compile(
            "\\b(only (?:after|if|once|when)|conditional (?:on|upon)"
                    // Every tense and number of "depend on", "hinge on" and "contingent on": "decisions … depend on such
                    // commitments", "would depend on", "are dependent on", "hinges on", "is contingent upon". A relative
                    // clause on who relies on something ("farmers who depend on exports") states a fact, not a condition.
                    + "|(?<!\\bwho )(?<!\\bthat )(?<!\\bwhich )(?:(?:depends?|depended|(?:will|would|could|may|might|shall) depend"
                    + "|(?:is|are|was|were|be|remains?|remained) (?:entirely |wholly |fully |strictly )?(?:dependent|contingent)"
                    + "|hinges?|hinged|(?:will|would) hinge) (?:on|upon)(?![^.;,]{1,60}?\\bfor\\b(?![^.;,]{0,40}?\\bto\\b)))"
                    // "investment decisions will be taken only on this basis", "only on condition that the blockade is lifted".
                    + "|only on (?:this|that|such an?|the) basis\\b|only on the basis of\\b|only on (?:the )?conditions? (?:that|of)\\b"
                    // "open to considering the proposal, provided that the restrictions on its exports are lifted": a
                    // conjunction of condition after the step it governs.
                    + "|,\\s*(?:provided|providing) that\\b|\\bon (?:the )?condition that\\b"
                    // "any French cooperation in the uranium sector would be subject to the full implementation of IAEA
                    // safeguards": every future step of a kind bound to a condition ("the deal is subject to approval by
                    // the Council" only states the procedure of one deal).
                    + "|\\bany\\b[^.;]{0,60}?\\b(?:will|would|shall|must|should) (?:only |always )?be (?:made )?(?:subject|conditional) (?:to|on|upon)\\b"
                    // "no fencing would be undertaken within the zone unless both sides consent": a step barred until a condition is met.
                    + "|\\b(?:no|not|cannot|can't|won't|never)\\b[^.;]{0,120}?\\bunless\\b"
                    // "no fencing will be carried out within the zone without the consent of both sides": the same bar, by a noun.
                    + "|\\b(?:no|not|cannot|can't|won't|never)\\b[^.;]{0,120}?\\bwithout (?:the )?(?:prior |express |mutual |written |explicit )?"
                    + "(?:consent|approval|agreement|permission|authori[sz]ation)\\b"
                    // "normalisation will proceed in the light of progress in the peace process": one step paced by another.
                    + "|\\b(?:in (?:the )?light of|in step with|in parallel with|commensurate with) (?:the )?(?:\\w+ )?(?:progress|advances?|steps) (?:in|on|of|made|towards?)\\b"
                    + "|(?:must|should|will|would) (?:first )?be preceded by"
                    + "|before any\\b(?=[^.;]{0,60}\\b(?:can|could|will|would|may)\\b)"
                    // "participation presupposes that …"; "no project can be implemented until …"; "must be operational
                    // before the agreement is submitted" (a step waiting on a step, not a deadline "before the end of June").
                    + "|presuppos(?:es|ed|e) (?:that )?"
                    // "for China to join new talks, Washington and Seoul should first stop their drills": one step before another.
                    + "|\\b(?:must|should|will have to|would have to|needs? to) first\\b"
                    + "|\\b(?:no|not|cannot|can't|won't)\\b[^.;]{0,80}?\\buntil"
                    // "will not be lifted before the neutralisation of the militia has been verified": barred until a step
                    // is done; a deadline ("will not be completed before the end of June") has no verb of its own after it.
                    + "|\\b(?:no|not|cannot|can't|won't|never)\\b[^.;]{0,80}?\\bbefore\\b(?=[^.;]{0,80}\\b(?:is|are|has|have|can|could|will|would|may)\\b)"
                    // "lifting the measures is a prerequisite for the return": the condition named by a noun, before it.
                    + "|\\b(?:is|are|was|were|remains?|as) (?:a|an|the) (?:\\w+ )?(?:prerequisite|precondition|condition|sine qua non) (?:for|of|to)\\b"
                    + "|\\b(?:must|should)\\b[^.;]{0,60}?\\bbefore\\b(?=[^.;]{0,60}\\b(?:is|are|can|could|will|would|may)\\b))", Pattern.CASE_INSENSITIVE);
    private static final Set<String> MODAL_ACTIONS = Set.of("must", "should", "necessary to", "necessity of", "requires", "require");
    private static final Pattern MODAL = Pattern.compile("\\b(?:must|should|(?:is|was) necessary|requires?)\\b");
    /** "the U.S. side must": the party that must act is named in the few words before the modal. */
    private static final int MODAL_SUBJECT_CHARS = 30;

    /**
     * "Moscow made it clear that any future arrangements on strategic stability must take into account the arsenals of
     * Britain and France": a requirement on what any deal must contain is a condition on the outcome, whoever must meet
     * it. A requirement that the deal conform to principles ("any arrangement must respect sovereignty", "must be
     * consistent with the roadmap") is each side's rhetoric, so only verbs of content count.
     */
    static final Pattern OUTCOME_REQUIREMENT = Pattern.compile(
            "\\bany (?:(?:future|new|further|eventual|possible|final|comprehensive|lasting)\\s+)*(?:arrangements?|agreements?|deals?|treaty|treaties"
                    + "|accords?|settlements?|framework|understandings?)\\b[^.;]{0,60}?\\b(?:must|should|will have to|would have to|has to|have to)"
                    + " (?:also )?(?:take into account|take account of|include|cover|address|extend to|provide for|encompass|reflect|involve)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * What of a spokesperson's answers counts as a point of the meeting: a condition on the deal itself, or anything the
     * answer expressly places at the meeting ("At the meeting, the Chinese side made it clear that the other side must
     * stop …"), which is a readout of the talks given in answer to a question, not the spokesperson's own commentary.
     */
    static boolean answerPoint(Claim c) {
        return setsCondition(c) || c.getAssertedBy() == null && SAID_AT_MEETING.matcher(c.getEvidence()).find();
    }

    /** "At the meeting, …", "during the talks …", "in the course of the consultations …": placed at the meeting itself. */
    private static final Pattern SAID_AT_MEETING = Pattern.compile(
            "\\b(?:at|during|in the course of|in) (?:the|this|that|today's|yesterday's) (?:meeting|talks|consultations?|call|phone call"
                    + "|telephone call|conversation|session|round|negotiations)\\b(?! to be\\b)", Pattern.CASE_INSENSITIVE);

    /**
     * "The Chinese Foreign Minister raised the case of the 11 Chinese nationals apprehended …" against China's "urged the
     * Philippine side to release them": the other readout reports that the demanding side brought the matter up, in its
     * own words and without endorsing what was asked. The matter is reported, so the demand is not left out; how each
     * side words it is a difference of tone. Holds for demands and requests by verb, when a sentence of the other readout
     * credits the demanding side with raising a matter close to the demand's; a condition or red line still
     * counts, since "raised the question of visas" does not report that returns wait on them.
     */
    private boolean raisedByMaker(Claim point, Statement making, Statement omitting) {
        if (point.getStatus() != ClaimStatus.DEMANDED && point.getStatus() != ClaimStatus.REQUESTED
                || PRECONDITION.matcher(point.getEvidence()).find() || RED_LINE.matcher(point.getEvidence()).find()) {
            return false;
        }
        final String makingParty = participants.issuerParty(making);
        if (makingParty == null) {
            return false;
        }
        final String omittingParty = participants.issuerParty(omitting);
        for (SentenceAligner.Sentence s : aligner.sentences(omitting.getText())) {
            final String sentence = s.text();
            final Matcher raised = RAISED.matcher(sentence);
            while (raised.find()) {
                final Map<String, Integer> raiser = participants.mentions(
                        sentence.substring(Math.max(0, raised.start() - RAISER_CHARS), raised.start()));
                if (raiser.containsKey(makingParty) && (omittingParty == null || !raiser.containsKey(omittingParty))
                        && aligner.similarity(point.getEvidence(), sentence) >= RAISED_MIN_SIMILARITY) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The sentence crediting the demanding side with raising a matter must share some of the demand's words: the same
     * case told in the other side's terms ("11 nationals apprehended" for "12 fishermen detained") shares few.
     */
    static final double RAISED_MIN_SIMILARITY = 0.1;

    /** Verbs by which a readout reports that the other side brought a matter up, without saying what it asked. */
    private static final Pattern RAISED = Pattern.compile(
            "\\b(?:raised|brought up|took up|drew attention to|expressed (?:its|his|her|their)?\\s?concerns? (?:about|over|regarding|at))\\b",
            Pattern.CASE_INSENSITIVE);
    /** "The Chinese Foreign Minister raised": who raised the matter is named in the few words before the verb. */
    private static final int RAISER_CHARS = 60;

    /**
     * A condition on the deal itself: a red line or a requirement on what any deal must contain. Looser conditions in a
     * spokesperson's answers ("whether trade can grow depends on whether the other side shows sincerity") are commentary.
     */
    private static boolean setsCondition(Claim c) {
        final String e = c.getEvidence();
        return c.getAssertedBy() == null && (RED_LINE.matcher(e).find() || OUTCOME_REQUIREMENT.matcher(e).find());
    }

    /**
     * What a demand asks, to look for in the other readout: the clause after the reporting frame ("The delegation
     * emphasised that …") up to a reason given for it (", in view of …", ", which …"). The frame ("Moscow made it clear
     * in Geneva") recurs all through the other readout and says nothing about whether the demand itself was reported.
     */
    /**
     * The other readout's sentence closest to a demand, judged on the whole sentence and on the demand's own clause,
     * whichever finds it less close: the frame can make a sentence look close ("Moscow made it clear in Geneva" against
     * "consultations in Geneva") as much as its own words can.
     */
    private SentenceAligner.Alignment closestToDemand(String evidence, String otherText) {
        final SentenceAligner.Alignment whole = aligner.best(evidence, otherText);
        final String core = demandCore(evidence);
        final SentenceAligner.Alignment own = core.equals(evidence) ? whole : aligner.best(core, otherText);
        final SentenceAligner.Alignment closer = own.similarity() < whole.similarity() ? own : whole;
        final String refused = refusedMatter(evidence);
        if (refused == null) {
            return closer;
        }
        final SentenceAligner.Alignment matter = aligner.best(refused, otherText);
        return matter.similarity() < closer.similarity() ? matter : closer;
    }

    /**
     * What a red line refuses, from its modal on: "Solomon Islands will not host a military base of any foreign
     * country" is about the base, while its subject, the side's own name, recurs in every sentence of the other
     * readout ("I thank the people of Solomon Islands for their hospitality"). Only a red line headed by its modal, whose
     * matter follows it; null otherwise.
     */
    static String refusedMatter(String evidence) {
        final Matcher m = RED_LINE.matcher(evidence);
        if (!m.find() || !MODAL_LED.matcher(m.group()).lookingAt()) {
            return null;
        }
        final Matcher reason = REASON.matcher(evidence);
        final int end = reason.find(m.start()) ? reason.start() : evidence.length();
        return evidence.substring(m.start(), end);
    }

    private static final Pattern MODAL_LED = Pattern.compile("(?:must|should|shall|will|would|can)\\b", Pattern.CASE_INSENSITIVE);

    static String demandCore(String evidence) {
        final Matcher modal = DEMAND_HEAD.matcher(evidence);
        if (!modal.find()) {
            // A demand by verb ("calls for the ceasefire to be respected, so that …") is its whole sentence.
            return evidence;
        }
        final int head = modal.start();
        int start = 0;
        final Matcher that = REPORTING_THAT.matcher(evidence.substring(0, head));
        while (that.find()) {
            start = that.end();
        }
        final Matcher reason = REASON.matcher(evidence);
        final int end = reason.find(head) ? reason.start() : evidence.length();
        return evidence.substring(start, end);
    }

    private static final Pattern DEMAND_HEAD = Pattern.compile(
            "\\b(?:must|should|ought to|needs? to|has to|have to|will have to|prerequisite|precondition|only (?:after|if|once|when))\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPORTING_THAT = Pattern.compile("\\bthat\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern REASON = Pattern.compile(
            ",\\s*(?:in view of|as|because|since|given|which|who|citing|noting|adding|so that|in order|stressing|underlining)\\b", Pattern.CASE_INSENSITIVE);

    private boolean unnamedPoint(Claim c) {
        final boolean point = UNNAMED_POINTS.contains(c.getStatus())
                || c.getStatus() == ClaimStatus.CONDITIONAL && preconditions.in(c.getEvidence())
                || redLines.in(c.getEvidence()) && (isDemand(c) || c.getPolarity() == Polarity.NEGATED);
        // "The agreement will enter into force only after Congress has approved it, as required by our Constitution":
        // a precondition or red line in a minister's own words is still the condition his side sets.
        return point && (!firstPerson.in(c.getEvidence()) || preconditions.in(c.getEvidence())
                || redLines.in(c.getEvidence()) || OUTCOME_REQUIREMENT.matcher(c.getEvidence()).find());
    }

    private double sharedTermShare(String evidence, Set<String> otherTerms) {
        final Set<String> terms = aligner.terms(evidence);
        if (terms.isEmpty()) {
            return 1.0;
        }
        int shared = 0;
        for (String t : terms) {
            if (otherTerms.contains(t)) {
                shared++;
            }
        }
        return (double) shared / terms.size();
    }

    private static String describe(Claim c) {
        final String base = switch (c.getStatus()) {
            case DEMANDED -> "demand";
            case CONDITIONAL -> "condition";
            case REJECTED -> "rejection";
            case DENIED -> "denial";
            case AGREED -> "commitment";
            case REQUESTED -> "request";
            case PROPOSED -> "proposal";
            case ANNOUNCED -> "announcement";
            default -> "point";
        };
        return c.getPolarity() == Polarity.NEGATED ? "negative " + base : base;
    }
}
