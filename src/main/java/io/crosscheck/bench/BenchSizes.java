package io.crosscheck.bench;

import java.time.Duration;
import java.util.List;

/**
 * How much work each part of the benchmark does. {@link #quickSizes()} fits in under three minutes on
 * a 2-core machine (open events stop at 2·10^4 there); {@link #fullSizes()} takes about ten.
 *
 * @param statements       statements per throughput run, extraction run and statements-per-event row
 * @param rounds           alternating rounds of full vs pass-through topology
 * @param warmUp           statements in each warm-up pass
 * @param perEvent         statements per event in the scaling table
 * @param openEvents       open events pre-filled in state in the scaling table
 * @param batch            new statements measured after each pre-fill
 * @param endToEnd         statements of the maximum-rate batch on the broker
 * @param latencyDuration  how long statements are paced at half the maximum rate
 */
public record BenchSizes(boolean quick, int statements, int rounds, int warmUp, List<Integer> perEvent,
                         List<Integer> openEvents, int batch, int endToEnd, Duration latencyDuration) {

    public static BenchSizes quickSizes() {
        return new BenchSizes(true, 300, 3, 100, List.of(2, 5, 20, 100), List.of(1_000, 5_000, 20_000), 300,
                600, Duration.ofSeconds(10));
    }

    public static BenchSizes fullSizes() {
        return new BenchSizes(false, 1_500, 5, 300, List.of(2, 5, 20, 100), List.of(1_000, 10_000, 100_000), 1_000,
                4_000, Duration.ofSeconds(60));
    }

    public BenchSizes withStatements(int value) {
        return new BenchSizes(quick, value, rounds, Math.min(warmUp, value), perEvent, openEvents, Math.min(batch, Math.max(value, 50)),
                endToEnd, latencyDuration);
    }

    /** Drops open-event sizes above {@code max} (keeping at least the smallest, capped at max). */
    public BenchSizes withMaxOpenEvents(int max) {
        List<Integer> kept = openEvents.stream().filter(size -> size <= max).toList();
        return new BenchSizes(quick, statements, rounds, warmUp, perEvent, kept.isEmpty() ? List.of(max) : kept, batch,
                endToEnd, latencyDuration);
    }

    public int largestOpenEvents() {
        return openEvents.get(openEvents.size() - 1);
    }
}
