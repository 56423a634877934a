package io.crosscheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code calibrate} as a user runs it: labelled set directories in, band table on stderr, table rows on stdout. */
class CalibrateCommandTest {

    private static final Path FOUNDING = Path.of("src/test/resources/founding");

    static CliRun.Captured calibrate(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "calibrate";
        System.arraycopy(args, 0, full, 1, args.length);
        return CliRun.execute(full);
    }

    @Test
    void shouldScoreEveryBandAndProposeNoneWhereTheAlertsWereRight() {
        CliRun.Captured result = calibrate("--set", FOUNDING.toString());

        assertThat(result.exitCode()).isZero();
        // The founding event's expected file lists what the rules find there: every band is right, none is proposed.
        assertThat(result.out()).isBlank();
        assertThat(result.err()).contains("SCOPE").contains("OMISSION").contains("(pair, kind) scored");
    }

    @Test
    void shouldProposeABandWhoseAlertsWereWrong(@TempDir Path dir) throws IOException {
        // The same readouts labelled as if a journalist had flagged nothing: every alert is wrong.
        Files.copy(FOUNDING.resolve("statements.jsonl"), dir.resolve("statements.jsonl"));
        Files.writeString(dir.resolve("expected.json"), "[]");

        CliRun.Captured result = calibrate("--set", dir.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).isNotEmpty().allSatisfy(row -> {
            String[] fields = row.split("\t");
            assertThat(fields).hasSize(6);
            assertThat(fields[3]).isEqualTo("0");
            // 0 right of 2 is already evidence enough (P(<even) 0.875 against the default 0.8); 0 of 1 is not.
            assertThat(Integer.parseInt(fields[4])).isGreaterThanOrEqualTo(2);
        });
        assertThat(result.out()).contains("OMISSION\t0.90\t1.00\t0\t");
    }

    @Test
    void shouldRefuseASetWithoutItsExpectedFile(@TempDir Path dir) throws IOException {
        Files.copy(FOUNDING.resolve("statements.jsonl"), dir.resolve("statements.jsonl"));

        CliRun.Captured result = calibrate("--set", dir.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("expected.json");
    }
}
