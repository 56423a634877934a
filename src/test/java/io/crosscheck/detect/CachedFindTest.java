package io.crosscheck.detect;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class CachedFindTest {

    @Test
    void shouldAnswerAsThePatternDoesForEveryTextAskedAgain() {
        final Pattern pattern = Pattern.compile("(?i)\\bwill not accept\\b");
        final CachedFind find = new CachedFind(pattern, 1);
        for (int round = 0; round < 2; round++) {
            assertThat(find.in("Tunisia will not accept the return of migrants.")).isTrue();
            assertThat(find.in("The ministers agreed to meet again.")).isFalse();
            assertThat(find.in("They WILL NOT ACCEPT conditions.")).isTrue();
        }
    }
}
