package io.crosscheck.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * Cue phrases for status, negation, conditions, courtesy, emphasis and reported speech, loaded
 * from {@code /lexicon/cues.tsv} (category, phrase). {@link #find} returns every cue in a token
 * list; callers pick by category. Immutable, thread-safe.
 */
public final class Cues {

    /** What a cue signals. Status categories share names with {@code ClaimStatus}. */
    public enum Category {
        AGREED, PROPOSED, REQUESTED, DEMANDED, REJECTED, DENIED, DISCUSSED, CONDITIONAL, ANNOUNCED, NOT_IN_FORCE,
        /** Still open: "remains under discussion", "nothing has been fixed", "is studying the request". */
        UNSETTLED,
        NEGATION, NEGATION_BLOCK, COURTESY, EMPHASIS, REPORT,
        /** Phrases that contain a status or condition cue but carry none: "for as long as necessary", "remains open to cooperation". */
        CUE_BLOCK;

        public boolean isStatus() {
            return ordinal() <= UNSETTLED.ordinal();
        }
    }

    /** A cue found in a token list: tokens {@code [from, to)}. */
    public record Cue(Category category, int from, int to) { }

    /** Negated modals say what should or could not happen, not that something did not happen. */
    private static final java.util.Set<String> MODAL_NEGATIONS =
            java.util.Set.of("can't", "won't", "wouldn't", "shouldn't", "mustn't", "couldn't", "needn't");

    private final PhraseMatcher<Category> statusAndOther = new PhraseMatcher<>();
    private final PhraseMatcher<Category> negation = new PhraseMatcher<>();
    private final PhraseMatcher<Category> tone = new PhraseMatcher<>();

    public Cues(TermAnalyzer analyzer, String resource) {
        for (String[] row : LexiconFiles.read(resource)) {
            final Category category = Category.valueOf(row[0].trim());
            final List<String> stems = LexiconFiles.phraseStems(analyzer, row[1].trim());
            if (stems.isEmpty()) {
                continue;
            }
            switch (category) {
                case NEGATION, NEGATION_BLOCK -> negation.add(stems, category);
                case COURTESY, EMPHASIS -> tone.add(stems, category);
                default -> statusAndOther.add(stems, category);
            }
        }
    }

    public static Cues loadDefault(TermAnalyzer analyzer) {
        return new Cues(analyzer, "/lexicon/cues.tsv");
    }

    /** Status, condition and reporting cues, plus negations (blocked ones like "not only" removed), plus tone cues. */
    public List<Cue> find(List<Token> tokens) {
        final List<Cue> out = new ArrayList<>();
        for (PhraseMatcher.Match<Category> m : statusAndOther.find(tokens)) {
            // Longest match first: the blocking phrase takes the span, and the cue inside it is not read.
            if (m.value() != Category.CUE_BLOCK && !properNounAt(tokens, m.from()) && !ruleNounAt(tokens, m)) {
                out.add(new Cue(m.value(), m.from(), m.to()));
            }
        }
        for (PhraseMatcher.Match<Category> m : negation.find(tokens)) {
            if (m.value() == Category.NEGATION && !principleAffirmedAt(tokens, m.to())) {
                out.add(new Cue(m.value(), m.from(), m.to()));
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            final String word = tokens.get(i).surface().toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
            if (word.endsWith("n't") && !MODAL_NEGATIONS.contains(word) && !blockedAt(out, i)) {
                out.add(new Cue(Category.NEGATION, i, i + 1));
            }
        }
        for (PhraseMatcher.Match<Category> m : tone.findAll(tokens)) {
            out.add(new Cue(m.value(), m.from(), m.to()));
        }
        out.sort((x, y) -> Integer.compare(x.from(), y.from()));
        return out;
    }

    /**
     * A capitalised word inside a sentence is part of a name, not a verb: "Secretary of State", "the State
     * Council", "Agreed Framework". The first word of a sentence or of a quotation may be capitalised anyway.
     */
    private static boolean properNounAt(List<Token> tokens, int index) {
        if (index == 0 || tokens.get(index).breakBefore()) {
            return false;
        }
        final String surface = tokens.get(index).surface();
        return !surface.isEmpty() && Character.isUpperCase(surface.charAt(0));
    }

    /**
     * "Somalia's sovereignty and territorial integrity are not negotiable": the negation declares a principle beyond
     * bargaining, which affirms it. Read by the surface, since "negotiable" shares its Porter stem with "negotiating".
     */
    private static boolean principleAffirmedAt(List<Token> tokens, int after) {
        return after < tokens.size() && "negotiable".equals(tokens.get(after).surface().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "the procedures applied to tankers, including the requirement to present valid insurance documentation", "licensing
     * requirements for magnets": the noun shares the Porter stem of the demand cue "requires", but names a rule in force,
     * not something one side asks of the other.
     */
    private static boolean ruleNounAt(List<Token> tokens, PhraseMatcher.Match<Category> m) {
        return m.value() == Category.DEMANDED && m.to() - m.from() == 1
                && RULE_NOUNS.contains(tokens.get(m.from()).surface().toLowerCase(java.util.Locale.ROOT));
    }

    private static final java.util.Set<String> RULE_NOUNS = java.util.Set.of("requirement", "requirements");

    private static boolean blockedAt(List<Cue> cues, int index) {
        for (Cue c : cues) {
            if (c.category() == Category.NEGATION && c.from() <= index && index < c.to()) {
                return true;
            }
        }
        return false;
    }
}
