package io.crosscheck.detect;

import io.crosscheck.avro.AlertKind;
import io.crosscheck.avro.Statement;
import io.crosscheck.claims.TermAnalyzer;
import io.crosscheck.claims.TestStatements;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExclusionScopeRuleTest {

    private final ExclusionScopeRule rule = new ExclusionScopeRule(new SentenceAligner(new TermAnalyzer()));

    private List<Finding> compare(String textA, String textB) {
        final Statement a = TestStatements.of("a", "Ministry of Culture", "CD", textA);
        final Statement b = TestStatements.of("b", "Science Policy Office", "BE", textB);
        return rule.compare(a, b);
    }

    @Test
    void shouldReportWhatOneSideIncludesAndTheOtherSaysIsNotCovered() {
        final List<Finding> found = compare("Belgium will return all objects acquired illegitimately, including the human remains.",
                "The protocol concerns a first list of 84 objects. Human remains are not covered by this protocol.");
        assertThat(found).extracting(Finding::kind).containsExactly(AlertKind.SCOPE);
        assertThat(found.get(0).first().getStatementId()).isEqualTo("a");
    }

    @Test
    void shouldReportAFullCoverageTheOtherSideCutsShort() {
        assertThat(compare("Officers will patrol along the entire coastline from Dunkirk to the Bay of Somme.",
                "Officers will patrol off Nord and Pas-de-Calais; the Somme coastline is not covered at this stage."))
                .hasSize(1);
    }

    @Test
    void shouldReportInEitherOrder() {
        assertThat(compare("Offal and other by-products are not included in the protocol.",
                "The protocol covers pork meat, including offal and other by-products.")).hasSize(1);
    }

    @Test
    void shouldStaySilentWhenTheExclusionIsAboutSomethingElse() {
        assertThat(compare("Belgium will return all objects acquired illegitimately, including the human remains.",
                "Archival documents are not covered by this protocol.")).isEmpty();
    }

    @Test
    void shouldStaySilentWhenNeitherSideExcludesAnything() {
        assertThat(compare("Belgium will return all objects acquired illegitimately, including the human remains.",
                "Belgium will return the human remains and 84 objects.")).isEmpty();
    }

    @Test
    void shouldLeaveAnExclusionThatDetailsARebuttalToPolarity() {
        assertThat(compare("The ministry welcomed the protocol, which covers all looted objects, including the human remains.",
                "Q: Does the protocol include the human remains? A: No, that is not correct. Human remains are not covered by this protocol."))
                .isEmpty();
        assertThat(compare("The protocol covers pork meat, including offal and other by-products.",
                "That is inaccurate. Offal and other by-products are not included in the protocol.")).isEmpty();
    }

    @Test
    void shouldStillReportAnExclusionFarFromAnyRebuttal() {
        assertThat(compare("The protocol covers pork meat, including offal and other by-products.",
                "Reports of a fishing deal are not correct. The ministers met in Hanoi. They signed the protocol. "
                        + "They toured the port. Offal and other by-products are not included in the protocol.")).hasSize(1);
    }

    @Test
    void shouldMatchAPersonNounWithItsAdjective() {
        assertThat(compare("The release will include all politicians and journalists held by the authorities.",
                "Political detainees and journalists are not included in the first lists.")).hasSize(1);
        assertThat(compare("The amnesty covers all activists and economists arrested last year.",
                "Economic offences and activism charges are not covered by the amnesty.")).hasSize(1);
    }

    @Test
    void shouldReadOutsideTheScopeAsAnExclusion() {
        assertThat(compare("The plan provides for the withdrawal of all foreign troops and military advisers, without exception.",
                "Foreign military advisers invited by the government are not within the scope of the plan.")).hasSize(1);
        assertThat(compare("The moratorium applies to all fishing vessels and trawlers in the bay.",
                "Small fishing trawlers fall outside the scope of the moratorium.")).hasSize(1);
    }

    @Test
    void shouldNotTakeAnUnrelatedWordWithACommonPrefixForAShare() {
        assertThat(ExclusionScopeRule.root("statement")).isNotEqualTo(ExclusionScopeRule.root("state"));
        assertThat(ExclusionScopeRule.sharedRoots(java.util.Set.of("politician", "journalist"), java.util.Set.of("polit", "journal")))
                .containsExactlyInAnyOrder("politician", "journalist");
    }
}
