package io.crosscheck.claims;

import java.util.List;

/**
 * One clause of a statement with everything the readers need, computed once: its words, the cue
 * phrases and actor mentions in it, and where it sits in the statement text.
 *
 * @param text          the whole statement text
 * @param start         offset of the clause in {@code text}
 * @param end           offset after the clause
 * @param sentenceStart offset of the sentence the clause belongs to
 * @param tokens        the clause's words
 * @param cues          status, negation, tone and reporting cues, in text order
 * @param actors        actor mentions, in text order
 * @param issuerCountry the statement issuer's country, or null
 */
public record Clause(String text, int start, int end, int sentenceStart, List<Token> tokens, List<Cues.Cue> cues,
                     List<ActorResolver.Mention> actors, String issuerCountry) {

    public String clauseText() {
        return text.substring(start, end);
    }

    public boolean has(Cues.Category category) {
        return cues.stream().anyMatch(c -> c.category() == category);
    }
}
