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
 * The broker goes down (clean shutdown) and comes back on the same log directory and port while a
 * Crosscheck instance (a separate JVM) has a transaction open and statements keep streaming in. The
 * instance must ride it out without restarting, and the committed alerts must equal the offline answer.
 */
class BrokerRestartIT {

    private static final int COPIES = 3;
    private static final int RESTARTS = 2;

    @Test
    void shouldLoseAndDuplicateNoAlertAcrossBrokerRestartsDuringProcessing() throws Exception {
        List<Statement> statements = Samples.repeatedDevset(COPIES);
        AlertOracle oracle = AlertOracle.offline(DetectionEngine.standard(DetectionSettings.defaults()), statements);

        try (Pipeline pipeline = new Pipeline("crosscheck-broker-restart");
             CrosscheckProcess instance = pipeline.instance("a").start()) {
            instance.awaitReady(Duration.ofSeconds(120));
            int restartsMidTransaction = 0;
            try {
                try (StatementStream stream = new StatementStream(pipeline, statements, 9).start()) {
                    for (int restart = 1; restart <= RESTARTS; restart++) {
                        long progress = (long) statements.size() * restart / (RESTARTS + 1);
                        Pipeline.await(() -> "committed " + progress + " statements (" + stream.sent() + " sent, "
                                + pipeline.committedInput() + " committed); " + pipeline.progressReport(), Duration.ofSeconds(180),
                                () -> stream.committedAtLeast(progress));
                        // Aim for the middle of a transaction; with 100 ms commits the window is short, so
                        // look for a bounded while and restart anyway: statements are still streaming in.
                        if (sawTransactionWithin(pipeline, instance, Duration.ofSeconds(20))) {
                            restartsMidTransaction++;
                        }
                        pipeline.broker.stop();
                        pipeline.broker.start();
                    }
                    stream.awaitAllSent(Duration.ofSeconds(300));
                }
            } catch (TimeoutException | RuntimeException e) {
                instance.dumpThreads();
                throw e;
            }
            pipeline.awaitDrained(statements.size());

            AlertOracle.Verdict verdict = oracle.judge(pipeline.readCommittedAlerts());
            Figures.record("BrokerRestartIT", "broker restarts mid-transaction=" + restartsMidTransaction
                    + " statements=" + statements.size() + " " + verdict.summary() + " openTransactions=0"
                    + " instanceSurvived=" + instance.isAlive());
            assertThat(instance.isAlive()).as("the instance rode out the broker restarts; log:\n" + instance.tail()).isTrue();
            verdict.assertExact();
        }
    }

    private static boolean sawTransactionWithin(Pipeline pipeline, CrosscheckProcess instance, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (pipeline.hasOngoingTransaction(instance)) {
                return true;
            }
        }
        return false;
    }
}
