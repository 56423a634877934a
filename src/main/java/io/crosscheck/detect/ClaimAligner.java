package io.crosscheck.detect;

import io.crosscheck.avro.Claim;
import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Statement;
import io.crosscheck.claims.InitiativeReader;
import io.crosscheck.claims.TextClaimExtractor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Pairs claims on subjects the topic lexicon does not name with the other readout's claim on the same
 * matter, so that the rules, which compare claims topic by topic, see them together. Input: the two
 * statements of a pair, claims filled in. Output: the same two statements where each unnamed claim
 * ({@code text.*} topic) whose clause aligns lexically with a clause of the other statement (cosine of
 * Lucene-stemmed content terms, via {@link SentenceAligner}, at least {@link #MIN_SIMILARITY}) takes
 * that claim's topic (a shared figure unit or a shared proper name adds to the similarity). Lexicon topics are never rewritten. Deterministic (ties go to the earlier claim);
 * stateless apart from the aligner, thread-safe.
 */
public final class ClaimAligner {

    /** Clauses on the same matter share most content words; one shared word in short clauses is not enough. */
    static final double MIN_SIMILARITY = 0.4;

    /** Two clauses counting the same unit are likely about the same thing even when worded apart. */
    static final double MEASURE_BONUS = 0.1;

    /**
     * Two clauses naming the same body or programme ("a regional Water and Energy Council", "a Central Asian Water
     * and Energy Council") are about it even when the rest of their wording differs; two shared name bigrams are
     * needed, so that one place name ("the Black Sea") is not enough.
     */
    static final double NAME_BONUS = 0.2;
    private static final int MIN_SHARED_NAME_BIGRAMS = 2;

    private final SentenceAligner aligner;

    public ClaimAligner(SentenceAligner aligner) {
        this.aligner = aligner;
    }

    /** The pair with unnamed topics aligned: {@code [a', b']}. */
    public Statement[] align(Statement a, Statement b) {
        final List<Claim> bAligned = retopic(b.getClaims(), a.getClaims());
        final List<Claim> aAligned = retopic(a.getClaims(), bAligned);
        return new Statement[]{withClaims(a, aAligned), withClaims(b, bAligned)};
    }

    private List<Claim> retopic(List<Claim> claims, List<Claim> others) {
        final List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            if (!unnamed(c)) {
                out.add(c);
                continue;
            }
            Claim best = null;
            double bestSim = MIN_SIMILARITY;
            for (Claim o : others) {
                if (InitiativeReader.CREDITED_TOPICS.contains(o.getTopic()) && !INITIATIVE_STATUSES.contains(c.getStatus())) {
                    // "At the proposal of Sri Lanka, the three agreed to set up a cell" is filed under who proposed it
                    // and under what was agreed; an unnamed clause on the same matter belongs with the latter.
                    continue;
                }
                final double sim = similarity(c.getEvidence(), o.getEvidence()) + (sameMeasure(c, o) ? MEASURE_BONUS : 0)
                        + (sameName(c, o) ? NAME_BONUS : 0) + (manySharedTerms(c, o) ? SHARED_TERMS_BONUS : 0);
                if (sim >= bestSim && (best == null || sim > bestSim)) {
                    best = o;
                    bestSim = sim;
                }
            }
            out.add(best == null || best.getTopic().equals(c.getTopic()) ? c
                    : Claim.newBuilder(c).setTopic(best.getTopic()).build());
        }
        return out;
    }

    /**
     * The closest pair of sentences of the two evidences: a claim carried over two sentences (a request and,
     * next, that it "would be evaluated") is about what its first sentence says, and its second sentence must
     * not dilute the match.
     */
    private double similarity(String a, String b) {
        return aligner.closestSentences(a, b);
    }

    /** Both clauses give a figure in the same unit ("1.5 million tonnes of wheat", "two million tonnes"). */
    private static boolean sameMeasure(Claim c, Claim o) {
        return c.getQuantities().stream().anyMatch(q -> o.getQuantities().stream()
                .anyMatch(p -> NumericRule.comparable(q, p)));
    }

    private boolean sameName(Claim c, Claim o) {
        final Set<String> shared = new HashSet<>(aligner.nameBigrams(c.getEvidence()));
        shared.retainAll(aligner.nameBigrams(o.getEvidence()));
        return shared.size() >= MIN_SHARED_NAME_BIGRAMS;
    }

    /**
     * Four or more content words in common ("the proposal to establish a maritime domain awareness cell in Colombo"
     * and "agreed to set up a Trilateral Maritime Domain Awareness Cell in Colombo") name one matter even when the
     * clauses' other words dilute the cosine: a long readout sentence says more around the same point.
     */
    static final double SHARED_TERMS_BONUS = 0.1;
    static final int MANY_SHARED_TERMS = 4;

    private boolean manySharedTerms(Claim c, Claim o) {
        final Set<String> terms = aligner.terms(c.getEvidence());
        return aligner.terms(o.getEvidence()).stream().filter(terms::contains).count() >= MANY_SHARED_TERMS;
    }

    /** An unnamed clause saying who proposed or asked ("The President proposed …") does belong with an initiative. */
    private static final Set<ClaimStatus> INITIATIVE_STATUSES = java.util.EnumSet.of(ClaimStatus.PROPOSED,
            ClaimStatus.REQUESTED, ClaimStatus.DEMANDED);

    private static boolean unnamed(Claim c) {
        return c.getTopic().startsWith(TextClaimExtractor.UNNAMED_PREFIX);
    }

    private static Statement withClaims(Statement s, List<Claim> claims) {
        return claims.equals(s.getClaims()) ? s : Statement.newBuilder(s).setClaims(claims).build();
    }
}
