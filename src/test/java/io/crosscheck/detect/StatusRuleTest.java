package io.crosscheck.detect;

import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Statement;
import io.crosscheck.claims.StatusReader;
import io.crosscheck.config.DetectionSettings;
import org.junit.jupiter.api.Test;

import static io.crosscheck.detect.Claims.claim;
import static io.crosscheck.detect.Claims.statement;
import static org.assertj.core.api.Assertions.assertThat;

class StatusRuleTest {

    private final StatusRule rule = new StatusRule();

    @Test
    void shouldFireOnAgreedAgainstRejected() {
        final Statement a = statement("a", "X", claim("ceasefire", ClaimStatus.AGREED, "They agreed to a truce."));
        final Statement b = statement("b", "Y", claim("ceasefire", ClaimStatus.REJECTED, "Y rejected the truce."));
        assertThat(rule.compare(a, b)).singleElement().satisfies(f -> assertThat(f.confidence()).isGreaterThanOrEqualTo(0.8));
    }

    @Test
    void shouldRateAgreedAgainstOnlyProposedBelowTheDefaultThreshold() {
        final Statement a = statement("a", "X", claim("ceasefire", ClaimStatus.AGREED, "They agreed to a truce."));
        final Statement b = statement("b", "Y", claim("ceasefire", ClaimStatus.PROPOSED, "X proposed a truce."));
        assertThat(rule.compare(b, a)).singleElement()
                .satisfies(f -> assertThat(f.confidence()).isLessThan(DetectionSettings.defaults().minConfidence()));
    }

    @Test
    void shouldFireOnAgreedAgainstStillUndecided() {
        final Statement a = statement("a", "X", claim("next-meeting", ClaimStatus.AGREED, "They agreed to meet again in October."));
        final Statement b = statement("b", "Y", claim("next-meeting", ClaimStatus.NOT_IN_FORCE, "The next meeting remains under discussion.")
                .setAction(StatusReader.UNDECIDED));
        assertThat(rule.compare(a, b)).singleElement().satisfies(f -> assertThat(f.confidence()).isGreaterThanOrEqualTo(0.7));
    }

    @Test
    void shouldNotFireOnCompatibleStatuses() {
        assertThat(rule.compare(statement("a", "X", claim("trade", ClaimStatus.DISCUSSED, "They discussed trade.")),
                statement("b", "Y", claim("trade", ClaimStatus.DISCUSSED, "Trade was on the agenda.")))).isEmpty();
        assertThat(rule.compare(statement("a", "X", claim("trade", ClaimStatus.AGREED, "They agreed on trade.")),
                statement("b", "Y", claim("trade", ClaimStatus.ANNOUNCED, "A trade deal was announced.")))).isEmpty();
        assertThat(rule.compare(statement("a", "X", claim("trade", ClaimStatus.AGREED, "They agreed on trade.")),
                statement("b", "Y", claim("trade", ClaimStatus.DISCUSSED, "They discussed trade.")))).isEmpty();
    }

    @Test
    void shouldNotFireWhenTheOtherSideAlsoSaysAgreed() {
        final Statement a = statement("a", "X", claim("ceasefire", ClaimStatus.AGREED, "They agreed to a truce."));
        final Statement b = statement("b", "Y", claim("ceasefire", ClaimStatus.PROPOSED, "X proposed a truce."),
                claim("ceasefire", ClaimStatus.AGREED, "Y agreed to it."));
        assertThat(rule.compare(a, b)).isEmpty();
    }

    @Test
    void shouldNotSetAStandingCommitmentAgainstAJudgementOfTheOutcome() {
        final Statement committed = statement("a", "X", claim("elections", ClaimStatus.AGREED,
                "The delegate said his government remains firmly committed to holding the vote in June."));
        final Statement judged = statement("b", "Y", claim("elections", ClaimStatus.CONDITIONAL,
                "The vote will only be credible if independent observers can travel freely."));
        assertThat(rule.compare(committed, judged)).isEmpty();
        final Statement agreed = statement("a", "X", claim("elections", ClaimStatus.AGREED, "The parties agreed to hold the vote in June."));
        assertThat(rule.compare(agreed, judged)).isEmpty();
        final Statement conditioned = statement("b", "Y", claim("elections", ClaimStatus.CONDITIONAL,
                "The vote will be held in June only if the census is completed."));
        assertThat(rule.compare(agreed, conditioned)).singleElement();
    }

    @Test
    void shouldNotSetAReaffirmedCommitmentAgainstACondition() {
        final Statement reaffirmed = statement("a", "X", claim("ceasefire", ClaimStatus.AGREED,
                "The parties reaffirmed their commitment to the truce framework signed last year."));
        final Statement renewed = statement("a", "X", claim("ceasefire", ClaimStatus.AGREED,
                "Both governments reiterated their full adherence to the truce."));
        final Statement conditioned = statement("b", "Y", claim("ceasefire", ClaimStatus.CONDITIONAL,
                "The truce will hold only once foreign fighters have left."));
        assertThat(rule.compare(reaffirmed, conditioned)).isEmpty();
        assertThat(rule.compare(renewed, conditioned)).isEmpty();
        final Statement agreed = statement("a", "X", claim("ceasefire", ClaimStatus.AGREED, "The parties agreed on a truce."));
        assertThat(rule.compare(agreed, conditioned)).singleElement();
    }

    @Test
    void shouldNotReadANegatedSettlementCueAsSettled() {
        final Statement rejected = statement("b", "Y", claim("port", ClaimStatus.REJECTED, "Y rejected the port lease."));
        for (String[] negated : new String[][] {
                {"accept", "The government will not accept any foreign base on its soil."},
                {"signed", "The two delegations have not yet formally signed the port lease."},
                {"agreed", "Officials stressed that they never agreed to lease the port."},
                {"agreed", "The minister said Y hasn't agreed to the lease."}}) {
            final Statement a = statement("a", "X", claim("port", ClaimStatus.AGREED, negated[1]).setAction(negated[0]));
            assertThat(rule.compare(a, rejected)).as(negated[1]).isEmpty();
        }
    }

    @Test
    void shouldStillReadASettlementCueWhenANegationStandsElsewhere() {
        final Statement rejected = statement("b", "Y", claim("port", ClaimStatus.REJECTED, "Y rejected the port lease."));
        for (String[] settled : new String[][] {
                {"agreed", "The sides not only agreed to the lease but also set a date for its signature."},
                {"signed", "The lease, which was not on last year's agenda, was signed in the capital today."},
                {"accepted", "Although no date was fixed, both sides accepted the lease terms."}}) {
            final Statement a = statement("a", "X", claim("port", ClaimStatus.AGREED, settled[1]).setAction(settled[0]));
            assertThat(rule.compare(a, rejected)).as(settled[1]).singleElement();
        }
    }

    @Test
    void shouldPairAnAgreementWithAnOpenMatterFiledUnderAnotherTopicWhenTheClausesShareTheirWords() {
        final Statement agreed = statement("a", "X", claim("fisheries", ClaimStatus.AGREED,
                "The ministers agreed to open a joint fish processing plant that will employ local fishermen."));
        final Statement open = statement("b", "Y", claim("text.plant-process-fish", ClaimStatus.NOT_IN_FORCE,
                "X tabled plans for a fish processing plant, which the two sides will examine further.")
                .setAction(StatusReader.UNDECIDED));
        assertThat(rule.compare(agreed, open)).singleElement().satisfies(f -> assertThat(f.topic()).isEqualTo("fisheries"));
        assertThat(rule.compare(open, agreed)).singleElement();
        final Statement openAndAgreed = statement("b", "Y", claim("text.plant-process-fish", ClaimStatus.NOT_IN_FORCE,
                "X tabled plans for a fish processing plant, which the two sides will examine further.")
                .setAction(StatusReader.UNDECIDED), claim("text.fish-plant", ClaimStatus.AGREED,
                "Later the sides agreed that the processing plant for fish would open next year."));
        assertThat(rule.compare(agreed, openAndAgreed)).isEmpty();
    }

    @Test
    void shouldNotPairAcrossTopicsOnNamesOrReadoutWordsAlone() {
        final Statement agreed = statement("a", "X", claim("fisheries", ClaimStatus.AGREED,
                "The Philippine and Chinese sides agreed to open a hotline between their coast guards."));
        final Statement open = statement("b", "Y", claim("text.philippin-propos", ClaimStatus.NOT_IN_FORCE,
                "The Philippine and Chinese sides agreed to continue discussing the Philippine proposal on fishing grounds.")
                .setAction(StatusReader.UNDECIDED));
        assertThat(rule.compare(agreed, open)).isEmpty();
        // Two named topics the lexicon knows apart are not merged by wording.
        final Statement namedOpen = statement("b", "Y", claim("trade", ClaimStatus.NOT_IN_FORCE,
                "X tabled plans for a fish processing plant, which the two sides will examine further.")
                .setAction(StatusReader.UNDECIDED));
        final Statement namedAgreed = statement("a", "X", claim("fisheries", ClaimStatus.AGREED,
                "The ministers agreed to open a joint fish processing plant that will employ local fishermen."));
        assertThat(rule.compare(namedAgreed, namedOpen)).isEmpty();
    }

    @Test
    void shouldPairAnAgreementWithAnOpenMatterUnderOneBroadTopicWhenTheOtherSideSettledSomethingElseOnIt() {
        final Statement agreed = statement("a", "X", claim("fisheries", ClaimStatus.AGREED,
                "The ministers agreed to open a joint fish processing plant that will employ local fishermen."));
        final Statement open = statement("b", "Y", claim("fisheries", ClaimStatus.AGREED,
                "The two ministers signed a memorandum on fisheries and maritime surveillance."),
                claim("fisheries", ClaimStatus.NOT_IN_FORCE,
                "X tabled plans for a fish processing plant, which the two sides will examine further.")
                .setAction(StatusReader.UNDECIDED));
        assertThat(rule.compare(agreed, open)).singleElement()
                .satisfies(f -> assertThat(f.excerptSecond()).contains("will examine further"));
        final Statement openButSettled = statement("b", "Y", claim("fisheries", ClaimStatus.AGREED,
                "The ministers signed a deal on a processing plant for fish near the port."),
                claim("fisheries", ClaimStatus.NOT_IN_FORCE,
                "X tabled plans for a fish processing plant, which the two sides will examine further.")
                .setAction(StatusReader.UNDECIDED));
        assertThat(rule.compare(agreed, openButSettled)).isEmpty();
    }

    @Test
    void shouldReduceAClauseToTheStemsOfItsMatterWords() {
        assertThat(rule.contentWords("The Kazakh side agreed to extend the gas supply contracts to 2030."))
                .containsExactlyInAnyOrder("extend", "suppli", "contract");
        // Inflections of one word meet: a matter agreed on one side and studied on the other.
        assertThat(rule.contentWords("seasonal workers in agriculture"))
                .isEqualTo(rule.contentWords("agricultural workers during the season"));
    }

    @Test
    void shouldLeaveNamesAndReadoutVocabularyOutOfAClausesWords() {
        assertThat(rule.contentWords("President Aliyev and the Prime Minister of Armenia discussed their bilateral "
                + "relations and welcomed the delegations during the meeting in Yerevan")).isEmpty();
    }

    @Test
    void shouldReadTheSameCueWordAcrossManyClaimsAlike() {
        for (int i = 0; i < 300; i++) {
            final String cue = "signed" + (i % 7 == 0 ? "" : i);
            assertThat(rule.negatedCue(claim("port", ClaimStatus.AGREED, "The sides have not yet " + cue + " the text.")
                    .setAction(cue).build())).isTrue();
            assertThat(rule.negatedCue(claim("port", ClaimStatus.AGREED, "The sides " + cue + " the text.")
                    .setAction(cue).build())).isFalse();
        }
    }

    @Test
    void shouldReadAnOpenClauseAboutTheProposalAsOpeningTheProposedMatter() {
        final Statement agreed = statement("a", "X", claim("next-meeting", ClaimStatus.AGREED,
                "The ministers agreed to meet again in Rome in May."));
        for (String[] open : new String[][] {
                {"Italy suggested a meeting in Rome;", "the other side said the proposal would be considered."},
                {"The Italian minister invited his counterpart to Rome.", "This invitation is still being studied."},
                {"Rome offered to host the next round,", "and it was noted that such an offer remained under consideration."}}) {
            final Statement proposed = statement("b", "Y", claim("next-meeting", ClaimStatus.PROPOSED, open[0]),
                    claim("text.consid", ClaimStatus.NOT_IN_FORCE, open[1]).setAction(StatusReader.UNDECIDED));
            assertThat(rule.compare(agreed, proposed)).as(open[1]).singleElement()
                    .satisfies(f -> assertThat(f.confidence()).isGreaterThanOrEqualTo(0.7))
                    .satisfies(f -> assertThat(f.excerptSecond()).startsWith(open[0]).endsWith(open[1]));
        }
    }

    @Test
    void shouldNotOpenAProposalByAnOpenClauseAboutSomethingElse() {
        final Statement agreed = statement("a", "X", claim("next-meeting", ClaimStatus.AGREED,
                "The ministers agreed to meet again in Rome in May."));
        final Statement proposed = statement("b", "Y", claim("next-meeting", ClaimStatus.PROPOSED, "Italy suggested a meeting in Rome."),
                claim("text.tariffs", ClaimStatus.NOT_IN_FORCE, "The tariff question would be considered later.")
                        .setAction(StatusReader.UNDECIDED));
        assertThat(rule.compare(agreed, proposed)).allSatisfy(f -> assertThat(f.confidence()).isLessThan(0.5));
    }

    @Test
    void shouldNotReadACueWhoseSubjectIsUnderNoAsSettled() {
        final Statement conditional = statement("b", "Y", claim("port", ClaimStatus.CONDITIONAL,
                "Works at the port would go ahead only after a joint survey."));
        for (String[] negated : new String[][] {
                {"carried out", "No construction work, including dredging, will be carried out at the port without a joint survey."},
                {"announced", "No decision on the port lease was announced after the talks."},
                {"signed", "No port agreement has been signed so far."}}) {
            final Statement a = statement("a", "X", claim("port", ClaimStatus.ANNOUNCED, negated[1]).setAction(negated[0]));
            assertThat(rule.compare(a, conditional)).as(negated[1]).isEmpty();
        }
        final Statement limit = statement("a", "X", claim("port", ClaimStatus.ANNOUNCED,
                "No later than June, the port lease was signed in the capital.").setAction("signed"));
        assertThat(rule.compare(limit, conditional)).singleElement();
    }

    @Test
    void shouldSetAnAgreementToOpenTalksAgainstTalksThatAreOnlyPossible() {
        for (String[] pair : new String[][] {
                {"The parties agreed to launch formal negotiations on the port lease.",
                        "Y took note of ideas on possible technical talks on the port lease and will study them."},
                {"The two sides decided to open talks on the port lease next month.",
                        "Whether to enter into negotiations on the port lease will be considered by the cabinet."},
                {"They agreed that negotiations on the port lease would begin in May.",
                        "A proposed dialogue on the port lease remains under consideration."}}) {
            final Statement a = statement("a", "X", claim("port", ClaimStatus.NOT_IN_FORCE, pair[0]).setAction("agreed"));
            final Statement b = statement("b", "Y", claim("port", ClaimStatus.NOT_IN_FORCE, pair[1]).setAction(StatusReader.UNDECIDED));
            assertThat(rule.compare(a, b)).as(pair[0]).singleElement()
                    .satisfies(f -> assertThat(f.kind()).isEqualTo(io.crosscheck.avro.AlertKind.STATUS));
            assertThat(rule.compare(b, a)).as(pair[1]).singleElement();
        }
    }

    @Test
    void shouldNotSetAnAgreementToOpenTalksAgainstAMatterLeftToThoseTalks() {
        final Statement a = statement("a", "X", claim("port", ClaimStatus.NOT_IN_FORCE,
                "The parties agreed to start negotiations on the port lease.").setAction("agreed"));
        final Statement leftToTalks = statement("b", "Y", claim("port", ClaimStatus.NOT_IN_FORCE,
                "The terms of the port lease will be determined in the coming negotiations.").setAction(StatusReader.UNDECIDED));
        assertThat(rule.compare(a, leftToTalks)).isEmpty();
        final Statement bothLaunch = statement("b", "Y", claim("port", ClaimStatus.NOT_IN_FORCE,
                "The sides decided to begin possible talks on the port lease.").setAction(StatusReader.UNDECIDED));
        assertThat(rule.compare(a, bothLaunch)).isEmpty();
    }

    @Test
    void shouldNotSetAnAgreementThatLeavesItsDateOpenAgainstAnOpenDate() {
        final Statement open = statement("b", "Y", claim("next-meeting", ClaimStatus.NOT_IN_FORCE,
                "The two sides will stay in contact regarding the next round.").setAction(StatusReader.UNDECIDED));
        for (String text : new String[] {
                "The sides agreed to hold the next round at a mutually convenient time.",
                "They agreed to meet again in Geneva, with dates yet to be determined.",
                "It was agreed that the next round would take place, its timing to be worked out through diplomatic channels."}) {
            final Statement a = statement("a", "X", claim("next-meeting", ClaimStatus.AGREED, text).setAction("agreed"));
            assertThat(rule.compare(a, open)).as(text).isEmpty();
        }
        final Statement fixed = statement("a", "X", claim("next-meeting", ClaimStatus.AGREED,
                "The sides agreed to hold the next round in Geneva on 4 May.").setAction("agreed"));
        assertThat(rule.compare(fixed, open)).singleElement();
    }

    @Test
    void shouldNotReadReadinessOrAnEarlierYearsSettlementAsSettledAtTheMeeting() {
        final Statement open = statement("b", "Y", claim("port", ClaimStatus.NOT_IN_FORCE, "The port lease remains under discussion.")
                .setAction(StatusReader.UNDECIDED));
        for (String[] notSettled : new String[][] {
                {"sign", "X is ready to sign the port lease once the annex is finalised."},
                {"accept", "The government stands ready to accept the port lease."},
                {"signed", "The presidents reaffirmed the port lease signed in 2019."},
                {"concluded", "They recalled the port lease concluded last year."}}) {
            final Statement a = statement("a", "X", claim("port", ClaimStatus.AGREED, notSettled[1]).setAction(notSettled[0]));
            assertThat(rule.compare(a, open)).as(notSettled[1]).isEmpty();
        }
        final Statement signedToday = statement("a", "X", claim("port", ClaimStatus.AGREED,
                "The ministers signed the port lease in Lusaka today.").setAction("signed"));
        assertThat(rule.compare(signedToday, open)).singleElement();
    }

    @Test
    void shouldNotLetAStandingCommitmentOfTheOtherReadoutCountAsItsAgreement() {
        final Statement a = statement("a", "X", claim("migration", ClaimStatus.AGREED, "X and Y concluded a readmission agreement."));
        final Statement b = statement("b", "Y",
                claim("migration", ClaimStatus.NOT_IN_FORCE, "Negotiations on a readmission agreement are continuing.")
                        .setAction(StatusReader.UNDECIDED),
                claim("migration", ClaimStatus.AGREED, "Y reiterated its commitment to a comprehensive approach to migration."));
        assertThat(rule.compare(a, b)).singleElement();
    }
    @Test
    void shouldLeaveAnOpenAccountThatFollowsADenialToPolarity() {
        final Statement agreed = statement("a", "X", claim("energy-deal", ClaimStatus.AGREED,
                "The ministers agreed that payments for gas would be switched to national currencies."));
        final Statement denied = statement("b", "Y",
                claim("text.exist-understand", ClaimStatus.DENIED, "No such understanding exists.")
                        .setPolarity(io.crosscheck.avro.Polarity.NEGATED),
                claim("energy-deal", ClaimStatus.NOT_IN_FORCE,
                        "Payments for gas are a matter for the companies, and the ministers took no decisions on this subject.")
                        .setAction(StatusReader.UNDECIDED));
        assertThat(rule.compare(agreed, denied)).isEmpty();
        final Statement openOnly = statement("b", "Y", claim("energy-deal", ClaimStatus.NOT_IN_FORCE,
                "Payments for gas are a matter for the companies, and the ministers took no decisions on this subject.")
                .setAction(StatusReader.UNDECIDED));
        assertThat(rule.compare(agreed, openOnly)).singleElement();
    }

    @Test
    void shouldPairAcrossTopicsWhenTheOtherReadoutSettledOnlyAnotherPartOfTheAgreedClause() {
        final Statement agreed = statement("a", "X", claim("text.agre-exercis-rescu", ClaimStatus.AGREED,
                "The two sides agreed to hold joint search and rescue exercises, and agreed to launch joint marine scientific "
                        + "research."));
        final Statement other = statement("b", "Y", claim("text.exercis-rescu", ClaimStatus.AGREED,
                "Both sides agreed to conduct a joint search and rescue exercise in the autumn."),
                claim("text.marin-research", ClaimStatus.NOT_IN_FORCE,
                        "X proposed joint marine scientific research, and Y stated that it would consider the proposal.")
                        .setAction(StatusReader.UNDECIDED));
        assertThat(rule.compare(agreed, other)).singleElement()
                .satisfies(f -> assertThat(f.excerptSecond()).contains("would consider"));
        final Statement settledResearch = statement("b", "Y", claim("text.exercis-rescu", ClaimStatus.AGREED,
                "Both sides agreed to a search and rescue exercise and to marine scientific research."),
                claim("text.marin-research", ClaimStatus.NOT_IN_FORCE,
                        "X proposed joint marine scientific research, and Y stated that it would consider the proposal.")
                        .setAction(StatusReader.UNDECIDED));
        assertThat(rule.compare(agreed, settledResearch)).isEmpty();
    }

    @Test
    void shouldSetASignatureStillAheadAgainstATextSignedAtTheMeeting() {
        final Statement signed = statement("a", "X", claim("roadmap", ClaimStatus.AGREED,
                "Following the talks, the parties signed a Roadmap for 2026-2027 on raw materials.").setAction("signed"));
        final Statement toFinalise = statement("b", "Y", claim("roadmap", ClaimStatus.AGREED,
                "The two sides agreed to finalise a Roadmap for 2026-2027 on raw materials, with a view to its signature "
                        + "at the ministerial meeting later this year.").setAction("agreed"));
        final Statement dueToBeSigned = statement("b", "Y", claim("roadmap", ClaimStatus.NOT_IN_FORCE,
                "They welcomed the conclusion of negotiations on the Roadmap, which is due to be signed in the coming months.")
                .setAction("negotiations on"));
        assertThat(rule.compare(toFinalise, signed)).singleElement()
                .satisfies(f -> assertThat(f.confidence()).isGreaterThanOrEqualTo(DetectionSettings.defaults().minConfidence()));
        assertThat(rule.compare(signed, dueToBeSigned)).singleElement()
                .satisfies(f -> assertThat(f.confidence()).isGreaterThanOrEqualTo(DetectionSettings.defaults().minConfidence()));
    }

    @Test
    void shouldExplainASignatureStillAheadAsSuchNotAsTwoAgreements() {
        final Statement signed = statement("a", "X", claim("roadmap", ClaimStatus.AGREED,
                "Following the talks, the parties signed a Roadmap for 2026-2027 on raw materials.").setAction("signed"));
        final Statement toFinalise = statement("b", "Y", claim("roadmap", ClaimStatus.AGREED,
                "The two sides agreed to finalise a Roadmap for 2026-2027 on raw materials, with a view to its signature "
                        + "at the ministerial meeting later this year.").setAction("agreed"));
        assertThat(rule.compare(signed, toFinalise)).singleElement().satisfies(f -> {
            assertThat(f.explanation()).isEqualTo("X says the roadmap was signed; Y says it is still to be signed.");
            assertThat(f.excerptFirst()).startsWith("Following the talks");
        });
        assertThat(rule.compare(toFinalise, signed)).singleElement().satisfies(f -> {
            assertThat(f.explanation()).isEqualTo("Y says the roadmap is still to be signed; X says it was signed.");
            assertThat(f.excerptFirst()).startsWith("The two sides agreed");
        });
    }

    @Test
    void shouldNotSetASignatureAheadAgainstAnotherFutureSignatureOrAPlainAgreement() {
        final Statement willBeSigned = statement("a", "X", claim("framework", ClaimStatus.AGREED,
                "The ministers decided that the framework will be signed in Doha.").setAction("decided that"));
        final Statement dueToBeSigned = statement("b", "Y", claim("framework", ClaimStatus.AGREED,
                "The framework, agreed by the negotiators, is due to be signed in Doha.").setAction("agreed"));
        assertThat(rule.compare(willBeSigned, dueToBeSigned)).isEmpty();
        final Statement signed = statement("a", "X", claim("framework", ClaimStatus.AGREED,
                "The ministers signed the framework.").setAction("signed"));
        final Statement finalised = statement("b", "Y", claim("framework", ClaimStatus.AGREED,
                "The two sides agreed to finalise the framework.").setAction("agreed"));
        assertThat(rule.compare(signed, finalised)).isEmpty();
        final Statement signedAndAhead = statement("b", "Y", claim("framework", ClaimStatus.AGREED,
                "The ministers signed the framework, whose annexes are due to be signed later.").setAction("signed"));
        assertThat(rule.compare(signed, signedAndAhead)).isEmpty();
    }
}
