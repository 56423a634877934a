package io.crosscheck.detect;

import io.crosscheck.avro.AlertKind;
import io.crosscheck.avro.Claim;
import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SCOPE: both statements describe the same action on a topic but with different coverage, e.g.
 * [energy, infrastructure] against [energy-infrastructure]. Coverages must be related (share a
 * component, or be full against partial/specific, direct against indirect) — a Black Sea ceasefire
 * and an energy ceasefire are two actions, not one action with two scopes — and neither statement
 * may also state the other's coverage. One finding per topic.
 */
public final class ScopeRule implements ContradictionRule {

    private static final double SHARED_COMPONENT = 0.8;
    private static final double EXTENT_OPPOSITION = 0.7;
    private static final Set<Set<String>> OPPOSED_EXTENTS = Set.of(
            Set.of("direct", "indirect"), Set.of("full", "partial"), Set.of("all", "one-only"), Set.of("full", "local"));

    @Override
    public AlertKind kind() {
        return AlertKind.SCOPE;
    }

    @Override
    public List<Finding> compare(Statement a, Statement b) {
        return RuleSupport.perSharedTopic(a, b, (topic, xa, xb) -> {
            Finding best = null;
            for (Claim ca : xa) {
                for (Claim cb : xb) {
                    final double relation = relation(ca, cb, xa, xb);
                    if (relation <= 0) {
                        continue;
                    }
                    final double conf = RuleSupport.clamp(relation - RuleSupport.reportedPenalty(ca, cb));
                    if (best == null || conf > best.confidence()) {
                        best = new Finding(AlertKind.SCOPE, topic, a, b, ca.getEvidence(), cb.getEvidence(),
                                RuleSupport.severity(Math.max(ca.getSalience(), cb.getSalience()) + 0.15), conf,
                                Explanations.scope(a, ca.getScope(), b, cb.getScope(), topic));
                    }
                }
            }
            return best;
        });
    }

    /** Confidence that the two claims give one action two coverages; 0 if they agree or are unrelated. */
    private static double relation(Claim ca, Claim cb, List<Claim> allA, List<Claim> allB) {
        final Set<String> sa = coverage(ca);
        final Set<String> sb = coverage(cb);
        if (sa.isEmpty() || sb.isEmpty() || sa.equals(sb) || agenda(ca) || agenda(cb)) {
            return 0;
        }
        if (mentions(allA, sb) || mentions(allB, sa)) {
            return 0;
        }
        if (!components(sa).isEmpty() && intersects(components(sa), components(sb))) {
            return SHARED_COMPONENT;
        }
        if (!(inForce(ca) && inForce(cb))) {
            return 0;
        }
        for (Set<String> pair : OPPOSED_EXTENTS) {
            if (pairSplit(pair, sa, sb)) {
                return EXTENT_OPPOSITION;
            }
        }
        // "all commercial vessels" against "vessels carrying grain and fertiliser": everything against a named part.
        if (universal(sa) != universal(sb) && !components(universal(sa) ? sb : sa).isEmpty()) {
            return EXTENT_OPPOSITION;
        }
        return 0;
    }

    /**
     * Scope words that restate the topic ("maritime" of maritime navigation) say nothing about coverage, and those read
     * only inside the claim's condition ("only after … Russian ships carrying grain and fertilisers regain access to
     * foreign ports") say what the other side must do first, not what the action covers.
     */
    private static Set<String> coverage(Claim c) {
        final Set<String> topicWords = Set.of(c.getTopic().split("[-.]"));
        final Set<String> out = new HashSet<>();
        for (String s : c.getScope()) {
            if (!topicWords.contains(s) && !onlyInCondition(s, c) && !onlyAsExample(s, c)) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Whether every word of scope atom {@code atom} occurs in the claim's condition and nowhere else in its evidence.
     * Atoms are lexicon words ("fertiliser", "energy-infrastructure"), so a word is found by its first letters
     * ("fertilis" in "fertilisers"); an atom the evidence words differently ("full" for "complete") is kept.
     */
    static boolean onlyInCondition(String atom, Claim c) {
        final String condition = c.getCondition();
        if (condition == null || condition.isBlank()) {
            return false;
        }
        final String conditionText = condition.toLowerCase(Locale.ROOT);
        final String evidence = c.getEvidence().toLowerCase(Locale.ROOT);
        final int at = evidence.indexOf(conditionText.strip());
        final String outside = at < 0 ? evidence : evidence.substring(0, at) + " " + evidence.substring(at + conditionText.strip().length());
        for (String word : atom.split("-")) {
            final Pattern stem = Pattern.compile("\\b" + Pattern.quote(word.substring(0, Math.min(word.length(),
                    Math.max(MIN_STEM, word.length() - 2)))));
            if (!stem.matcher(conditionText).find() || stem.matcher(outside).find()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether every word of scope atom {@code atom} is read only after an example cue of the claim's evidence ("ease
     * sanctions on agricultural products such as grain and fertiliser"): examples name part of what a general word
     * already covers, not a coverage of their own.
     */
    static boolean onlyAsExample(String atom, Claim c) {
        final String evidence = c.getEvidence().toLowerCase(Locale.ROOT);
        final java.util.regex.Matcher cue = EXAMPLE_CUE.matcher(evidence);
        if (!cue.find()) {
            return false;
        }
        final String before = evidence.substring(0, cue.start());
        final String after = evidence.substring(cue.end());
        for (String word : atom.split("-")) {
            final String stem = word.substring(0, Math.min(word.length(), Math.max(MIN_STEM, word.length() - 2)));
            if (!hasWordStarting(after, stem) || hasWordStarting(before, stem)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word of {@code text} begins with {@code stem}. */
    private static boolean hasWordStarting(String text, String stem) {
        for (int at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern EXAMPLE_CUE = Pattern.compile(
            "\\b(?:such as|including|notably|in particular|for example|for instance|among them)\\b");

    /**
     * "The parties discussed energy cooperation and border infrastructure", "the meeting focused on energy and
     * infrastructure": a list of what was talked about is an agenda, and one side naming more subjects is no dispute
     * over what an action covers. A sentence that also reports an agreement keeps its coverage.
     */
    static boolean agenda(Claim c) {
        // Read from the evidence, not the status: "the agreement will cover …" can be tagged DISCUSSED by its verb.
        return c.getStatus() != ClaimStatus.AGREED && AGENDA.matcher(c.getEvidence()).find();
    }

    private static final Pattern AGENDA = Pattern.compile(
            "\\b(?:discuss(?:ed|es|ing)?|exchanged views|touched (?:up)?on|talked about|focused on|centred on|centered on"
                    + "|(?:was|were) on the agenda)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Fewest letters by which an atom's word is looked for in the text. */
    private static final int MIN_STEM = 4;

    private static boolean universal(Set<String> scope) {
        return scope.contains("all") || scope.contains("full");
    }

    private static boolean pairSplit(Set<String> pair, Set<String> sa, Set<String> sb) {
        final List<String> p = new ArrayList<>(pair);
        return (sa.contains(p.get(0)) && sb.contains(p.get(1))) || (sa.contains(p.get(1)) && sb.contains(p.get(0)));
    }

    /** A goal for later ("on the way to a full ceasefire") does not compete with what applies now. */
    private static boolean inForce(Claim c) {
        return c.getStatus() == ClaimStatus.AGREED || c.getStatus() == ClaimStatus.ANNOUNCED
                || c.getStatus() == ClaimStatus.STATED;
    }

    private static boolean mentions(List<Claim> claims, Set<String> scope) {
        for (Claim c : claims) {
            if (coverage(c).equals(scope)) {
                return true;
            }
        }
        return false;
    }

    /** Coverage words split into components: energy-infrastructure → energy, infrastructure. Extents excluded. */
    private static Set<String> components(Set<String> scope) {
        final Set<String> out = new HashSet<>();
        for (String s : scope) {
            if (EXTENTS.contains(s)) {
                continue;
            }
            for (String part : s.split("-")) {
                out.add(part);
            }
        }
        return out;
    }

    private static final Set<String> EXTENTS = Set.of("full", "partial", "direct", "indirect", "all", "one-only", "local");

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
