package io.crosscheck.detect;

import io.crosscheck.avro.AlertKind;
import io.crosscheck.avro.Claim;
import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Polarity;
import io.crosscheck.avro.Statement;
import io.crosscheck.claims.ActorResolver;
import io.crosscheck.claims.TermAnalyzer;
import io.crosscheck.claims.TextClaimExtractor;
import io.crosscheck.claims.Token;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ATTRIBUTION: the statements credit the same initiative on a topic — proposing, requesting,
 * demanding, brokering — to different actors ("Trump suggested" against "at the Russian side's
 * initiative"), or one denies that any third party mediated while the other credits a mediator.
 * Input: two statements with claims; output: at most one finding per topic.
 * <p>
 * Each statement is read in its own voice: a claim it only reports from someone else ("the Chinese
 * readout says the call took place at the request of the U.S. side") gives way to one it makes itself.
 * Joint subjects ("both leaders"), co-initiatives and unknown actors never fire; a statement that names
 * both actors for the topic does not fire either, nor do two names of one party — an issuer that signs
 * in a role ("Department of Foreign Affairs of the Philippines (ASEAN Chair)") is both the country and
 * the body it speaks for. Thread-safe.
 */
public final class AttributionRule implements ContradictionRule {

    private static final Set<ClaimStatus> INITIATIVE = EnumSet.of(ClaimStatus.PROPOSED, ClaimStatus.REQUESTED,
            ClaimStatus.DEMANDED);
    private static final String MEDIATION = "mediation";
    /** Who rammed, struck or opened fire: whatever the verb's status, naming a different agent is a dispute of blame. */
    private static final String INCIDENT_AGENT = "incident-agent";
    /** A denial of any third-party role is plainer than a differing credit, and rarer to be misread: a bit less sure. */
    private static final double DENIAL_CONFIDENCE = 0.65;

    private final TermAnalyzer analyzer;
    private final ActorResolver actors;

    public AttributionRule() {
        this(new TermAnalyzer());
    }

    public AttributionRule(TermAnalyzer analyzer) {
        this.analyzer = analyzer;
        this.actors = ActorResolver.loadDefault(analyzer);
    }

    @Override
    public AlertKind kind() {
        return AlertKind.ATTRIBUTION;
    }

    @Override
    public List<Finding> compare(Statement original, Statement other) {
        final Statement a = withMatterCredits(withNamedProposals(original));
        final Statement b = withMatterCredits(withNamedProposals(other));
        return RuleSupport.perSharedTopic(a, b, (topic, xa, xb) -> {
            final List<Claim> ownA = ownVoice(xa, topic);
            final List<Claim> ownB = ownVoice(xb, topic);
            final Claim x = ownA.isEmpty() ? null : ownA.get(0);
            final Claim y = ownB.isEmpty() ? null : ownB.get(0);
            if (x == null || y == null) {
                if (topic.equals(INITIATIVE_TOPIC) && x != y) {
                    return y != null ? soleAgainstJoint(a, xa, b, y, true) : soleAgainstJoint(b, xb, a, x, false);
                }
                if (!topic.equals(MEDIATION) || x == y) {
                    return null;
                }
                return y != null ? denial(a, xa, b, y, topic, true) : denial(b, xb, a, x, topic, false);
            }
            if (x.getActor().equals(y.getActor()) || onePartyAmong(x.getActor(), y.getActor(), a, b)) {
                return null;
            }
            if (actorsOf(ownA).contains(y.getActor()) || actorsOf(ownB).contains(x.getActor())) {
                return null;
            }
            if (topic.startsWith(TextClaimExtractor.UNNAMED_PREFIX) && selfCredit(a, x) && selfCredit(b, y)) {
                return null;
            }
            final double conf = RuleSupport.clamp(0.7 - RuleSupport.reportedPenalty(x, y));
            return new Finding(AlertKind.ATTRIBUTION, topic, a, b, x.getEvidence(), y.getEvidence(),
                    RuleSupport.severity(Math.max(x.getSalience(), y.getSalience())), conf,
                    Explanations.attribution(a, x.getActor(), b, y.getActor(), topic));
        });
    }

    /**
     * "No third party had any role in it" against "our engagement helped bring the two sides to this understanding":
     * the denier says no one mediated, the other credits a mediator other than the denier's own state.
     */
    private static Finding denial(Statement denier, List<Claim> denierClaims, Statement crediting, Claim credit,
                                  String topic, boolean denierFirst) {
        final Claim denied = denierClaims.stream()
                .filter(c -> c.getActor() == null && c.getAssertedBy() == null
                        && (c.getPolarity() == Polarity.NEGATED && c.getStatus() == ClaimStatus.STATED
                        || WITHOUT_GO_BETWEEN.matcher(c.getEvidence()).find()))
                .findFirst().orElse(null);
        if (denied == null || credit.getActor().equals(denier.getIssuerCountry())) {
            return null;
        }
        final String explanation = String.format(Locale.ROOT, "%s says no third party had a role in the %s; %s credits it to %s.",
                Explanations.issuer(denier, true), Explanations.topicWords(topic), Explanations.issuer(crediting, false),
                credit.getActor());
        final double salience = Math.max(denied.getSalience(), credit.getSalience());
        final double conf = RuleSupport.clamp(DENIAL_CONFIDENCE - RuleSupport.reportedPenalty(credit));
        return inPairOrder(denierFirst, topic, denier, denied, crediting, credit, salience, conf, explanation);
    }

    /**
     * "The meeting was convened at the joint request of the two Governments" against "convened at the initiative of the
     * Government of Ethiopia": one readout says the step was asked for by both, the other credits one side alone. Only
     * a credit phrase that says it was joint counts (a joint subject of some other verb credits no one), in the
     * statement's own voice; a bit less sure than two differing names.
     */
    private static Finding soleAgainstJoint(Statement joint, List<Claim> jointClaims, Statement sole, Claim credit,
                                            boolean jointFirst) {
        final Claim shared = jointClaims.stream()
                .filter(c -> (c.getActor() == null || ActorResolver.BOTH.equals(c.getActor())) && c.getAssertedBy() == null
                        && c.getPolarity() != Polarity.NEGATED && JOINT_CREDIT.matcher(c.getEvidence()).find())
                .findFirst().orElse(null);
        if (shared == null || JOINT_CREDIT.matcher(credit.getEvidence()).find()) {
            return null;
        }
        final String explanation = String.format(Locale.ROOT, "%s says the %s was a joint request of the parties; %s credits it to %s alone.",
                Explanations.issuer(joint, true), Explanations.topicWords(INITIATIVE_TOPIC), Explanations.issuer(sole, false),
                credit.getActor());
        final double salience = Math.max(shared.getSalience(), credit.getSalience());
        final double conf = RuleSupport.clamp(JOINT_CONFIDENCE - RuleSupport.reportedPenalty(credit));
        return inPairOrder(jointFirst, INITIATIVE_TOPIC, joint, shared, sole, credit, salience, conf, explanation);
    }

    /** A finding between {@code one} and {@code other}, its statements and evidence in the order the pair was given. */
    private static Finding inPairOrder(boolean oneFirst, String topic, Statement one, Claim oneClaim, Statement other,
                                       Claim otherClaim, double salience, double conf, String explanation) {
        return oneFirst
                ? new Finding(AlertKind.ATTRIBUTION, topic, one, other, oneClaim.getEvidence(), otherClaim.getEvidence(),
                RuleSupport.severity(salience), conf, explanation)
                : new Finding(AlertKind.ATTRIBUTION, topic, other, one, otherClaim.getEvidence(), oneClaim.getEvidence(),
                RuleSupport.severity(salience), conf, explanation);
    }

    private static final double JOINT_CONFIDENCE = 0.6;

    /** "at the joint request of", "on the joint initiative of", "at the request of both sides", "jointly proposed by". */
    private static final Pattern JOINT_CREDIT = Pattern.compile(
            "\\b(?:(?:at|on|upon|by)\\s+(?:the\\s+)?joint\\s+(?:request|initiative|invitation|proposal)"
                    + "|(?:request|initiative|invitation|proposal)\\s+of\\s+both\\s+(?:sides|parties|governments|countries|leaders)"
                    + "|jointly\\s+(?:proposed|requested|initiated))\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * "following direct exchanges between the two Heads of State, without any intermediary", "with no third-party
     * mediation": a preposition, not a negation cue, denies any go-between.
     */
    private static final Pattern WITHOUT_GO_BETWEEN = Pattern.compile(
            "\\b(?:without|with no)\\s+(?:any\\s+)?(?:(?:third[- ]party|outside|external|foreign)\\s+)?"
                    + "(?:intermediar|mediat|facilitat|go-between)", Pattern.CASE_INSENSITIVE);

    /** Credit nouns that name the step itself as someone's idea; a request or invitation is only to meet or talk. */
    private static final Pattern PROPOSAL_CREDIT = Pattern.compile("\\b(?:proposals?|suggestions?|initiatives?)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * "At the proposal of the Mauritanian side, the two parties agreed to expand the programme": the credit phrase
     * says whose idea the clause's matter was, so the statement also credits that actor with proposing the matter,
     * comparable with another readout's "Spain proposed to expand the programme". Added beside the statement's own
     * claims for topics the lexicon names, from the same clause only; a matter already credited keeps its credit.
     */
    private static Statement withMatterCredits(Statement s) {
        final List<Claim> claims = s.getClaims() == null ? List.of() : s.getClaims();
        final List<Claim> derived = new ArrayList<>();
        for (Claim credit : claims) {
            if (!credit.getTopic().equals(INITIATIVE_TOPIC) || !credits(credit, INITIATIVE_TOPIC)
                    || !PROPOSAL_CREDIT.matcher(credit.getEvidence()).find()) {
                continue;
            }
            for (Claim matter : claims) {
                if (matter.getEvidenceStart() == credit.getEvidenceStart() && isMatter(matter.getTopic())
                        && !credits(matter, matter.getTopic())) {
                    derived.add(Claim.newBuilder(matter).setStatus(ClaimStatus.PROPOSED).setActor(credit.getActor())
                            .setAssertedBy(credit.getAssertedBy()).build());
                }
            }
        }
        if (derived.isEmpty()) {
            return s;
        }
        final List<Claim> all = new ArrayList<>(claims);
        all.addAll(derived);
        return Statement.newBuilder(s).setClaims(all).build();
    }

    /** Nouns naming a step as someone's idea; the proposer stands right before them or behind "by"/"from". */
    private static final Set<String> PROPOSAL_NOUNS = Set.of("proposal", "proposals", "suggestion", "suggestions",
            "initiative");
    private static final Set<String> PROPOSER_LINKS = Set.of("by", "from");

    /**
     * "The Prime Minister accepted the Ukrainian proposal to establish a working group", "welcomed Chile's initiative to
     * hold a summit", "took up the proposal by Egypt to": the clause's matter is credited to the actor whose proposal it
     * names, whoever accepted it. Added beside the statement's claims, for matter claims of that clause that credit no
     * one yet, so that another readout's "at the proposal of the Polish side, a working group will be set up" compares.
     */
    private Statement withNamedProposals(Statement s) {
        final List<Claim> claims = s.getClaims() == null ? List.of() : s.getClaims();
        final List<Claim> derived = new ArrayList<>();
        String lastEvidence = null;
        String proposer = null;
        for (Claim matter : claims) {
            if (!isMatter(matter.getTopic()) || credits(matter, matter.getTopic()) || matter.getPolarity() == Polarity.NEGATED
                    || !PROPOSAL_CREDIT.matcher(matter.getEvidence()).find()) {
                continue;
            }
            if (!matter.getEvidence().equals(lastEvidence)) {
                lastEvidence = matter.getEvidence();
                proposer = proposerNamed(lastEvidence, s.getIssuerCountry());
            }
            if (proposer != null) {
                derived.add(Claim.newBuilder(matter).setStatus(ClaimStatus.PROPOSED).setActor(proposer).build());
            }
        }
        if (derived.isEmpty()) {
            return s;
        }
        final List<Claim> all = new ArrayList<>(claims);
        all.addAll(derived);
        return Statement.newBuilder(s).setClaims(all).build();
    }

    /** The single actor whose proposal the clause names ("the Ukrainian proposal", "the proposal by Egypt"), or null. */
    private String proposerNamed(String evidence, String issuerCountry) {
        final List<Token> tokens = analyzer.tokens(evidence);
        final List<ActorResolver.Mention> mentions = actors.mentions(tokens, issuerCountry, null);
        String found = null;
        for (int i = 0; i < tokens.size(); i++) {
            if (!PROPOSAL_NOUNS.contains(tokens.get(i).surface().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (ActorResolver.Mention m : mentions) {
                final boolean before = m.to() == i;
                final boolean behind = i + 1 < tokens.size() && PROPOSER_LINKS.contains(tokens.get(i + 1).stem())
                        && !tokens.get(i + 1).breakBefore() && (m.from() == i + 2
                        || m.from() == i + 3 && tokens.get(i + 2).stem().equals("the"));
                if ((before || behind) && !ActorResolver.BOTH.equals(m.actor()) && !tokens.get(i).breakBefore()) {
                    if (found != null && !found.equals(m.actor())) {
                        return null;
                    }
                    found = m.actor();
                }
            }
        }
        return found;
    }

    private static boolean isMatter(String topic) {
        return !topic.equals(INITIATIVE_TOPIC) && !topic.equals(MEDIATION) && !topic.equals(INCIDENT_AGENT) && !topic.startsWith(TextClaimExtractor.UNNAMED_PREFIX);
    }

    private static final String INITIATIVE_TOPIC = "initiative";

    private static boolean credits(Claim c, String topic) {
        return c.getActor() != null && !ActorResolver.BOTH.equals(c.getActor())
                && (INITIATIVE.contains(c.getStatus()) || topic.equals(MEDIATION) || topic.equals(INCIDENT_AGENT));
    }

    /**
     * The claims crediting someone on the topic, in the statement's own voice when it has any: a claim reported
     * from another party is what the statement answers, not what it says.
     */
    private static List<Claim> ownVoice(List<Claim> claims, String topic) {
        final List<Claim> credited = claims.stream().filter(c -> credits(c, topic)).toList();
        final List<Claim> own = credited.stream().filter(c -> c.getAssertedBy() == null).toList();
        return own.isEmpty() ? credited : own;
    }

    private static Set<String> actorsOf(List<Claim> claims) {
        final Set<String> out = new TreeSet<>();
        for (Claim c : claims) {
            out.add(c.getActor());
        }
        return out;
    }

    /**
     * "India urged the release of its fishermen" and "Sri Lanka emphasised that bottom trawling must cease": on a
     * matter the lexicon does not name, the topic is only shared words, and two readouts each crediting their own
     * side with an ask are each side stating its own position, not a dispute over who made one ask. Named matters
     * ("at the initiative of the Ukrainian side" against "called on the Commission's initiative") still compare.
     */
    private boolean selfCredit(Statement s, Claim c) {
        return roles(s).contains(c.getActor());
    }

    /** Whether one of the statements' issuers is both actors: its own country and a body its name says it speaks for. */
    private boolean onePartyAmong(String x, String y, Statement a, Statement b) {
        for (Statement s : List.of(a, b)) {
            final Set<String> roles = roles(s);
            if (roles.contains(x) && roles.contains(y)) {
                return true;
            }
        }
        return false;
    }

    /** The actors an issuer stands for: its country and the body it speaks for ("Mali (on behalf of the AES)"). */
    private Set<String> roles(Statement s) {
        final Set<String> out = new TreeSet<>();
        final String country = actors.issuerCountry(s.getIssuer(), s.getIssuerCountry());
        if (country != null) {
            out.add(country);
        }
        final Matcher role = ROLE_IN_BRACKETS.matcher(s.getIssuer() == null ? "" : s.getIssuer());
        while (role.find()) {
            for (ActorResolver.Mention m : actors.mentions(analyzer.tokens(role.group(1)), country, null)) {
                if (!ActorResolver.BOTH.equals(m.actor())) {
                    out.add(m.actor());
                }
            }
        }
        return out;
    }

    /**
     * The role an issuer signs in stands in brackets after its name ("(ASEAN Chair)", "(on behalf of the AES)"); the
     * name itself may mention other bodies ("Chancellery", "Office of the UN Special Envoy for Yemen") that it is not.
     */
    private static final Pattern ROLE_IN_BRACKETS = Pattern.compile("\\(([^)]*)\\)");
}
