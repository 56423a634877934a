package io.crosscheck.cli;

import io.crosscheck.bench.BenchSizes;
import io.crosscheck.bench.Benchmark;
import io.crosscheck.bench.StatementGenerator;
import io.crosscheck.config.CrosscheckConfig;
import io.crosscheck.config.DetectionSettings;
import io.crosscheck.topology.DetectionEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Measures Crosscheck on generated readouts: full topology vs a pass-through baseline in
 * TopologyTestDriver (the ratio), the claim extractor alone, scaling with statements per event and
 * open events, and end to end on an embedded broker. Prints Markdown tables, PASS/MISS per target,
 * and ends with {@code ratio: X.XX}. See BENCHMARKS.md.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the topology against a pass-through baseline, the extractor, scaling and end-to-end latency.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--quick", description = "small sizes, under 3 minutes (open events up to 2·10^4 instead of 10^5)")
    private boolean quick;

    @Option(names = "--statements", paramLabel = "N", description = "statements per throughput run (default 300 quick, 1500 full)")
    private Integer statements;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "generator seed (default ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--contradiction-share", paramLabel = "X", defaultValue = "0.3",
            description = "share of events generated with a contradiction, 0–1 (default ${DEFAULT-VALUE})")
    private double contradictionShare;

    @Option(names = "--eventless-share", paramLabel = "X", defaultValue = "0.2",
            description = "share of events whose statements carry no eventId, 0–1 (default ${DEFAULT-VALUE})")
    private double eventlessShare;

    @Option(names = "--max-open-events", paramLabel = "N", description = "cap the open-events scaling sizes")
    private Integer maxOpenEvents;

    @Option(names = "--topology-only", description = "TopologyTestDriver parts only: skip the embedded broker")
    private boolean topologyOnly;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (statements != null && statements < 2) {
            err.println("bench: --statements must be at least 2");
            return ExitCodes.BAD_INPUT;
        }
        BenchSizes sizes = quick ? BenchSizes.quickSizes() : BenchSizes.fullSizes();
        if (statements != null) {
            sizes = sizes.withStatements(statements);
        }
        if (maxOpenEvents != null) {
            sizes = sizes.withMaxOpenEvents(maxOpenEvents);
        }
        StatementGenerator.Settings settings = StatementGenerator.Settings.of(seed)
                .withContradictionShare(contradictionShare)
                .withEventlessShare(eventlessShare);
        DetectionSettings detection = CrosscheckConfig.fromEnv(System.getenv()).detectionSettings();
        long loadStart = System.nanoTime();
        DetectionEngine engine = DetectionEngine.standard(detection);
        err.println(String.format(Locale.ROOT, "bench: detection engine loaded in %.1f s", (System.nanoTime() - loadStart) / 1e9));
        new Benchmark(engine, sizes, settings, !topologyOnly).run(out);
        return ExitCodes.OK;
    }
}
