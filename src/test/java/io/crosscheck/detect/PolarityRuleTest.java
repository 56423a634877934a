package io.crosscheck.detect;

import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Polarity;
import io.crosscheck.avro.Statement;
import org.junit.jupiter.api.Test;

import static io.crosscheck.detect.Claims.claim;
import static io.crosscheck.detect.Claims.statement;
import static org.assertj.core.api.Assertions.assertThat;

class PolarityRuleTest {

    private final PolarityRule rule = new PolarityRule();

    @Test
    void shouldFireWhenOneAffirmsWhatTheOtherNegates() {
        final Statement a = statement("a", "X", claim("minerals-deal", ClaimStatus.DISCUSSED, "They discussed the minerals deal."));
        final Statement b = statement("b", "Y", claim("minerals-deal", ClaimStatus.DISCUSSED, "The minerals deal was not discussed.")
                .setPolarity(Polarity.NEGATED));
        assertThat(rule.compare(a, b)).singleElement().satisfies(f -> {
            assertThat(f.first()).isSameAs(a);
            assertThat(f.confidence()).isGreaterThanOrEqualTo(0.8);
        });
        assertThat(rule.compare(b, a)).singleElement().satisfies(f -> assertThat(f.excerptFirst()).contains("not discussed"));
    }

    @Test
    void shouldNotFireWhenBothAffirm() {
        final Statement a = statement("a", "X", claim("minerals-deal", ClaimStatus.DISCUSSED, "They discussed the minerals deal."));
        final Statement b = statement("b", "Y", claim("minerals-deal", ClaimStatus.AGREED, "They agreed on the minerals deal."));
        assertThat(rule.compare(a, b)).isEmpty();
    }

    @Test
    void shouldNotFireWhenTheNegatingSideAlsoAffirms() {
        final Statement a = statement("a", "X", claim("sanctions", ClaimStatus.DISCUSSED, "They discussed sanctions."));
        final Statement b = statement("b", "Y",
                claim("sanctions", ClaimStatus.DISCUSSED, "New sanctions were not discussed.").setPolarity(Polarity.NEGATED),
                claim("sanctions", ClaimStatus.DISCUSSED, "Existing sanctions were discussed."));
        assertThat(rule.compare(a, b)).isEmpty();
    }

    @Test
    void shouldNotAnswerADiscussionWithAStanceOnTheSameTopic() {
        final Statement a = statement("a", "X", claim("nuclear-programme", ClaimStatus.DISCUSSED,
                "The delegations addressed the atomic energy programme."));
        final Statement b = statement("b", "Y", claim("nuclear-programme", ClaimStatus.STATED,
                "The country will never possess atomic arms.").setPolarity(Polarity.NEGATED));
        assertThat(rule.compare(a, b)).isEmpty();
        final Statement c = statement("c", "Z", claim("nuclear-programme", ClaimStatus.DISCUSSED,
                "The atomic energy programme was not on the agenda.").setPolarity(Polarity.NEGATED));
        assertThat(rule.compare(a, c)).hasSize(1);
    }

    private static final io.crosscheck.claims.TermAnalyzer ANALYZER = new io.crosscheck.claims.TermAnalyzer();
    private static final SentenceAligner ALIGNER = new SentenceAligner(ANALYZER);
    private final PolarityRule aligning = new PolarityRule(ALIGNER,
            new DenialMatcher(ALIGNER, io.crosscheck.claims.Paraphrases.loadDefault(ANALYZER)));

    @Test
    void shouldAlignANegatedPointTheLexiconDoesNotName() {
        final Statement neg = statement("a", "X", claim("text.cultur-heritag-loot", ClaimStatus.DISCUSSED,
                "The return of looted cultural heritage was not discussed.").setPolarity(Polarity.NEGATED));
        final Statement aff = statement("b", "Y", claim("trade", ClaimStatus.DISCUSSED,
                "The ministers discussed the return of looted cultural heritage and trade."));
        assertThat(aligning.compare(neg, aff)).singleElement().satisfies(f -> assertThat(f.first()).isSameAs(neg));
    }

    @Test
    void shouldNotAlignWithAnUnrelatedOrAlsoNegatedSentence() {
        final Statement neg = statement("a", "X", claim("text.cultur-heritag-loot", ClaimStatus.DISCUSSED,
                "The return of looted cultural heritage was not discussed.").setPolarity(Polarity.NEGATED));
        assertThat(aligning.compare(neg, statement("b", "Y", claim("trade", ClaimStatus.DISCUSSED,
                "The ministers discussed trade and investment.")))).isEmpty();
        assertThat(aligning.compare(neg, statement("b", "Y", claim("trade", ClaimStatus.DISCUSSED,
                "The return of looted cultural heritage did not come up.")))).isEmpty();
    }

    @Test
    void shouldMatchADenialWithTheAffirmedPointWordedDifferently() {
        final Statement neg = statement("a", "X", claim("text.come-convers-did-dure", ClaimStatus.DISCUSSED,
                "The question of gas prices did not come up during the conversation.").setPolarity(Polarity.NEGATED));
        final Statement aff = statement("b", "Y", claim("energy-deal", ClaimStatus.DISCUSSED,
                "The two presidents also discussed the pricing of natural gas supplied via TurkStream."));
        assertThat(aligning.compare(neg, aff)).singleElement().satisfies(f -> {
            assertThat(f.first()).isSameAs(neg);
            assertThat(f.excerptSecond()).contains("pricing of natural gas");
        });
    }

    @Test
    void shouldMatchADeniedLexiconTopicTheOtherSideNamesInOtherWords() {
        final Statement neg = statement("a", "X", claim("military-communication", ClaimStatus.DISCUSSED,
                "A hotline between the coast guards was not on the agenda and was not discussed.").setPolarity(Polarity.NEGATED));
        final Statement aff = statement("b", "Y", claim("text.agre-between-both-china", ClaimStatus.AGREED,
                "Both sides agreed to establish a direct communication line between the two coast guards."));
        assertThat(aligning.compare(aff, neg)).singleElement().satisfies(f -> {
            assertThat(f.topic()).isEqualTo("military-communication");
            assertThat(f.first()).isSameAs(aff);
        });
    }

    @Test
    void shouldLeaveTheDeniersOwnNameOutOfWhatItDenies() {
        final Statement neg = statement("a", "Competition Authority", claim("text.author-commit-given-review",
                ClaimStatus.AGREED, "The Authority has given no commitment to terminate this review.")
                .setPolarity(Polarity.NEGATED));
        final Statement aff = statement("b", "Y", claim("trade", ClaimStatus.STATED,
                "The regulator said it would close its review of the port operators and welcomed the talks."));
        assertThat(aligning.compare(neg, aff)).singleElement().satisfies(f -> {
            assertThat(f.first()).isSameAs(neg);
            assertThat(f.excerptSecond()).contains("close its review");
        });
    }

    @Test
    void shouldNotReadANegatedWishAsADenial() {
        final Statement neg = statement("a", "X", claim("text.china-decoupl-dialogu-differ", ClaimStatus.REQUESTED,
                "The EU does not seek to decouple from China and will handle differences through dialogue.")
                .setPolarity(Polarity.NEGATED));
        final Statement aff = statement("b", "Y", claim("text.china-decoupl-dialogu-differ", ClaimStatus.DISCUSSED,
                "Leaders discussed how to handle differences with China through dialogue and avoid decoupling."));
        assertThat(aligning.compare(neg, aff)).isEmpty();
    }

    @Test
    void shouldNotTakeAnOwnVoiceClauseOnAnotherPointAsTakingTheDenialBack() {
        final Statement aff = statement("a", "X", claim("trade", ClaimStatus.STATED,
                "The Secretary welcomed the decision to resume purchases of soybeans and sorghum."));
        final Statement neg = statement("b", "Y",
                claim("trade", ClaimStatus.STATED, "China has made no new commitment on the purchase of soybeans or sorghum.")
                        .setPolarity(Polarity.NEGATED),
                claim("trade", ClaimStatus.STATED, "Whether agricultural trade can grow depends on the other side."));
        assertThat(aligning.compare(aff, neg)).singleElement().satisfies(f -> assertThat(f.topic()).isEqualTo("trade"));
        assertThat(rule.compare(aff, neg)).as("without wording, any own-voice clause makes it mixed").isEmpty();
    }

    @Test
    void shouldMatchACommitmentDeniedWithoutAClaimAgainstItsAffirmation() {
        final Statement neg = Statement.newBuilder(statement("a", "X", claim("trade", ClaimStatus.STATED,
                "Trade was the main subject.")))
                .setText("Trade was the main subject. The delegation gave no undertaking in Lima to \"lower copper royalties\", "
                        + "and the memorandum contains no such clause.").build();
        final Statement aff = Statement.newBuilder(statement("b", "Y", claim("trade", ClaimStatus.STATED, "Trade was discussed.")))
                .setText("Trade was discussed. The visiting side undertook to lower copper royalties within a year.").build();
        assertThat(aligning.compare(neg, aff)).singleElement().satisfies(f -> {
            assertThat(f.first()).isSameAs(neg);
            assertThat(f.excerptFirst()).contains("gave no undertaking");
            assertThat(f.excerptSecond()).contains("undertook to lower");
        });
        assertThat(rule.compare(neg, aff)).isEmpty();
    }

    @Test
    void shouldLeaveADisputeOverWhoMediatedToAttribution() {
        final Statement a = statement("a", "X", claim("mediation", ClaimStatus.STATED,
                "We thank Norway for facilitating the understanding."));
        final Statement b = statement("b", "Y", claim("mediation", ClaimStatus.STATED,
                "No third party was involved in the understanding.").setPolarity(Polarity.NEGATED));
        assertThat(rule.compare(a, b)).isEmpty();
    }

    @Test
    void shouldWantTheSameMatterWhenANegationDiffersInStatusFromTheAffirmation() {
        final Statement agreed = statement("a", "X", claim("territory", ClaimStatus.AGREED,
                "The sides agreed to set up a joint commission to demarcate the border in the mountain sector."));
        final Statement stance = statement("b", "Y", claim("territory", ClaimStatus.STATED,
                "The minister said no one would be allowed to question the country's territorial integrity.")
                .setPolarity(Polarity.NEGATED));
        assertThat(aligning.compare(agreed, stance)).isEmpty();

        final Statement sameMatter = statement("c", "Y", claim("territory", ClaimStatus.STATED,
                "No joint commission to demarcate the border in the mountain sector has been set up.")
                .setPolarity(Polarity.NEGATED));
        assertThat(aligning.compare(agreed, sameMatter)).hasSize(1);
    }

    @Test
    void shouldNotAnswerAnAgreementToResumeWithWhatHasNotHappenedForAWhile() {
        final Statement agreed = statement("a", "X", claim("inspections", ClaimStatus.AGREED,
                "The two sides agreed that the monitors will resume their inspections at the three reactor sites."));
        for (String pastState : new String[] {
                "The monitors have not carried out inspections at the three reactor sites for nearly a year.",
                "Our monitors haven't been able to conduct inspections at the reactor sites since the spring.",
                "Inspections at the three reactor sites have not taken place for the past six weeks."}) {
            final Statement b = statement("b", "Y", claim("inspections", ClaimStatus.ANNOUNCED, pastState)
                    .setPolarity(Polarity.NEGATED));
            assertThat(aligning.compare(agreed, b)).as(pastState).isEmpty();
        }
        final Statement denied = statement("c", "Y", claim("inspections", ClaimStatus.AGREED,
                "The monitors have not agreed to resume inspections at the three reactor sites.").setPolarity(Polarity.NEGATED));
        assertThat(aligning.compare(agreed, denied)).hasSize(1);
    }

    @Test
    void shouldWantTheSameMatterWhenAnExplicitDenialDiffersInStatusFromTheAffirmation() {
        final Statement remark = statement("a", "X", claim("elections", ClaimStatus.STATED,
                "The observers noted that the vote was held in a calm atmosphere across the provinces."));
        final Statement denial = statement("b", "Y", claim("elections", ClaimStatus.DENIED,
                "The commission denied reports that ballot boxes had gone missing in the capital.")
                .setPolarity(Polarity.NEGATED));
        assertThat(aligning.compare(remark, denial)).isEmpty();

        final Statement sameMatter = statement("c", "X", claim("elections", ClaimStatus.STATED,
                "Ballot boxes had gone missing in the capital on the night of the count."));
        assertThat(aligning.compare(sameMatter, denial)).hasSize(1);
    }

    @Test
    void shouldAnswerARequestMadeInTheMeetingWithADenialThatTheMatterWasRaised() {
        final Statement asked = statement("a", "X", claim("sanctions", ClaimStatus.REQUESTED,
                "The Minister urged her counterpart to ease the restrictions on the two banks."));
        final Statement denied = statement("b", "Y", claim("sanctions", ClaimStatus.DISCUSSED,
                "The question of so-called sanctions relief was not raised at any point.").setPolarity(Polarity.NEGATED));
        assertThat(aligning.compare(asked, denied)).singleElement()
                .satisfies(f -> assertThat(f.kind()).isEqualTo(io.crosscheck.avro.AlertKind.POLARITY));
        final Statement demanded = statement("c", "Z", claim("sanctions", ClaimStatus.DEMANDED,
                "The delegation insisted that all sanctions must be lifted."));
        assertThat(aligning.compare(demanded, denied)).isNotEmpty();
    }

    @Test
    void shouldNotAnswerARequestWithADenialOfADifferentMatterOrAPastState() {
        final Statement asked = statement("a", "X", claim("sanctions", ClaimStatus.REQUESTED,
                "The Minister urged her counterpart to ease the restrictions on the two banks."));
        final Statement stated = statement("b", "Y", claim("sanctions", ClaimStatus.STATED,
                "Sanctions have never helped anyone.").setPolarity(Polarity.NEGATED));
        assertThat(aligning.compare(asked, stated)).isEmpty();
        final Statement since = statement("c", "Z", claim("sanctions", ClaimStatus.DISCUSSED,
                "Sanctions have not been discussed between the two governments since 2019.").setPolarity(Polarity.NEGATED));
        assertThat(aligning.compare(asked, since)).isEmpty();
    }
    private final PolarityRule worded = new PolarityRule(new SentenceAligner(new io.crosscheck.claims.TermAnalyzer()),
            new DenialMatcher(new SentenceAligner(new io.crosscheck.claims.TermAnalyzer()),
                    io.crosscheck.claims.Paraphrases.loadDefault(new io.crosscheck.claims.TermAnalyzer())));

    @Test
    void shouldNotTakeAPositionStatedInTheNegativeAsAnAffirmation() {
        final Statement a = statement("a", "X", claim("fisheries", ClaimStatus.NOT_IN_FORCE,
                "The republic will not enter into talks on the fishing dispute while the arbitration is pending."));
        final Statement b = statement("b", "Y", claim("fisheries", ClaimStatus.DISCUSSED,
                "The fishing dispute was not discussed at the meeting.").setPolarity(Polarity.NEGATED));
        assertThat(worded.compare(a, b)).isEmpty();
    }

    @Test
    void shouldNotFireWhenTheAffirmingSideItselfDeniesTheSameMatter() {
        final Statement a = statement("a", "X",
                claim("fisheries", ClaimStatus.DISCUSSED, "The talks focused on the safety of fishermen at sea."),
                claim("text.dispute", ClaimStatus.DISCUSSED, "The merits of the fishing dispute were not addressed.")
                        .setPolarity(Polarity.NEGATED));
        final Statement b = statement("b", "Y", claim("fisheries", ClaimStatus.DISCUSSED,
                "The fishing dispute was not on the agenda.").setPolarity(Polarity.NEGATED));
        assertThat(worded.compare(a, b)).isEmpty();
        final Statement c = statement("c", "Z",
                claim("fisheries", ClaimStatus.DISCUSSED, "The talks focused on the safety of fishermen at sea."));
        assertThat(worded.compare(c, b)).isNotEmpty();
    }

    @Test
    void shouldNotTakeANegationOfAnotherVerbAsADenialOfTheDiscussion() {
        final Statement neg = statement("a", "X", claim("text.discuss-energi-from-import", ClaimStatus.DISCUSSED,
                "India has not stopped oil imports from Russia, the minister said, and the two discussed energy.")
                .setAction("mention").setPolarity(Polarity.NEGATED));
        final Statement aff = statement("b", "Y", claim("text.discuss-from-import-minist", ClaimStatus.DISCUSSED,
                "The ministers discussed oil imports from Russia."));
        assertThat(aligning.compare(neg, aff)).isEmpty();
    }

    @Test
    void shouldReadARequestSaidNotToHaveBeenMadeAsADenial() {
        final Statement neg = statement("a", "X", claim("text.addit-ahm-ani-assist", ClaimStatus.REQUESTED,
                "Minister Ahmed said Egypt had not requested any additional financial assistance from the Fund.")
                .setPolarity(Polarity.NEGATED));
        final Statement aff = statement("b", "Y", claim("text.addit-assist-egypt-financi", ClaimStatus.REQUESTED,
                "Egypt requested additional financial assistance from the Fund."));
        assertThat(aligning.compare(neg, aff)).singleElement().satisfies(f -> assertThat(f.first()).isSameAs(neg));
    }
}
