package io.crosscheck.detect;

import io.crosscheck.util.BoundedCache;
import io.crosscheck.avro.AlertKind;
import io.crosscheck.avro.Claim;
import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Polarity;
import io.crosscheck.avro.Statement;
import io.crosscheck.claims.StatusReader;
import io.crosscheck.claims.TermAnalyzer;
import io.crosscheck.claims.Token;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * STATUS: one statement says the action on a topic was agreed (or announced as done) while the other
 * presents it only as rejected, conditional, proposed or still undecided ("remains under discussion"), and
 * never as agreed. "Discussed" against "agreed" is
 * left alone: readouts routinely say "discussed" of what the other side lists as agreed. Statuses
 * that fit together (discussed/discussed, agreed/announced) do not fire. A standing commitment ("remains committed to")
 * is not a settlement, and a condition on how a side will judge the outcome ("will only be credible if") is not a
 * condition on the action. One finding per topic. Thread-safe.
 */
public final class StatusRule implements ContradictionRule {

    private static final Set<ClaimStatus> SETTLED = EnumSet.of(ClaimStatus.AGREED, ClaimStatus.ANNOUNCED);

    /**
     * Evidence clauses recently reduced to content words and cue words recently compiled: the same clause is tried
     * against every claim of the other readout and every other readout of its event, and cue words come from a small
     * lexicon.
     */
    private static final int CACHED_CLAUSES = 2048;
    private static final int CACHED_CUES = 256;

    private final TermAnalyzer analyzer;
    private final Set<String> commonStems;
    private final BoundedCache<String, Set<String>> contentWordsByClause;
    private final BoundedCache<String, Pattern> cuePatterns;

    public StatusRule() {
        this(new TermAnalyzer());
    }

    public StatusRule(TermAnalyzer analyzer) {
        this.analyzer = analyzer;
        this.commonStems = COMMON_WORDS.stream().flatMap(w -> analyzer.stems(w).stream())
                .collect(Collectors.toUnmodifiableSet());
        this.contentWordsByClause = new BoundedCache<>(CACHED_CLAUSES, this::analyseContentWords);
        this.cuePatterns = new BoundedCache<>(CACHED_CUES,
                cue -> Pattern.compile("\\b" + Pattern.quote(cue) + "\\b", Pattern.CASE_INSENSITIVE));
    }

    @Override
    public AlertKind kind() {
        return AlertKind.STATUS;
    }

    @Override
    public List<Finding> compare(Statement a, Statement b) {
        final List<Claim> openedA = openedProposals(a);
        final List<Claim> openedB = openedProposals(b);
        final List<Finding> out = RuleSupport.perSharedTopic(a, b, (topic, xa, xb) -> {
            final List<Claim> ya = withOpened(xa, openedA, topic);
            final List<Claim> yb = withOpened(xb, openedB, topic);
            Finding f = oneWay(a, ya, b, yb, topic, false);
            if (f == null) {
                f = oneWay(b, yb, a, ya, topic, true);
            }
            if (f == null) {
                f = talksLaunchedVersusPossible(a, ya, b, yb, topic, false);
            }
            return f != null ? f : talksLaunchedVersusPossible(b, yb, a, ya, topic, true);
        });
        if (out.isEmpty()) {
            Finding f = acrossTopics(a, b, openedB, false);
            if (f == null) {
                f = acrossTopics(b, a, openedA, true);
            }
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * "agreed to launch a circular migration programme under which 500 workers will take up seasonal jobs" against
     * "a proposal for a seasonal work programme for workers, which the two parties agreed to study": when the topic
     * lexicon files neither clause under a known topic (a {@code text.} fallback on one side at least), the two readouts
     * may name the same matter under different topics. An agreement on one side and an explicitly open matter on the
     * other are paired when their clauses share at least {@link #MIN_SHARED_WORDS} content words that are neither names
     * nor the vocabulary of every readout, unless the other readout also reports a clause with those words as agreed. The
     * same holds inside one broad topic ("migration"): "signed a memorandum on migration" on both sides does not make
     * the seasonal work programme agreed on the side that only agreed to study it, so a settled claim of the other
     * readout blocks the pairing only when it shares those words. Two different lexicon topics are never paired.
     * Bounded: claims of one statement times claims of the other.
     */
    private Finding acrossTopics(Statement settledSide, Statement otherSide, List<Claim> openedOther, boolean swapped) {
        if (settledSide.getClaims() == null || otherSide.getClaims() == null) {
            return null;
        }
        for (Claim settled : settledSide.getClaims()) {
            if (settled.getStatus() != ClaimStatus.AGREED || settled.getPolarity() != Polarity.AFFIRMED
                    || STANDING_COMMITMENT.matcher(settled.getEvidence()).find() || negatedCue(settled) || unsettledCue(settled)) {
                continue;
            }
            final Set<String> settledWords = contentWords(settled.getEvidence());
            for (Claim other : Stream.concat(otherSide.getClaims().stream(), openedOther.stream()).toList()) {
                if (other.getStatus() != ClaimStatus.NOT_IN_FORCE || !StatusReader.UNDECIDED.equals(other.getAction())
                        || other.getPolarity() != Polarity.AFFIRMED
                        || !(other.getTopic().equals(settled.getTopic()) || isFallbackTopic(settled.getTopic())
                        || isFallbackTopic(other.getTopic()))) {
                    continue;
                }
                if (besideDenial(otherSide, other)) {
                    continue;
                }
                final Set<String> shared = new TreeSet<>(contentWords(other.getEvidence()));
                shared.retainAll(settledWords);
                if (shared.size() >= (openedOther.contains(other) ? MIN_SHARED_WORDS_OPENED : MIN_SHARED_WORDS)) {
                    if (reportsAsSettled(otherSide, settledWords, shared)) {
                        continue;
                    }
                    final Finding f = oneWay(settledSide, List.of(settled), otherSide, List.of(other), settled.getTopic(), swapped);
                    return f == null ? null : lowered(f);
                }
            }
        }
        return null;
    }

    /**
     * "The Armenian Minister put forward the proposal to hold the next meeting in Yerevan; the Azerbaijani side stated
     * that the proposal would be considered", "Moscow suggested a joint fund. It was agreed that this idea would be
     * studied further": a clause that leaves open a matter it names only as "the proposal" or "this idea" leaves open
     * the matter of the proposal it directly follows (nothing but punctuation between them). For each such pair the
     * result holds one undecided claim on the proposal's topic whose evidence runs verbatim from the proposal to the end
     * of the open clause. Linear in the statement's claims.
     */
    static List<Claim> openedProposals(Statement s) {
        final List<Claim> claims = s.getClaims();
        if (claims == null || claims.size() < 2 || s.getText() == null) {
            return List.of();
        }
        final List<Claim> byStart = claims.stream()
                .sorted(java.util.Comparator.comparingInt(Claim::getEvidenceStart)).toList();
        final List<Claim> out = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < byStart.size(); i++) {
            final Claim proposal = byStart.get(i);
            if (!PROPOSALS.contains(proposal.getStatus()) || proposal.getPolarity() != Polarity.AFFIRMED) {
                continue;
            }
            final int proposalEnd = proposal.getEvidenceStart() + proposal.getEvidence().length();
            // Claims of the same clause share its start: the next clause is the first claim that starts after it.
            for (int j = i + 1; j < byStart.size(); j++) {
                final Claim open = byStart.get(j);
                if (open.getEvidenceStart() < proposalEnd) {
                    continue;
                }
                if (open.getStatus() == ClaimStatus.NOT_IN_FORCE && StatusReader.UNDECIDED.equals(open.getAction())
                        && open.getPolarity() == Polarity.AFFIRMED && onlyPunctuation(s.getText(), proposalEnd, open.getEvidenceStart())
                        && PROPOSAL_ANAPHOR.matcher(open.getEvidence()).find()) {
                    final int end = open.getEvidenceStart() + open.getEvidence().length();
                    out.add(Claim.newBuilder(open).setTopic(proposal.getTopic())
                            .setEvidence(s.getText().substring(proposal.getEvidenceStart(), Math.min(end, s.getText().length())))
                            .setEvidenceStart(proposal.getEvidenceStart())
                            .setSalience(Math.max(open.getSalience(), proposal.getSalience())).build());
                }
                break;
            }
        }
        return out;
    }

    private static List<Claim> withOpened(List<Claim> onTopic, List<Claim> opened, String topic) {
        if (opened.isEmpty()) {
            return onTopic;
        }
        final List<Claim> out = new java.util.ArrayList<>(onTopic);
        opened.stream().filter(c -> c.getTopic().equals(topic)).forEach(out::add);
        return out;
    }

    private static boolean onlyPunctuation(String text, int from, int to) {
        if (from > to || to > text.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static final Set<ClaimStatus> PROPOSALS = EnumSet.of(ClaimStatus.PROPOSED, ClaimStatus.REQUESTED);

    /** A definite reference back to a proposal: "the proposal", "this idea", "that request", "such an initiative". */
    private static final Pattern PROPOSAL_ANAPHOR = Pattern.compile(
            "\\b(?:the|this|that|these|such an?|its|his|her|their)\\s+(?:\\w+\\s+)?"
                    + "(?:proposals?|ideas?|initiatives?|requests?|offers?|suggestions?|invitations?|plans?)\\b",
            Pattern.CASE_INSENSITIVE);

    private static Finding lowered(Finding f) {
        // Matched by wording rather than by topic: a little less sure than a shared topic.
        return new Finding(f.kind(), f.topic(), f.first(), f.second(), f.excerptFirst(), f.excerptSecond(), f.severity(),
                RuleSupport.clamp(f.confidence() - CROSS_TOPIC_PENALTY), f.explanation());
    }

    private static final int MIN_SHARED_WORDS = 3;
    /**
     * A proposal that the other side left open names its matter in the proposer's own words ("proposed to fully restore
     * the flights to Russian cities"): fewer of them need to recur than for a bare open clause.
     */
    private static final int MIN_SHARED_WORDS_OPENED = 2;
    private static final double CROSS_TOPIC_PENALTY = 0.05;

    private static boolean isFallbackTopic(String topic) {
        return topic != null && topic.startsWith("text.");
    }

    /**
     * Whether the other readout also reports as agreed or announced a clause that shares the settled clause's words and
     * names the matter at stake: at least one of {@code matterWords}, the words the settled clause shares with the open
     * one. "The two sides agreed to hold joint search and rescue exercises …, and agreed to launch joint marine scientific
     * research" is not answered for its research by the other readout's agreed search and rescue exercise.
     */
    private boolean reportsAsSettled(Statement s, Set<String> settledWords, Set<String> matterWords) {
        return s.getClaims().stream().anyMatch(c -> {
            if (!SETTLED.contains(c.getStatus()) || c.getPolarity() != Polarity.AFFIRMED) {
                return false;
            }
            final Set<String> words = contentWords(c.getEvidence());
            return words.stream().filter(settledWords::contains).count() >= MIN_SHARED_WORDS
                    && words.stream().anyMatch(matterWords::contains);
        });
    }

    /**
     * Porter stems of the clause's words of four letters or more, leaving out capitalised words (names, nationalities,
     * sentence starts) and words every readout uses. An unmodifiable set, kept for the clause's next comparison.
     */
    Set<String> contentWords(String text) {
        return contentWordsByClause.get(text);
    }

    private Set<String> analyseContentWords(String text) {
        final Set<String> out = new HashSet<>();
        for (Token t : analyzer.tokens(text)) {
            final String w = t.surface();
            if (w.length() < 4 || !Character.isLetter(w.charAt(0)) || Character.isUpperCase(w.charAt(0))) {
                continue;
            }
            if (!commonStems.contains(t.stem())) {
                out.add(t.stem());
            }
        }
        return Set.copyOf(out);
    }

    /** Readout vocabulary that names no matter: verbs of agreeing and talking, function words, titles. */
    private static final List<String> COMMON_WORDS = Stream.of(
            "agree agreed agreeing agreement agreements their which between party parties sides side would will shall",
            "also with from that this these those into under other others",
            "continue continued continues continuing continuation discuss discussed discussing discussion discussions",
            "propose proposed proposes proposal proposals study studied studies studying",
            "consult consulted consulting consultation consultations consultative",
            "negotiate negotiated negotiating negotiation negotiations negotiator negotiators talks",
            "meeting meetings cooperate cooperation cooperative relate related relation relations relationship",
            "bilateral country countries counterpart counterparts govern government governments governmental",
            "minister ministers ministry ministries ministerial delegation delegations delegate delegates",
            "president presidents presidential presidency leader leaders leadership",
            "office offices official officials officially further within about after before during were been have",
            "they both each joint jointly mutual mutually support supported supporting supports",
            "framework frameworks important importance matter matters issue issues position positions positive",
            "place level levels express expressed expressing state states stated statement statements said",
            "welcome welcomed welcomes welcoming include includes included including")
            .flatMap(line -> Stream.of(line.split(" "))).toList();

    private Finding oneWay(Statement settledSide, List<Claim> settledClaims, Statement otherSide,
                                  List<Claim> otherClaims, String topic, boolean swapped) {
        final Claim settled = settledClaims.stream()
                .filter(c -> SETTLED.contains(c.getStatus()) && c.getPolarity() == Polarity.AFFIRMED
                        && !STANDING_COMMITMENT.matcher(c.getEvidence()).find() && !negatedCue(c) && !unsettledCue(c))
                .findFirst().orElse(null);
        if (settled == null) {
            return null;
        }
        // "Tunisia reiterated its commitment to a comprehensive approach": restating a standing position settles nothing
        // at the meeting, so it does not make the other readout's account agree.
        final boolean signing = signedNow(settled);
        final List<Claim> otherSettled = otherClaims.stream().filter(c -> SETTLED.contains(c.getStatus())
                && !STANDING_COMMITMENT.matcher(c.getEvidence()).find() && !(signing && signatureAhead(c))).toList();
        Claim other = null;
        double conf = 0;
        for (Claim c : otherClaims) {
            if (c.getPolarity() != Polarity.AFFIRMED || OmissionRule.EVALUATIVE_CONDITION.matcher(c.getEvidence()).find()) {
                continue;
            }
            if (besideDenial(otherSide, c)) {
                continue;
            }
            if (LEAVES_DETAIL_OPEN.matcher(settled.getEvidence()).find() && StatusReader.UNDECIDED.equals(c.getAction())) {
                // "agreed to prepare for the next meeting at a mutually convenient date" itself leaves the timing open, as
                // "will keep in communication regarding the next meeting" does: the two accounts agree.
                continue;
            }
            final double k = signing && signatureAhead(c) ? PRE_SIGNATURE_CONFIDENCE : incompatibility(settled.getStatus(), c);
            if (k > conf) {
                conf = k;
                other = c;
            }
        }
        if (other == null || settlesSameMatter(otherSettled, settled, other)) {
            return null;
        }
        conf = RuleSupport.clamp(conf - RuleSupport.reportedPenalty(settled, other));
        return finding(settledSide, settled, settled.getStatus(), otherSide, other, topic, conf, swapped,
                signing && signatureAhead(other));
    }

    /**
     * Whether one of the other readout's settled claims on the topic may be its account of the same matter, so that the
     * two readouts agree. A broad topic ("territory") also gathers unrelated acts: "informed his counterpart about the
     * reconstruction works in the liberated territories" settles nothing about "signed the Regulation on the
     * delimitation commissions", which the other readout says was only initialled. A settled claim is set aside only
     * when it names enough of its own matter to judge by ({@link #MIN_WORDS_TO_JUDGE} content words: "Y agreed to it"
     * names none and still answers for the proposal before it) and shares at most one content word with the settled
     * claim and the open claim it would otherwise answer for taken together; one shared word ("work") is common chance
     * in long readouts, two ("the modalities agreed concern … facilities") already name the matter.
     */
    private boolean settlesSameMatter(List<Claim> otherSettled, Claim settled, Claim open) {
        if (otherSettled.isEmpty()) {
            return false;
        }
        final Set<String> settledOrOpen = new HashSet<>(contentWords(settled.getEvidence()));
        settledOrOpen.addAll(contentWords(open.getEvidence()));
        return otherSettled.stream().anyMatch(c -> {
            final Set<String> words = contentWords(c.getEvidence());
            final Set<String> shared = new HashSet<>(words);
            shared.retainAll(settledOrOpen);
            return words.size() < MIN_WORDS_TO_JUDGE || shared.size() > MAX_UNRELATED_SHARED_WORDS;
        });
    }

    /**
     * "No such understanding exists. Settlements for gas supplies are a matter for the companies, and the ministers took
     * no decisions on this subject": an open account that directly follows (or shares its sentence with) the readout's
     * denial is the denial's reasoning, and the pair is a POLARITY difference, not a STATUS one. True when a denial of
     * the other readout ends where {@code open} starts, with nothing but punctuation and spaces between, or overlaps it.
     */
    static boolean besideDenial(Statement s, Claim open) {
        if (s.getClaims() == null || s.getText() == null || open.getStatus() == ClaimStatus.DENIED) {
            return false;
        }
        final int openStart = open.getEvidenceStart();
        final int openEnd = openStart + open.getEvidence().length();
        for (Claim d : s.getClaims()) {
            if (d.getStatus() != ClaimStatus.DENIED || d.getEvidence() == null) {
                continue;
            }
            final int dStart = d.getEvidenceStart();
            final int dEnd = dStart + d.getEvidence().length();
            if (dStart < openEnd && openStart < dEnd || dEnd <= openStart && onlyPunctuation(s.getText(), dEnd, openStart)) {
                return true;
            }
        }
        return false;
    }

    private static final int MAX_UNRELATED_SHARED_WORDS = 1;
    private static final int MIN_WORDS_TO_JUDGE = 3;

    /**
     * The finding between a settled claim (read as {@code settledStatus}) and the other readout's claim, its statements
     * in the order the pair was given to {@link #compare}.
     */
    private static Finding finding(Statement settledSide, Claim settled, ClaimStatus settledStatus, Statement otherSide,
                                   Claim other, String topic, double conf, boolean swapped) {
        return finding(settledSide, settled, settledStatus, otherSide, other, topic, conf, swapped, false);
    }

    /**
     * As above; when {@code signatureStillAhead}, both accounts read as agreed and what differs is the signature, which
     * the explanation says instead of "agreed … agreed".
     */
    private static Finding finding(Statement settledSide, Claim settled, ClaimStatus settledStatus, Statement otherSide,
                                   Claim other, String topic, double conf, boolean swapped, boolean signatureStillAhead) {
        final double salience = Math.max(settled.getSalience(), other.getSalience());
        if (swapped) {
            return new Finding(AlertKind.STATUS, topic, otherSide, settledSide, other.getEvidence(), settled.getEvidence(),
                    RuleSupport.severity(salience), conf, signatureStillAhead
                    ? Explanations.signatureAhead(otherSide, settledSide, topic)
                    : Explanations.status(otherSide, other.getStatus(), settledSide, settledStatus, topic));
        }
        return new Finding(AlertKind.STATUS, topic, settledSide, otherSide, settled.getEvidence(), other.getEvidence(),
                RuleSupport.severity(salience), conf, signatureStillAhead
                ? Explanations.signed(settledSide, otherSide, topic)
                : Explanations.status(settledSide, settledStatus, otherSide, other.getStatus(), topic));
    }

    /**
     * "The parties agreed to commence technical negotiations on sea access" against "took note of the ideas on possible
     * technical discussions concerning access to the sea … will study these ideas": the matter itself stays open on both
     * sides, but whether talks on it begin is settled on one and only a possibility on the other. Fires when one readout
     * has an agreement to open talks on the topic (read as not in force, since the matter awaits the talks) and the other
     * only an undecided claim that names the talks as possible, proposed or still to be decided on, and no agreement to
     * open them.
     */
    private static Finding talksLaunchedVersusPossible(Statement launchSide, List<Claim> launchClaims, Statement otherSide,
                                                       List<Claim> otherClaims, String topic, boolean swapped) {
        final Claim launch = launchClaims.stream().filter(StatusRule::launchesTalks).findFirst().orElse(null);
        if (launch == null || otherClaims.stream().anyMatch(c -> SETTLED.contains(c.getStatus()) || launchesTalks(c))) {
            return null;
        }
        final Claim open = otherClaims.stream()
                .filter(c -> c.getStatus() == ClaimStatus.NOT_IN_FORCE && StatusReader.UNDECIDED.equals(c.getAction())
                        && c.getPolarity() == Polarity.AFFIRMED && TALKS_ONLY_POSSIBLE.matcher(c.getEvidence()).find())
                .findFirst().orElse(null);
        if (open == null) {
            return null;
        }
        final double conf = RuleSupport.clamp(TALKS_LAUNCH_CONFIDENCE - RuleSupport.reportedPenalty(launch, open));
        return finding(launchSide, launch, ClaimStatus.AGREED, otherSide, open, topic, conf, swapped);
    }

    private static boolean launchesTalks(Claim c) {
        return c.getStatus() == ClaimStatus.NOT_IN_FORCE && c.getPolarity() == Polarity.AFFIRMED
                && TALKS_LAUNCHED.matcher(c.getEvidence()).find();
    }

    private static final double TALKS_LAUNCH_CONFIDENCE = 0.65;
    /** An agreement that leaves its own date or details to be fixed later: "at a mutually convenient date", "on dates to be agreed". */
    private static final Pattern LEAVES_DETAIL_OPEN = Pattern.compile(
            "\\bat (?:a|the) mutually (?:convenient|agreed|acceptable) (?:date|time)\\b"
                    + "|\\b(?:dates?|timing|time|venue|modalities|details) (?:\\w+ ){0,2}?(?:yet )?to be (?:agreed|determined|fixed|decided"
                    + "|finali[sz]ed|coordinated|announced|worked out)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final String TALKS_NOUN = "(?:negotiations?|talks|discussions?|consultations?|dialogue)\\b";
    /** "agreed to commence technical negotiations", "decided to launch formal talks", "agreed that negotiations would begin". */
    private static final Pattern TALKS_LAUNCHED = Pattern.compile(
            "\\b(?:agreed|decided|resolved|consented)\\s+to\\s+(?:\\w+\\s+){0,2}?"
                    + "(?:commence|begin|start|launch|open|initiate|enter\\s+into|hold)\\s+(?:[\\w-]+\\s+){0,2}?" + TALKS_NOUN
                    + "|\\b(?:agreed|decided)\\s+that\\s+(?:[\\w-]+\\s+){0,2}?" + TALKS_NOUN
                    + "(?:\\s+[^,.;]{1,60}?)?\\s+(?:would|will|should|shall)\\s+(?:begin|start|commence|open)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "possible technical discussions", "a proposed dialogue", "whether to enter into negotiations". */
    private static final Pattern TALKS_ONLY_POSSIBLE = Pattern.compile(
            "\\b(?:possible|potential|prospective|eventual|proposed)\\s+(?:[\\w-]+\\s+){0,2}?" + TALKS_NOUN
                    + "|\\b(?:whether|possibility of|idea of|proposal to)\\s+(?:to\\s+)?"
                    + "(?:commence|begin|start|launch|open|initiate|enter\\s+into|hold|starting|launching|opening|holding|beginning)\\b"
                    + "\\s+(?:[\\w-]+\\s+){0,2}?" + TALKS_NOUN,
            Pattern.CASE_INSENSITIVE);

    /**
     * "His Government remained committed to holding elections on schedule", "the parties reaffirmed their commitment to
     * the Concept of Operations": a side restating where it stands settles nothing at the meeting, so it cannot dispute
     * another readout's condition or proposal on the matter.
     */
    private static final Pattern STANDING_COMMITMENT = Pattern.compile(
            "\\b(?:remains?|remained|stays?|stayed) (?:firmly |fully |strongly |deeply )?committed\\b"
                    + "|\\b(?:reaffirm|reiterat|restat|renew)\\w* (?:\\w+ ){0,3}?(?:commitment|adherence|attachment)s? to\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * "Mexico will not accept any unilateral intervention", "the sides have not yet signed the text", "never agreed to
     * a buffer zone": a settlement cue under a negation within a few words before it settles nothing, whatever polarity
     * the claim was given. True when every occurrence of the claim's cue words in its evidence is so negated.
     */
    boolean negatedCue(Claim claim) {
        final String action = claim.getAction();
        if (action == null || action.isBlank() || claim.getEvidence() == null) {
            return false;
        }
        final Matcher m = cuePatterns.get(action).matcher(claim.getEvidence());
        boolean found = false;
        while (m.find()) {
            found = true;
            final String before = claim.getEvidence().substring(Math.max(0, m.start() - NEGATION_REACH_CHARS), m.start());
            final String wider = claim.getEvidence().substring(Math.max(0, m.start() - NEGATED_SUBJECT_REACH_CHARS), m.start());
            if (!NEGATION_BEFORE.matcher(before).find() && !NEGATED_SUBJECT_BEFORE.matcher(wider).find()) {
                return false;
            }
        }
        return found;
    }

    /**
     * "Argentina is ready to sign the agreement once the annex is finalised", "the presidents reaffirmed the border
     * agreement signed in 2019": a settlement cue that a side only stands ready to perform, or that dates an earlier
     * settlement to a past year, settles nothing at the meeting. True when every occurrence of the claim's cue words in
     * its evidence is so framed.
     */
    boolean unsettledCue(Claim claim) {
        final String action = claim.getAction();
        if (action == null || action.isBlank() || claim.getEvidence() == null) {
            return false;
        }
        final String evidence = claim.getEvidence();
        final Matcher m = cuePatterns.get(action).matcher(evidence);
        boolean found = false;
        while (m.find()) {
            found = true;
            final String before = evidence.substring(Math.max(0, m.start() - READINESS_REACH_CHARS), m.start());
            final String after = evidence.substring(m.end(), Math.min(evidence.length(), m.end() + PAST_DATE_REACH_CHARS));
            if (!READINESS_BEFORE.matcher(before).find() && !PAST_YEAR_AFTER.matcher(after).find()) {
                return false;
            }
        }
        return found;
    }

    private static final int READINESS_REACH_CHARS = 40;
    private static final int PAST_DATE_REACH_CHARS = 20;
    /** "is ready to sign", "stands ready to accept", "are willing to conclude", "prepared to approve": readiness, not an act. */
    private static final Pattern READINESS_BEFORE = Pattern.compile(
            "\\b(?:ready|willing|prepared|readiness|willingness|intends?|intention|hopes?|hoping)\\s+to\\s+(?:[\\w-]+\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** "signed in 2019", "concluded last year": the cue dates an earlier settlement. */
    private static final Pattern PAST_YEAR_AFTER = Pattern.compile(
            "^\\s+(?:in\\s+(?:19|20)\\d\\d\\b|last\\s+year\\b|(?:\\w+\\s+)?years?\\s+ago\\b)",
            Pattern.CASE_INSENSITIVE);

    private static final int NEGATION_REACH_CHARS = 40;
    private static final int NEGATED_SUBJECT_REACH_CHARS = 90;
    /**
     * "no development work, including fencing, will be carried out", "no decision was announced": a cue whose subject is
     * under "no" says nothing of the kind happened. The subject is at most six words long, possibly with one inserted
     * comma-bounded phrase, and stands right before the cue's auxiliary. "No later than", "no more than" are dates and
     * limits, not negations.
     */
    private static final Pattern NEGATED_SUBJECT_BEFORE = Pattern.compile(
            "(?:^|[^\\w-])no\\s+(?!(?:later|sooner|less|more|longer|doubt)\\b)[\\w-]+(?:\\s+[\\w-]+){0,5}"
                    + "(?:\\s*,[^,.;]{1,40},)?\\s+(?:will|would|shall|can|could|may|might|is|are|was|were|has|have|had)"
                    + "(?:\\s+(?:yet|ever|also))?(?:\\s+be(?:en)?)?\\s+$",
            Pattern.CASE_INSENSITIVE);
    /**
     * A negation at most two words before the cue ("will not accept", "has not yet formally signed"), in the same clause;
     * "not only agreed" is an emphasis, not a negation.
     */
    private static final Pattern NEGATION_BEFORE = Pattern.compile(
            "(?:\\b(?:not(?!\\s+only\\b)|never|no longer)\\b|n't)(?:\\s+[\\w-]+){0,2}\\s+$",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> PRE_SIGNATURE = Set.of("initialled", "initialed");
    /** An initialled text, or one whose signature is still ahead, against a text signed at the meeting. */
    private static final double PRE_SIGNATURE_CONFIDENCE = 0.65;

    /**
     * "the parties signed a Roadmap", "an intergovernmental agreement … was signed in the presence of the leaders": the
     * settled clause reports a signature as done, not one to come ("to be signed", "will be signed") nor a negated one.
     */
    private static final Pattern SIGNED_NOW = Pattern.compile(
            "(?<!\\bbe\\s)(?<!\\bto\\s)(?<!\\bnot\\s)(?<!\\byet\\s)(?<!\\bnever\\s)\\b(?:signed|inked)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * "agreed to finalise a Roadmap … with a view to its signature at the ministerial meeting", "an agreement …, which
     * is due to be signed in the coming months", "to be signed at a later date": the text is settled or nearly so, but
     * its signature is a step still to come, a weaker stage than signed, as an initialled text is. Read so only against
     * a signature reported as done: on its own, a text "will be signed in Doha" agrees with a decision that it will be.
     */
    private static final Pattern SIGNATURE_AHEAD = Pattern.compile(
            "\\bwith a view to (?:its |their |the )?(?:signature|signing)\\b"
                    + "|\\b(?:due|expected|scheduled|set|slated|planned|yet|ready) to be signed\\b"
                    + "|\\bto be signed (?:at a (?:later|future) (?:date|stage)|later|in the coming|at the (?:next|upcoming|forthcoming))"
                    + "|\\b(?:will|would) be signed (?:at a (?:later|future) (?:date|stage)|later|in the coming)"
                    + "|\\b(?:ready|open|pending|prepared) for (?:its |their )?(?:signature|signing)\\b"
                    + "|\\bpending (?:its |their )?signature\\b",
            Pattern.CASE_INSENSITIVE);

    /*
     * The signature cues of a settled claim's evidence, read once per evidence: the settled side is tested against
     * every claim of every other readout of its event, and these scans were a twentieth of comparison time.
     */
    private final CachedFind signedNowCues = new CachedFind(SIGNED_NOW, CACHED_CLAUSES);
    private final CachedFind signatureAheadCues = new CachedFind(SIGNATURE_AHEAD, CACHED_CLAUSES);

    private boolean signedNow(Claim settled) {
        return settled.getEvidence() != null && signedNowCues.in(settled.getEvidence())
                && !signatureAheadCues.in(settled.getEvidence());
    }

    /** Whether the claim leaves the signature of its text still to come, and reports no signature as done. */
    private static boolean signatureAhead(Claim c) {
        return c.getPolarity() == Polarity.AFFIRMED && c.getEvidence() != null
                && SIGNATURE_AHEAD.matcher(c.getEvidence()).find() && !SIGNED_NOW.matcher(c.getEvidence()).find();
    }

    static double incompatibility(ClaimStatus settled, Claim other) {
        if (other.getStatus() == ClaimStatus.NOT_IN_FORCE && StatusReader.UNDECIDED.equals(other.getAction())) {
            return 0.7;
        }
        if (other.getStatus() == ClaimStatus.NOT_IN_FORCE && PRE_SIGNATURE.contains(other.getAction())) {
            // An initialled text is agreed by negotiators but not yet signed: "signed today" disputes it.
            return 0.65;
        }
        return switch (other.getStatus()) {
            case REJECTED, DENIED -> 0.8;
            case CONDITIONAL -> 0.6;
            // A proposal is often accepted in the next sentence without naming the subject again
            // ("Putin reacted positively to this idea"), so this alone stays under the default threshold.
            case PROPOSED, REQUESTED -> settled == ClaimStatus.AGREED ? 0.45 : 0;
            default -> 0;
        };
    }
}
