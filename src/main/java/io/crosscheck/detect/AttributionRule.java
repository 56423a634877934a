package io.crosscheck.detect;

import io.crosscheck.avro.AlertKind;
import io.crosscheck.avro.Claim;
import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Statement;
import io.crosscheck.claims.ActorResolver;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * ATTRIBUTION: the statements credit the same initiative on a topic — proposing, requesting,
 * demanding, brokering — to different actors ("Trump suggested" against "at the Russian side's
 * initiative"). Joint subjects ("both leaders") and unknown actors never fire; a statement that
 * names both actors for the topic does not fire either. One finding per topic.
 */
public final class AttributionRule implements ContradictionRule {

    private static final Set<ClaimStatus> INITIATIVE = EnumSet.of(ClaimStatus.PROPOSED, ClaimStatus.REQUESTED,
            ClaimStatus.DEMANDED);

    @Override
    public AlertKind kind() {
        return AlertKind.ATTRIBUTION;
    }

    @Override
    public List<Finding> compare(Statement a, Statement b) {
        return RuleSupport.perSharedTopic(a, b, (topic, xa, xb) -> {
            final Claim x = firstCredited(xa, topic);
            final Claim y = firstCredited(xb, topic);
            if (x == null || y == null || x.getActor().equals(y.getActor())) {
                return null;
            }
            if (actors(xa, topic).contains(y.getActor()) || actors(xb, topic).contains(x.getActor())) {
                return null;
            }
            final double conf = RuleSupport.clamp(0.7 - RuleSupport.reportedPenalty(x, y));
            return new Finding(AlertKind.ATTRIBUTION, topic, a, b, x.getEvidence(), y.getEvidence(),
                    RuleSupport.severity(Math.max(x.getSalience(), y.getSalience())), conf,
                    Explanations.attribution(a, x.getActor(), b, y.getActor(), topic));
        });
    }

    private static boolean credits(Claim c, String topic) {
        return c.getActor() != null && !ActorResolver.BOTH.equals(c.getActor())
                && (INITIATIVE.contains(c.getStatus()) || topic.equals("mediation"));
    }

    private static Claim firstCredited(List<Claim> claims, String topic) {
        return claims.stream().filter(c -> credits(c, topic)).findFirst().orElse(null);
    }

    private static Set<String> actors(List<Claim> claims, String topic) {
        final Set<String> out = new TreeSet<>();
        for (Claim c : claims) {
            if (credits(c, topic)) {
                out.add(c.getActor());
            }
        }
        return out;
    }
}
