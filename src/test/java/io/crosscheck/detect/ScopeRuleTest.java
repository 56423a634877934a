package io.crosscheck.detect;

import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Statement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.crosscheck.detect.Claims.claim;
import static io.crosscheck.detect.Claims.statement;
import static org.assertj.core.api.Assertions.assertThat;

class ScopeRuleTest {

    private final ScopeRule rule = new ScopeRule();

    @Test
    void shouldFireWhenOneCoverageIsNarrower() {
        final Statement a = statement("a", "White House", claim("ceasefire", ClaimStatus.AGREED, "an energy and infrastructure ceasefire")
                .setScope(List.of("energy", "infrastructure")));
        final Statement b = statement("b", "Kremlin", claim("ceasefire", ClaimStatus.AGREED, "a halt on attacks on energy infrastructure")
                .setScope(List.of("energy-infrastructure")));
        assertThat(rule.compare(a, b)).singleElement().satisfies(f -> assertThat(f.topic()).isEqualTo("ceasefire"));
    }

    @Test
    void shouldFireOnFullAgainstLocalWhenBothAreInForce() {
        final Statement a = statement("a", "X", claim("ceasefire", ClaimStatus.AGREED, "a ceasefire along the entire border")
                .setScope(List.of("full")));
        final Statement b = statement("b", "Y", claim("ceasefire", ClaimStatus.AGREED, "a ceasefire in the areas of the temples")
                .setScope(List.of("local")));
        assertThat(rule.compare(a, b)).hasSize(1);
    }

    @Test
    void shouldNotFireOnEqualCoverage() {
        final Statement a = statement("a", "X", claim("ceasefire", ClaimStatus.AGREED, "an energy ceasefire").setScope(List.of("energy")));
        final Statement b = statement("b", "Y", claim("ceasefire", ClaimStatus.AGREED, "a truce on energy").setScope(List.of("energy")));
        assertThat(rule.compare(a, b)).isEmpty();
    }

    @Test
    void shouldNotFireOnTwoDifferentActionsOfOneTopic() {
        final Statement a = statement("a", "X", claim("ceasefire", ClaimStatus.AGREED, "a maritime ceasefire").setScope(List.of("maritime")));
        final Statement b = statement("b", "Y", claim("ceasefire", ClaimStatus.AGREED, "an energy ceasefire").setScope(List.of("energy")));
        assertThat(rule.compare(a, b)).isEmpty();
    }

    @Test
    void shouldNotFireOnAGoalAgainstWhatAppliesNow() {
        final Statement a = statement("a", "X", claim("ceasefire", ClaimStatus.NOT_IN_FORCE, "on the way to a full ceasefire")
                .setScope(List.of("full")));
        final Statement b = statement("b", "Y", claim("ceasefire", ClaimStatus.AGREED, "an energy ceasefire").setScope(List.of("energy")));
        assertThat(rule.compare(a, b)).isEmpty();
    }

    @Test
    void shouldNotTakeWhatAConditionNamesAsTheCoverage() {
        final String condition = "only once vessels carrying grain and fertiliser regain access to foreign ports";
        final Statement a = statement("a", "X", claim("maritime-navigation", ClaimStatus.CONDITIONAL,
                "Shipping could resume " + condition + ".").setScope(List.of("fertiliser", "grain", "port")).setCondition(condition));
        final Statement b = statement("b", "Y", claim("maritime-navigation", ClaimStatus.AGREED,
                "safe passage for ships loaded with grain and fertiliser").setScope(List.of("fertiliser", "grain")));
        assertThat(rule.compare(a, b)).isEmpty();
    }

    @Test
    void shouldStillReadTheCoverageOutsideACondition() {
        final String condition = "once insurance is restored";
        final Statement a = statement("a", "X", claim("maritime-navigation", ClaimStatus.CONDITIONAL,
                "The corridor will carry grain, fertiliser and port equipment " + condition + ".")
                .setScope(List.of("fertiliser", "grain", "port")).setCondition(condition));
        final Statement b = statement("b", "Y", claim("maritime-navigation", ClaimStatus.AGREED,
                "safe passage for ships loaded with grain and fertiliser").setScope(List.of("fertiliser", "grain")));
        assertThat(rule.compare(a, b)).hasSize(1);
    }
    @Test
    void shouldNotTreatTwoAgendaListsAsTwoCoverages() {
        final Statement a = statement("a", "X", claim("ceasefire", ClaimStatus.DISCUSSED,
                "The ministers discussed the truce, energy facilities and port infrastructure.")
                .setScope(List.of("energy", "infrastructure")));
        final Statement b = statement("b", "Y", claim("ceasefire", ClaimStatus.AGREED,
                "The talks focused on the truce and infrastructure.").setScope(List.of("infrastructure")));
        assertThat(rule.compare(a, b)).isEmpty();
        final Statement c = statement("c", "Z", claim("ceasefire", ClaimStatus.PROPOSED,
                "Their meeting centred on the truce and infrastructure.").setScope(List.of("infrastructure")));
        assertThat(rule.compare(c, statement("d", "W", claim("ceasefire", ClaimStatus.AGREED,
                "They agreed a truce covering energy and infrastructure.").setScope(List.of("energy", "infrastructure")))))
                .isEmpty();
    }

    @Test
    void shouldKeepTheCoverageOfAnAgreementReachedInTalks() {
        final Statement a = statement("a", "X", claim("ceasefire", ClaimStatus.AGREED,
                "After they discussed the situation, the sides agreed a truce on energy and infrastructure.")
                .setScope(List.of("energy", "infrastructure")));
        final Statement b = statement("b", "Y", claim("ceasefire", ClaimStatus.AGREED,
                "The sides agreed to halt strikes on energy infrastructure.").setScope(List.of("energy-infrastructure")));
        assertThat(rule.compare(a, b)).hasSize(1);
    }
    @Test
    void shouldKeepTheCoverageOfAnActionWhoseVerbReadsAsADiscussion() {
        final Statement a = statement("a", "X", claim("trade", ClaimStatus.DISCUSSED,
                "The treaty will cover all farm trade between the two countries.").setScope(List.of("all", "farm")));
        final Statement b = statement("b", "Y", claim("trade", ClaimStatus.AGREED,
                "Dairy products are left out of the treaty.").setScope(List.of("dairy", "farm")));
        assertThat(rule.compare(a, b)).hasSize(1);
    }

    @Test
    void shouldNotTakeExamplesOfAGeneralWordAsACoverageOfTheirOwn() {
        final Statement a = statement("a", "X", claim("sanctions", ClaimStatus.STATED,
                "lift restrictions on farm goods").setScope(List.of("grain")));
        final Statement b = statement("b", "Y", claim("sanctions", ClaimStatus.STATED,
                "lift restrictions on farm goods, in particular grain and fertiliser").setScope(List.of("fertiliser", "grain")));
        assertThat(rule.compare(a, b)).isEmpty();
    }

    @Test
    void shouldKeepACoverageWordReadBeforeTheExamples() {
        final Statement a = statement("a", "X", claim("sanctions", ClaimStatus.STATED,
                "lift restrictions on grain").setScope(List.of("grain")));
        final Statement b = statement("b", "Y", claim("sanctions", ClaimStatus.STATED,
                "lift restrictions on grain and fertiliser, including potash").setScope(List.of("fertiliser", "grain")));
        assertThat(rule.compare(a, b)).hasSize(1);
    }
}
