package io.crosscheck.reliability;

import io.crosscheck.avro.Statement;
import io.crosscheck.config.DetectionSettings;
import io.crosscheck.topology.DetectionEngine;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Modelled on Kafka's streams EOS system test: two Crosscheck instances in separate JVMs process a
 * stream of statements; three times, an instance is killed with SIGKILL while it has a transaction
 * open, and restarted on the same state directory. Afterwards the alerts read with read_committed
 * must equal the offline answer exactly, and no transaction may be left open.
 */
class SigkillIT {

    private static final int COPIES = 4;
    private static final int KILLS = 3;
    private static final Duration START = Duration.ofSeconds(120);

    @Test
    void shouldLoseAndDuplicateNoAlertWhenInstancesAreKilledMidTransaction() throws Exception {
        List<Statement> statements = Samples.repeatedDevset(COPIES);
        AlertOracle oracle = AlertOracle.offline(DetectionEngine.standard(DetectionSettings.defaults()), statements);
        assertThat(oracle.expectedCount()).as("the generated set alerts").isGreaterThan(10);

        try (Pipeline pipeline = new Pipeline("crosscheck-sigkill");
             CrosscheckProcess a = pipeline.instance("a").start();
             CrosscheckProcess b = pipeline.instance("b").start()) {
            a.awaitReady(START);
            b.awaitReady(START);
            int killsMidTransaction = 0;
            try {
                try (StatementStream stream = new StatementStream(pipeline, statements, 12).start()) {
                    CrosscheckProcess[] victims = {a, b, a};
                    for (int kill = 1; kill <= KILLS; kill++) {
                        long progress = (long) statements.size() * kill / (KILLS + 1);
                        Pipeline.await(() -> "committed " + progress + " statements (" + stream.sent() + " sent, "
                                + pipeline.committedInput() + " committed); " + pipeline.progressReport(), Duration.ofSeconds(180),
                                () -> stream.committedAtLeast(progress));
                        CrosscheckProcess victim = victims[kill - 1];
                        Pipeline.await(victim.name() + " has a transaction open", Duration.ofSeconds(60),
                                () -> pipeline.hasOngoingTransaction(victim));
                        victim.kill();
                        killsMidTransaction++;
                        victim.start();
                    }
                    stream.awaitAllSent(Duration.ofSeconds(300));
                }
            } catch (TimeoutException | RuntimeException e) {
                a.dumpThreads();
                b.dumpThreads();
                throw e;
            }
            pipeline.awaitDrained(statements.size());

            AlertOracle.Verdict verdict = oracle.judge(pipeline.readCommittedAlerts());
            Figures.record("SigkillIT", "SIGKILL mid-transaction=" + killsMidTransaction + " statements=" + statements.size()
                    + " " + verdict.summary() + " openTransactions=0");
            assertThat(killsMidTransaction).isEqualTo(KILLS);
            verdict.assertExact();
        }
    }
}
