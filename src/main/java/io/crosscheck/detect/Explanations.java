package io.crosscheck.detect;

import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Quantity;
import io.crosscheck.avro.Statement;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One readable sentence per finding, naming the issuers, for journalists:
 * "The White House says the ceasefire covers energy and infrastructure; the Kremlin says energy infrastructure only."
 */
public final class Explanations {

    private Explanations() {
    }

    /** Names the broader coverage first and the narrower one with "only", whichever statement each is. */
    public static String scope(Statement a, List<String> scopeA, Statement b, List<String> scopeB, String topic) {
        if (narrowness(scopeA) > narrowness(scopeB)) {
            return scope(b, scopeB, a, scopeA, topic);
        }
        return String.format(Locale.ROOT, "%s says the %s covers %s; %s says %s only.",
                issuer(a, true), topicWords(topic), coverage(scopeA), issuer(b, false), coverage(scopeB));
    }

    /** Compounds ("energy-infrastructure") and single terms are narrower than coordinations ("energy and infrastructure"). */
    private static int narrowness(List<String> scope) {
        int n = -scope.size() * 2;
        for (String s : scope) {
            if (s.contains("-")) {
                n += 3;
            }
            if (s.equals("full") || s.equals("all")) {
                n -= 5;
            }
        }
        return n;
    }

    public static String polarity(Statement affirming, Statement negating, String topic) {
        return String.format(Locale.ROOT, "%s presents the %s as having been addressed; %s says it was not.",
                issuer(affirming, true), topicWords(topic), issuer(negating, false));
    }

    public static String status(Statement a, ClaimStatus statusA, Statement b, ClaimStatus statusB, String topic) {
        return String.format(Locale.ROOT, "%s says the %s was %s; %s says it was %s.",
                issuer(a, true), topicWords(topic), statusWords(statusA), issuer(b, false), statusWords(statusB));
    }

    /** "The EEAS says the roadmap is still to be signed; the Ministry says it was signed." (the signature-ahead side first) */
    public static String signatureAhead(Statement ahead, Statement signed, String topic) {
        return String.format(Locale.ROOT, "%s says the %s is still to be signed; %s says it was signed.",
                issuer(ahead, true), topicWords(topic), issuer(signed, false));
    }

    /** "The Ministry says the roadmap was signed; the EEAS says it is still to be signed." (the signed side first) */
    public static String signed(Statement signed, Statement ahead, String topic) {
        return String.format(Locale.ROOT, "%s says the %s was signed; %s says it is still to be signed.",
                issuer(signed, true), topicWords(topic), issuer(ahead, false));
    }

    public static String numeric(Statement a, Quantity qa, Statement b, Quantity qb, String topic) {
        return String.format(Locale.ROOT, "%s gives %s for the %s; %s gives %s.",
                issuer(a, true), qa.getText(), topicWords(topic), issuer(b, false), qb.getText());
    }

    public static String attribution(Statement a, String actorA, Statement b, String actorB, String topic) {
        return String.format(Locale.ROOT, "%s credits the %s to %s; %s credits it to %s.",
                issuer(a, true), topicWords(topic), actorA, issuer(b, false), actorB);
    }

    public static String omission(Statement making, Statement omitting, String topic, String status) {
        return String.format(Locale.ROOT, "%s reports a %s on the %s; %s's readout does not mention it.",
                issuer(making, true), status, topicWords(topic), issuer(omitting, false));
    }

    /**
     * A topic as words. Subjects no lexicon names carry stems ("text.agre-approv-date") that read as noise, so they
     * are "matter": the alert's evidence quotes both readouts on it.
     */
    static String topicWords(String topic) {
        if (topic.startsWith(io.crosscheck.claims.TextClaimExtractor.UNNAMED_PREFIX)) {
            return "matter";
        }
        return topic.replace('-', ' ').replace('.', ' ');
    }

    /** OMISSION on a subject no lexicon names: the point is quoted (its first words) instead of named. */
    public static String omissionQuoted(Statement making, Statement omitting, String status, String evidence) {
        return String.format(Locale.ROOT, "%s reports a %s (\"%s\"); %s's readout does not mention it.",
                issuer(making, true), status, opening(evidence), issuer(omitting, false));
    }

    private static final int QUOTED_WORDS = 14;

    private static String opening(String evidence) {
        final String[] words = evidence.strip().split("\\s+");
        if (words.length <= QUOTED_WORDS) {
            return evidence.strip();
        }
        return String.join(" ", java.util.Arrays.copyOf(words, QUOTED_WORDS)) + " …";
    }

    private static String coverage(List<String> scope) {
        final List<String> words = scope.stream().map(s -> s.replace('-', ' ')).collect(Collectors.toList());
        if (words.size() <= 1) {
            return words.isEmpty() ? "nothing specific" : words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    private static String statusWords(ClaimStatus s) {
        return switch (s) {
            case AGREED -> "agreed";
            case PROPOSED -> "only proposed";
            case REQUESTED -> "only requested";
            case DEMANDED -> "demanded";
            case REJECTED -> "rejected";
            case DENIED -> "denied";
            case DISCUSSED -> "only discussed";
            case CONDITIONAL -> "conditional";
            case ANNOUNCED -> "announced";
            case NOT_IN_FORCE -> "not yet in force";
            case STATED -> "stated";
        };
    }

    /** "The White House" / "the Kremlin": issuer names get an article unless they read as a proper name. */
    static String issuer(Statement s, boolean sentenceStart) {
        final String name = s.getIssuer();
        final String lower = name.toLowerCase(Locale.ROOT);
        final boolean takesArticle = lower.startsWith("white house") || lower.startsWith("kremlin")
                || lower.startsWith("ministry") || lower.startsWith("state department") || lower.startsWith("office")
                || lower.startsWith("department") || lower.startsWith("embassy") || lower.startsWith("prime minister's office");
        if (!takesArticle || lower.startsWith("the ")) {
            return name;
        }
        return (sentenceStart ? "The " : "the ") + name;
    }
}
