package io.crosscheck.reliability;

import io.crosscheck.avro.Statement;
import io.crosscheck.config.DetectionSettings;
import io.crosscheck.topology.DetectionEngine;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;


/**
 * A rolling restart, as a deployment does it: of two Crosscheck instances (separate JVMs), one is
 * stopped with SIGTERM, started again and awaited ready, then the other, while statements stream in.
 * The committed alerts must equal the offline answer, with no transaction left open.
 */
class RollingRestartIT {

    private static final int COPIES = 3;
    private static final Duration START = Duration.ofSeconds(120);

    @Test
    void shouldLoseAndDuplicateNoAlertDuringARollingRestartOfTwoInstances() throws Exception {
        List<Statement> statements = Samples.repeatedDevset(COPIES);
        AlertOracle oracle = AlertOracle.offline(DetectionEngine.standard(DetectionSettings.defaults()), statements);

        try (Pipeline pipeline = new Pipeline("crosscheck-rolling");
             CrosscheckProcess a = pipeline.instance("a").start();
             CrosscheckProcess b = pipeline.instance("b").start()) {
            a.awaitReady(START);
            b.awaitReady(START);
            int restarted = 0;
            try {
                try (StatementStream stream = new StatementStream(pipeline, statements, 9).start()) {
                    CrosscheckProcess[] order = {a, b};
                    for (int i = 0; i < order.length; i++) {
                        long progress = (long) statements.size() * (i + 1) / (order.length + 1);
                        Pipeline.await(() -> "committed " + progress + " statements (" + stream.sent() + " sent, "
                                + pipeline.committedInput() + " committed); " + pipeline.progressReport(), Duration.ofSeconds(180),
                                () -> stream.committedAtLeast(progress));
                        order[i].stop(Duration.ofSeconds(60));
                        order[i].start();
                        order[i].awaitReady(START);
                        restarted++;
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
            Figures.record("RollingRestartIT", "instances restarted (SIGTERM)=" + restarted + " statements=" + statements.size()
                    + " " + verdict.summary() + " openTransactions=0");
            verdict.assertExact();
        }
    }
}
