package io.crosscheck.bench;

import io.crosscheck.avro.Statement;
import io.crosscheck.topology.DetectionEngine;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs every measurement of the {@code bench} command in one process and prints Markdown tables,
 * the targets with PASS/MISS, and a closing line {@code ratio: X.XX} (full topology /
 * pass-through, TopologyTestDriver). Input: the detection engine, sizes, generator settings, and
 * whether to run the broker part. Output: the report on {@code out}.
 */
public final class Benchmark {

    static final double TARGET_RATIO = 0.50;
    static final double TARGET_EXTRACTION_PER_SECOND = 5_000;
    static final double TARGET_P99_MILLIS = 200;
    static final long TARGET_RSS_BYTES = 1L << 30;
    static final int TARGET_OPEN_EVENTS = 100_000;

    private final DetectionEngine engine;
    private final BenchSizes sizes;
    private final StatementGenerator.Settings settings;
    private final boolean withBroker;

    public Benchmark(DetectionEngine engine, BenchSizes sizes, StatementGenerator.Settings settings, boolean withBroker) {
        this.engine = engine;
        this.sizes = sizes;
        this.settings = settings;
        this.withBroker = withBroker;
    }

    /** Runs the benchmark; returns the ratio full / pass-through. */
    public double run(PrintWriter out) throws Exception {
        List<Statement> statements = new StatementGenerator(settings).statements(sizes.statements());
        List<Statement> warmUp = new StatementGenerator(new StatementGenerator.Settings(settings.seed() + 1_000,
                settings.contradictionShare(), settings.eventlessShare(), settings.start(), settings.eventSpacing()))
                .statements(sizes.warmUp());
        printDataset(out, statements);
        List<String> targets = new ArrayList<>();

        out.println("## Throughput in TopologyTestDriver: full topology vs pass-through");
        out.flush();
        TopologyThroughputBench.Result throughput = new TopologyThroughputBench(engine).run(statements, warmUp, sizes.rounds());
        printThroughput(out, throughput);
        targets.add(target("full topology ≥ 50% of pass-through (TopologyTestDriver)", throughput.ratio() >= TARGET_RATIO,
                format("%.1f%% (%.0f vs %.0f statements/s)", 100 * throughput.ratio(), throughput.fullRate(), throughput.passThroughRate())));

        out.println("## Claim extractor alone, one thread");
        out.flush();
        ExtractionBench.Result extraction = new ExtractionBench(engine.extractor()).run(statements, warmUp);
        out.println("| statements | statements/s | words/s | claims per statement |");
        out.println("|---:|---:|---:|---:|");
        out.println(format("| %d | %.0f | %.0f | %.1f |", extraction.statements(), extraction.statementsPerSecond(),
                extraction.wordsPerSecond(), extraction.claimsPerStatement()));
        out.println();
        targets.add(target("extraction ≥ 5,000 statements/s on one core", extraction.statementsPerSecond() >= TARGET_EXTRACTION_PER_SECOND,
                format("%.0f statements/s", extraction.statementsPerSecond())));

        out.println("## Scaling (TopologyTestDriver, statements carry pre-extracted claims)");
        out.flush();
        ScalingBench.Result scaling = new ScalingBench(engine).run(settings, sizes.statements(), sizes.perEvent(),
                sizes.openEvents(), sizes.batch());
        printScaling(out, scaling);
        ScalingBench.OpenEventsRow largest = scaling.openEvents().get(scaling.openEvents().size() - 1);
        boolean reduced = largest.openEvents() < TARGET_OPEN_EVENTS;
        targets.add(target("10^5 open events under 1 GiB resident", largest.memory().rssBytes() < TARGET_RSS_BYTES,
                format("RSS %s with %,d open events%s", mib(largest.memory().rssBytes()), largest.openEvents(),
                        reduced ? " (reduced size: run without --quick for 10^5)" : "")));

        if (withBroker) {
            out.println("## End to end on the embedded broker (exactly_once_v2, commit interval 100 ms)");
            out.flush();
            EndToEndBench.Result e2e = new EndToEndBench(engine).run(settings, sizes.warmUp(), sizes.endToEnd(),
                    sizes.latencyDuration(), out);
            printEndToEnd(out, e2e);
            targets.add(target("end-to-end p99 ≤ 200 ms at half the max sustained rate", e2e.p99Millis() <= TARGET_P99_MILLIS,
                    format("p99 %.0f ms at %.0f statements/s", e2e.p99Millis(), e2e.achievedRate())));
        } else {
            out.println("## End to end: skipped (--topology-only)");
            out.println();
        }

        out.println("## Targets");
        targets.forEach(out::println);
        out.println();
        out.println(format("ratio: %.2f", throughput.ratio()));
        out.flush();
        return throughput.ratio();
    }

    private void printDataset(PrintWriter out, List<Statement> statements) {
        long eventless = statements.stream().filter(statement -> statement.getEventId() == null).count();
        double words = statements.stream().mapToInt(statement -> StatementGenerator.wordCount(statement.getText())).average().orElse(0);
        out.println(format("# Crosscheck benchmark (%s)", sizes.quick() ? "--quick" : "full"));
        out.println();
        out.println(format("Machine: %d cores, max heap %s, %s %s. Seed %d, contradiction share %.2f, eventless share %.2f.",
                Runtime.getRuntime().availableProcessors(), mib(Runtime.getRuntime().maxMemory()),
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                settings.seed(), settings.contradictionShare(), settings.eventlessShare()));
        out.println(format("Dataset: %d statements, %.0f words on average, %d without eventId.", statements.size(), words, eventless));
        out.println();
    }

    private static void printThroughput(PrintWriter out, TopologyThroughputBench.Result result) {
        out.println("| topology | statements/s (median) | rounds |");
        out.println("|---|---:|---|");
        out.println(format("| pass-through (same Avro serdes) | %.0f | %s |", result.passThroughRate(), rates(result.passThroughRates())));
        out.println(format("| full Crosscheck | %.0f | %s |", result.fullRate(), rates(result.fullRates())));
        out.println();
        out.println(format("%d statements per run, %d alerts per full run; ratio full / pass-through = %.3f", result.statements(),
                result.alerts(), result.ratio()));
        out.println();
    }

    private static void printScaling(PrintWriter out, ScalingBench.Result result) {
        out.println("Per-statement cost as statements per event grow:");
        out.println();
        out.println("| statements per event | events | statements | µs per statement | pairs compared per statement |");
        out.println("|---:|---:|---:|---:|---:|");
        for (ScalingBench.PerEventRow row : result.perEvent()) {
            out.println(format("| %d | %d | %d | %.0f | %.1f |", row.statementsPerEvent(), row.events(), row.statements(),
                    row.microsPerStatement(), row.comparisonsPerStatement()));
        }
        out.println();
        out.println("Per-statement cost and memory as open events in state grow (a batch of new statements, each joining a random open event):");
        out.println();
        out.println("| open events | pre-fill statements/s | batch | µs per statement | heap used after GC | RocksDB off-heap | RSS |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|");
        for (ScalingBench.OpenEventsRow row : result.openEvents()) {
            out.println(format("| %,d | %.0f | %d | %.0f | %s | %s | %s |", row.openEvents(), row.prefillPerSecond(), row.batch(),
                    row.microsPerStatement(), mib(row.memory().heapUsedBytes()), mib(row.memory().rocksDbBytes()),
                    mib(row.memory().rssBytes())));
        }
        out.println();
        out.println(format("Expiry punctuation (every 5 min of wall clock; reads only entries due, none here) over %,d open events: %.1f ms",
                result.openEvents().get(result.openEvents().size() - 1).openEvents(), result.expiryPunctuationMillis()));
        out.println();
    }

    private static void printEndToEnd(PrintWriter out, EndToEndBench.Result result) {
        out.println();
        out.println("| measure | value |");
        out.println("|---|---:|");
        out.println(format("| max sustained rate | %.0f statements/s (%d statements produced at once, %d alerts) |", result.maxRate(),
                result.maxRateStatements(), result.maxRateAlerts()));
        out.println(format("| paced rate (target = half of max) | %.0f statements/s (target %.0f), %d statements |",
                result.achievedRate(), result.targetRate(), result.latencyStatements()));
        out.println(format("| alerts measured | %d |", result.latencySamples()));
        out.println(format("| statement-to-alert latency p50 | %.0f ms |", result.p50Millis()));
        out.println(format("| statement-to-alert latency p99 | %.0f ms |", result.p99Millis()));
        out.println(format("| statement-to-alert latency max | %.0f ms |", result.maxMillis()));
        out.println();
    }

    private static String rates(List<Double> rates) {
        return String.join(", ", rates.stream().map(rate -> format("%.0f", rate)).toList());
    }

    private static String target(String name, boolean pass, String measured) {
        return format("- %s %s: %s", pass ? "PASS" : "MISS", name, measured);
    }

    private static String mib(long bytes) {
        return bytes < 0 ? "n/a" : format("%.0f MiB", bytes / (1024.0 * 1024.0));
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
