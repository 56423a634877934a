package io.crosscheck.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class BenchCommandTest {

    @Test
    void shouldRunTheTopologyOnlyBenchmarkOnATinySizeAndEndWithTheRatioLine() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(new StringWriter()));

        int exit = commandLine.execute("bench", "--quick", "--topology-only", "--statements", "12", "--max-open-events", "200");

        String report = out.toString();
        assertThat(exit).isZero();
        assertThat(report).contains("| pass-through (same Avro serdes) |", "| full Crosscheck |", "| 100 |", "| 200 |", "## Targets");
        assertThat(report.strip().lines().reduce((first, second) -> second).orElseThrow()).matches("ratio: \\d+\\.\\d\\d");
    }

    @Test
    void shouldRejectFewerThanTwoStatements() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(new StringWriter()));

        assertThat(commandLine.execute("bench", "--statements", "1", "--topology-only")).isEqualTo(ExitCodes.BAD_INPUT);
    }
}
