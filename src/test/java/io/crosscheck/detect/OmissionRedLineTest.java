package io.crosscheck.detect;

import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Polarity;
import io.crosscheck.avro.Statement;
import io.crosscheck.claims.TermAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static io.crosscheck.detect.Claims.claim;
import static io.crosscheck.detect.Claims.statement;
import static org.assertj.core.api.Assertions.assertThat;

/** Red lines and preconditions as omission points: read below the plain salience threshold or in first person. */
class OmissionRedLineTest {

    private final OmissionRule rule = new OmissionRule(new SentenceAligner(new TermAnalyzer()));

    private static Statement other() {
        return statement("b", "Y", claim("trade", ClaimStatus.AGREED, "The ministers agreed to open a new consulate in the port city."));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The Prime Minister said the country will accept no conditions attached to the new credit line.",
            "The President made clear that his government will not allow foreign warships to dock at its harbours.",
            "The Minister stated that under no circumstances would the islands be handed over.",
            "Any settlement must exclude the stationing of foreign forces on the peninsula."})
    void shouldReportARedLineReadBelowThePlainSalienceThreshold(String redLine) {
        final Statement making = statement("a", "X", claim("sovereignty", ClaimStatus.AGREED, redLine).setSalience(0.7));
        assertThat(rule.compare(making, other())).singleElement().satisfies(f -> assertThat(f.first()).isSameAs(making));
    }

    @Test
    void shouldReportARefusalToHostForeignForcesReadAsAPlainStatement() {
        final Statement making = statement("a", "X", claim("military-presence", ClaimStatus.STATED,
                "The Prime Minister also made clear that the islands will not host a military base of any foreign country.")
                .setSalience(0.58));
        assertThat(rule.compare(making, other())).singleElement().satisfies(f -> assertThat(f.first()).isSameAs(making));
        // The same plain statement without a refusal is not a point, nor is the refusal read as a courtesy aside.
        assertThat(rule.compare(statement("a", "X", claim("military-presence", ClaimStatus.STATED,
                "The Prime Minister also noted that the islands host a regional training centre.").setSalience(0.58)), other())).isEmpty();
        assertThat(rule.compare(statement("a", "X", claim("military-presence", ClaimStatus.STATED,
                "He thanked the hosts, who will not host a military base.").setSalience(0.25)), other())).isEmpty();
    }

    @Test
    void shouldLookForWhatARedLineRefusesNotForTheSideItNames() {
        final Statement making = statement("a", "X", claim("military-presence", ClaimStatus.STATED,
                "The Prime Minister also made clear that Fiji will not host a military base of any foreign country.")
                .setSalience(0.58));
        final Statement thanking = statement("b", "Y", claim("trade", ClaimStatus.AGREED,
                "The ministers agreed to open a new consulate in the port city. The Prime Minister of Fiji made clear his thanks to the people of Fiji for their warm hospitality."));
        assertThat(rule.compare(making, thanking)).singleElement().satisfies(f -> assertThat(f.first()).isSameAs(making));
    }

    @Test
    void shouldReportARedLineOnAnUnnamedSubject() {
        final Statement making = statement("a", "X", claim("text.credit-condit-line", ClaimStatus.AGREED,
                "He added that the country will accept no conditions attached to the credit line.")
                .setPolarity(Polarity.NEGATED).setSalience(0.7));
        assertThat(rule.compare(making, other())).singleElement().satisfies(f -> assertThat(f.first()).isSameAs(making));
    }

    @Test
    void shouldNotReportARedLineTheOtherReadoutReports() {
        final Statement making = statement("a", "X", claim("sovereignty", ClaimStatus.AGREED,
                "The President made clear that his government will not allow foreign warships to dock at its harbours.").setSalience(0.7));
        final Statement reporting = statement("b", "Y", claim("trade", ClaimStatus.STATED,
                "The President told us his government would not let foreign warships dock at its harbours."));
        assertThat(rule.compare(making, reporting)).isEmpty();
    }

    @Test
    void shouldNotReportARedLineCreditedToSomeoneElse() {
        final Statement making = statement("a", "X", claim("sovereignty", ClaimStatus.AGREED,
                "Local media reported that the government will not allow foreign warships to dock.").setSalience(0.7).setAssertedBy("media"));
        assertThat(rule.compare(making, other())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The accord will take effect only after it has been ratified by our parliament.",
            "We will release the funds only once the audit has been completed by our inspectors."})
    void shouldReportAPreconditionInTheSpeakersOwnWords(String condition) {
        final Statement making = statement("a", "X", claim("text.accord-effect-ratifi", ClaimStatus.CONDITIONAL, condition).setSalience(0.85));
        assertThat(rule.compare(making, other())).singleElement().satisfies(f -> assertThat(f.first()).isSameAs(making));
    }

    @Test
    void shouldStillIgnoreFirstPersonDemandsOnUnnamedSubjects() {
        final Statement making = statement("a", "X", claim("text.appeal-actor-navig", ClaimStatus.REQUESTED,
                "We call on all actors to respect freedom of navigation in the strait.").setSalience(0.7));
        assertThat(rule.compare(making, other())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "For the talks to resume, the other side should first withdraw its troops.",
            "Before anything else, the government must first release the detainees.",
            "The donors said the ministry will have to first publish its accounts."})
    void shouldReadAStepRequiredFirstAsAPrecondition(String sentence) {
        assertThat(OmissionRule.PRECONDITION.matcher(sentence).find()).isTrue();
    }

    @Test
    void shouldReadAFirstStepStatedAsNotYetInForceAsAnImpliedDemand() {
        final Statement making = statement("a", "X", claim("text.drill-first-stop", ClaimStatus.NOT_IN_FORCE,
                "For the country to join new talks, the two allies should first stop their military drills.").setSalience(0.5));
        assertThat(rule.impliedDemand(making.getClaims().get(0), making, null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The delegation made it clear that any future agreement on the strait must take into account the fleets of third countries.",
            "We insisted that any new deal would have to cover the tariffs on processed steel.",
            "The envoy said any eventual settlement should also include the return of the seized vessels."})
    void shouldReadARequirementOnWhatAnyDealContainsAsACondition(String requirement) {
        assertThat(OmissionRule.OUTCOME_REQUIREMENT.matcher(requirement).find()).isTrue();
        final Statement making = statement("a", "X", claim("text.deal-fleet-strait", ClaimStatus.DEMANDED, requirement).setSalience(0.9));
        assertThat(rule.compare(making, other())).singleElement().satisfies(f -> assertThat(f.first()).isSameAs(making));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Any arrangement must fully respect the sovereignty and territorial integrity of the country.",
            "Any agreement should be consistent with international law.",
            "Any lasting peace must come with guarantees."})
    void shouldNotReadARequirementOfConformityAsAConditionOnContent(String rhetoric) {
        assertThat(OmissionRule.OUTCOME_REQUIREMENT.matcher(rhetoric).find()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The minister stressed that ending the blockade is a prerequisite for any resumption of trade.",
            "Full access for the inspectors remains the main condition for the release of the funds.",
            "He described the withdrawal of the troops as a precondition of the talks."})
    void shouldReadAConditionNamedByANounAsAPrecondition(String condition) {
        assertThat(OmissionRule.PRECONDITION.matcher(condition).find()).isTrue();
    }
}
