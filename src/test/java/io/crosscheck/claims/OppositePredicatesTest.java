package io.crosscheck.claims;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class OppositePredicatesTest {

    private final OppositePredicates predicates = OppositePredicates.loadDefault();

    private List<String> lemmas(String sentence) {
        return predicates.firmUses(sentence).stream().map(OppositePredicates.Use::lemma).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The Foreign Minister stressed that these operations are normal and lawful, and will continue as planned.|continue",
            "The two sides agreed that the survey vessel would end its operations in the coming days.|end",
            "The Rafah crossing was reopened to humanitarian convoys on Sunday.|reopen",
            "The Rafah crossing remains closed to humanitarian convoys.|remain closed",
            "The moratorium on deep-sea mining expired last month.|expire",
            "He regretted that the United Kingdom has cut its humanitarian aid.|cut",
            "The sides agreed that the sanctions on the state airline would be lifted.|lift",
            "American troops will withdraw from the air base by September.|withdraw",
            "The Foreign Minister declined the invitation to attend the summit.|decline",
            "The joint naval exercise in the Bay of Bengal has been postponed.|postpone",
            "Direct flights between the two capitals remain suspended.|remain suspended"})
    void shouldReadAFirmUseOfAnOppositePredicate(String sentence, String lemma) {
        assertThat(lemmas(sentence)).contains(lemma);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The agreement will be signed by the end of the year.",
            "The two countries enjoy close cooperation in the energy sector.",
            "The ministers discussed budget cuts and delays in the programme.",
            "Viet Nam is open to discussing cooperation for mutual development.",
            "The sides welcomed the increased trade in agricultural products.",
            "The military operation will not be halted.",
            "The Turkish side called for the military operation to be halted.",
            "Flights between the two capitals could resume next month.",
            "Will the military operation in the border district be halted?",
            "The sanctions on the state airline will be lifted if the prisoners are released.",
            "Media reports suggested that the consulate would be closed.",
            "The two sides will continue to cooperate on energy."})
    void shouldNotReadANounAnAttributeOrAUseThatIsNoFirmStatement(String sentence) {
        assertThat(predicates.firmUses(sentence)).isEmpty();
    }

    @Test
    void shouldKnowOppositesBothWays() {
        assertThat(predicates.opposite("continue", "end")).isTrue();
        assertThat(predicates.opposite("end", "continue")).isTrue();
        assertThat(predicates.opposite("remain closed", "reopen")).isTrue();
        assertThat(predicates.opposite("suspend", "end")).as("near-synonyms are no pair").isFalse();
    }

    /**
     * Each pair of the lexicon says why it is one: a pair marked "wordnet" is a verb antonym in WordNet 3.1; a pair
     * marked "usage" names the diplomatic sense in its comment.
     */
    @Test
    void shouldDocumentEachPairAsAWordNetAntonymOrADiplomaticUsage() throws JWNLException {
        final Dictionary wordnet = Dictionary.getDefaultResourceInstance();
        for (String[] row : OppositePredicates.pairs()) {
            assertThat(row).as(String.join(" | ", row)).hasSize(4);
            assertThat(row[2]).as(String.join(" | ", row)).isIn("wordnet", "usage");
            assertThat(row[3]).as(String.join(" | ", row)).isNotBlank();
            if (row[2].equals("wordnet")) {
                assertThat(verbAntonyms(wordnet, row[0], row[1])).as(String.join(" | ", row)).isTrue();
            }
        }
    }

    private static boolean verbAntonyms(Dictionary wordnet, String x, String y) throws JWNLException {
        final IndexWord w = wordnet.getIndexWord(POS.VERB, x);
        if (w == null) {
            return false;
        }
        for (Synset sense : w.getSenses()) {
            for (Pointer p : sense.getPointers(PointerType.ANTONYM)) {
                for (Word target : p.getTargetSynset().getWords()) {
                    if (target.getLemma().toLowerCase(Locale.ROOT).equals(y)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
