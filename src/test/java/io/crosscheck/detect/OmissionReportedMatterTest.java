package io.crosscheck.detect;

import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Statement;
import io.crosscheck.claims.TermAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.crosscheck.detect.Claims.claim;
import static io.crosscheck.detect.Claims.statement;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a demand, red line or condition counts as reported by the other readout: a red line on a subject the other
 * side speaks of, a demand placed at the meeting in a spokesperson's answers, a demand the other side reports as
 * "raised", and a condition whose two steps the other side reports without their link.
 */
class OmissionReportedMatterTest {

    private final OmissionRule rule = new OmissionRule(new SentenceAligner(new TermAnalyzer()));

    private static Statement of(String id, String issuer, String country, io.crosscheck.avro.Claim.Builder... claims) {
        final Statement s = statement(id, issuer, claims);
        s.setIssuerCountry(country);
        return s;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The President stated that Thailand will not accept any deployment of foreign troops along the frontier.",
            "The Minister made clear that under no circumstances would Thailand host foreign bases near the frontier.",
            "He said any arrangement must exclude the stationing of foreign troops along the frontier."})
    void shouldReportARedLineOnASubjectTheOtherReadoutSpeaksOf(String redLine) {
        final Statement making = of("a", "Thai MFA", "TH", claim("territory", ClaimStatus.AGREED, redLine).setSalience(0.75));
        final Statement omitting = of("b", "Cambodian MFA", "KH", claim("territory", ClaimStatus.AGREED,
                "Both sides agreed to reopen the border checkpoints for trade next month."));
        assertThat(rule.compare(making, omitting)).singleElement().satisfies(f -> assertThat(f.first()).isSameAs(making));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "At the meeting, the Chinese side made it clear that the Philippine side must withdraw its vessels from the shoal.",
            "During the talks the Chinese delegation demanded that the Philippine side withdraw its vessels from the shoal.",
            "The Chinese side stressed in the course of the consultations that the Philippine side must withdraw its vessels from the shoal."})
    void shouldCountADemandASpokespersonPlacesAtTheMeeting(String answer) {
        final Statement making = of("a", "China MFA", "CN",
                claim("text.consult-candid", ClaimStatus.STATED, "Q: What happened at the consultations? A: The talks were candid."),
                claim("text.shoal-vessel-withdraw", ClaimStatus.DEMANDED, answer).setSalience(0.9));
        final Statement omitting = of("b", "Philippine DFA", "PH", claim("fisheries", ClaimStatus.AGREED,
                "The two sides agreed to hold the next round of consultations in Beijing in the autumn."));
        assertThat(rule.compare(making, omitting)).singleElement().satisfies(f -> assertThat(f.excerptFirst()).isEqualTo(answer));
    }

    @Test
    void shouldNotCountASpokespersonsOwnAppealAsAPointOfTheMeeting() {
        final Statement making = of("a", "China MFA", "CN",
                claim("text.consult-candid", ClaimStatus.STATED, "Q: What happened at the consultations? A: The talks were candid."),
                claim("text.shoal-vessel-withdraw", ClaimStatus.DEMANDED,
                        "China urges the Philippine side to withdraw its vessels from the shoal.").setSalience(0.9));
        final Statement omitting = of("b", "Philippine DFA", "PH", claim("fisheries", ClaimStatus.AGREED,
                "The two sides agreed to hold the next round of consultations in Beijing in the autumn."));
        assertThat(rule.compare(making, omitting)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The Chinese Foreign Minister raised the case of the Chinese crew held in Puerto Princesa.",
            "The Chinese side brought up the situation of the crew held in Puerto Princesa.",
            "Minister Wang expressed concern about the crew of the Chinese vessel held by the Coast Guard."})
    void shouldNotReportADemandTheOtherReadoutSaysTheDemandingSideRaised(String raised) {
        final Statement making = of("a", "China MFA", "CN", claim("text.crew-release-vessel", ClaimStatus.REQUESTED,
                "Wang Yi urged the Philippine side to release the crew of the Chinese fishing vessel without delay.").setSalience(0.75));
        final Statement omitting = of("b", "Philippine DFA", "PH",
                claim("fisheries", ClaimStatus.STATED, raised),
                claim("fisheries", ClaimStatus.STATED, "The Secretary replied that the matter is before the courts."));
        assertThat(rule.compare(making, omitting)).isEmpty();
    }

    @Test
    void shouldStillReportADemandWhenOnlyTheOtherSideRaisedAMatter() {
        final Statement making = of("a", "China MFA", "CN", claim("text.crew-release-vessel", ClaimStatus.REQUESTED,
                "Wang Yi urged the Philippine side to release the crew of the Chinese fishing vessel without delay.").setSalience(0.75));
        final Statement omitting = of("b", "Philippine DFA", "PH",
                claim("fisheries", ClaimStatus.STATED, "The Philippine Secretary raised the harassment of Filipino fishing boats near the shoal."),
                claim("fisheries", ClaimStatus.STATED, "The two ministers agreed to meet again in July."));
        assertThat(rule.compare(making, omitting)).singleElement().satisfies(f -> assertThat(f.first()).isSameAs(making));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Portugal will ease visa rules for Angolan students and the two countries will deepen cooperation on the readmission of Angolan nationals.",
            "The two countries will deepen cooperation on the readmission of Angolan nationals, and Portugal will ease visa rules for Angolan students."})
    void shouldReportAConditionWhoseStepsTheOtherReadoutReportsUnlinked(String unlinked) {
        final Statement making = of("a", "Angola Presidency", "AO", claim("visas", ClaimStatus.CONDITIONAL,
                "The President stressed that Angola would cooperate on the readmission of its nationals only once the easing of visa rules for Angolan students has entered into force.").setSalience(0.9));
        final Statement omitting = of("b", "Portugal Government", "PT", claim("visas", ClaimStatus.AGREED, unlinked));
        assertThat(rule.compare(making, omitting)).singleElement().satisfies(f -> assertThat(f.first()).isSameAs(making));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Angola will cooperate on the readmission of its nationals in exchange for Portugal easing visa rules for Angolan students.",
            "Cooperation on the readmission of Angolan nationals is linked to the easing of visa rules for Angolan students.",
            "Angola will cooperate on the readmission of its nationals as soon as Portugal eases visa rules for Angolan students."})
    void shouldNotReportAConditionTheOtherReadoutLinksInItsOwnWords(String linked) {
        final Statement making = of("a", "Angola Presidency", "AO", claim("visas", ClaimStatus.CONDITIONAL,
                "The President stressed that Angola would cooperate on the readmission of its nationals only once the easing of visa rules for Angolan students has entered into force.").setSalience(0.9));
        final Statement omitting = of("b", "Portugal Government", "PT", claim("visas", ClaimStatus.AGREED, linked));
        assertThat(rule.compare(making, omitting)).isEmpty();
    }

    @Test
    void shouldNotHoldANoteThatOnlyRecordsTheMeetingToAnyPoint() {
        final Statement making = of("a", "Turkish MoD", "TR", claim("text.camp-close", ClaimStatus.DEMANDED,
                "Minister Kaya demanded that Baghdad close the camps in the Makhmour area.").setSalience(0.85));
        final Statement note = of("b", "Iraqi News Agency", "IQ");
        assertThat(rule.compare(making, note)).isEmpty();
    }
}
