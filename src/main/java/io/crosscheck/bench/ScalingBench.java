package io.crosscheck.bench;

import io.crosscheck.avro.Statement;
import io.crosscheck.claims.ClaimExtractor;
import io.crosscheck.testing.CrosscheckTestDriver;
import io.crosscheck.topology.DetectionEngine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How the per-statement cost of the full topology (TopologyTestDriver) grows:
 * <ul>
 *   <li>with the number of statements per event (each new statement is compared with every
 *       statement of the event from another issuer, so this may grow linearly);</li>
 *   <li>with the number of open events in state (must stay flat: no per-record scan of state),
 *       measured on a batch of new statements joining random open events after a pre-fill,
 *       with memory (heap after GC, RocksDB off-heap, RSS) taken after each.</li>
 * </ul>
 * Statements carry claims extracted beforehand, so the tables isolate grouping, state and
 * comparison; extraction is a constant cost per statement measured on its own.
 */
final class ScalingBench {

    private static final Instant BASE = Instant.parse("2025-06-02T08:00:00Z");
    /** Pre-fill statements are this far apart, so 10^5 of them span 33 minutes of stream time. */
    private static final Duration PREFILL_SPACING = Duration.ofMillis(20);

    record PerEventRow(int statementsPerEvent, int events, int statements, double microsPerStatement,
                       double comparisonsPerStatement) {
    }

    record OpenEventsRow(int openEvents, double prefillPerSecond, int batch, double microsPerStatement,
                         MemoryProbe.Snapshot memory) {
    }

    record Result(List<PerEventRow> perEvent, List<OpenEventsRow> openEvents, double expiryPunctuationMillis) {
    }

    private final DetectionEngine engine;
    private final ClaimExtractor extractor;

    ScalingBench(DetectionEngine engine) {
        this.engine = engine;
        this.extractor = engine.extractor();
    }

    Result run(StatementGenerator.Settings settings, int statementsPerRow, List<Integer> perEventSizes,
               List<Integer> openEventSizes, int batch) {
        List<PerEventRow> perEvent = new ArrayList<>();
        for (int size : perEventSizes) {
            perEvent.add(perEvent(settings, statementsPerRow, size));
        }
        List<Statement> pool = withClaims(new StatementGenerator(settings.withEventlessShare(0).withStart(BASE))
                .statements(Math.max(50, Math.min(400, batch))));
        List<OpenEventsRow> open = new ArrayList<>();
        double expiryMillis = Double.NaN;
        for (int i = 0; i < openEventSizes.size(); i++) {
            boolean largest = i == openEventSizes.size() - 1;
            OpenEventsMeasurement measurement = openEvents(pool, openEventSizes.get(i), batch, largest);
            open.add(measurement.row());
            if (largest) {
                expiryMillis = measurement.expiryMillis();
            }
        }
        return new Result(perEvent, open, expiryMillis);
    }

    private PerEventRow perEvent(StatementGenerator.Settings settings, int total, int statementsPerEvent) {
        StatementGenerator generator = new StatementGenerator(settings.withEventlessShare(0));
        int events = Math.max(1, total / statementsPerEvent);
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            statements.addAll(generator.event(i, statementsPerEvent).statements());
        }
        statements = withClaims(StatementGenerator.inPublicationOrder(statements));
        long elapsed;
        try (CrosscheckTestDriver driver = CrosscheckTestDriver.builder(engine).build()) {
            long start = System.nanoTime();
            pipeDraining(driver, statements);
            elapsed = System.nanoTime() - start;
        }
        return new PerEventRow(statementsPerEvent, events, statements.size(), elapsed / 1e3 / statements.size(),
                comparisonsPerStatement(statements));
    }

    private record OpenEventsMeasurement(OpenEventsRow row, double expiryMillis) {
    }

    private OpenEventsMeasurement openEvents(List<Statement> pool, int openEvents, int batch, boolean measureExpiry) {
        try (CrosscheckTestDriver driver = CrosscheckTestDriver.builder(engine).build()) {
            List<Statement> prefill = new ArrayList<>(openEvents);
            for (int k = 0; k < openEvents; k++) {
                prefill.add(copy(pool.get(k % pool.size()), "open-" + k, "open-event-" + k, BASE.plus(PREFILL_SPACING.multipliedBy(k))));
            }
            long prefillStart = System.nanoTime();
            pipeDraining(driver, prefill);
            double prefillRate = Stats.perSecond(openEvents, System.nanoTime() - prefillStart);

            Instant after = BASE.plus(PREFILL_SPACING.multipliedBy(openEvents));
            List<Statement> probes = probes(pool, openEvents, batch, after);
            long start = System.nanoTime();
            pipeDraining(driver, probes);
            double micros = (System.nanoTime() - start) / 1e3 / probes.size();

            double expiryMillis = Double.NaN;
            if (measureExpiry) {
                // The wall clock moves past the expiry punctuation's interval (5 minutes): it runs once over
                // all this state, with nothing due yet, which is its cost every interval in production.
                long expiryStart = System.nanoTime();
                driver.advanceWallClock(Duration.ofMinutes(6));
                expiryMillis = (System.nanoTime() - expiryStart) / 1e6;
            }
            MemoryProbe.Snapshot memory = MemoryProbe.take(driver.driver().metrics());
            return new OpenEventsMeasurement(new OpenEventsRow(openEvents, prefillRate, probes.size(), micros, memory), expiryMillis);
        }
    }

    /** New statements, each joining a random open event as a readout by another issuer. */
    private static List<Statement> probes(List<Statement> pool, int openEvents, int batch, Instant after) {
        Random random = new Random(openEvents);
        List<Statement> probes = new ArrayList<>(batch);
        for (int b = 0; b < batch; b++) {
            int k = random.nextInt(openEvents);
            String prefillIssuer = pool.get(k % pool.size()).getIssuer();
            int q = random.nextInt(pool.size());
            while (pool.get(q).getIssuer().equals(prefillIssuer)) {
                q = (q + 1) % pool.size();
            }
            probes.add(copy(pool.get(q), "probe-" + b, "open-event-" + k, after.plusMillis(b + 1)));
        }
        return probes;
    }

    private static Statement copy(Statement template, String statementId, String eventId, Instant publishedAt) {
        return Statement.newBuilder(template).setStatementId(statementId).setEventId(eventId).setPublishedAt(publishedAt).build();
    }

    private List<Statement> withClaims(List<Statement> statements) {
        List<Statement> result = new ArrayList<>(statements.size());
        for (Statement statement : statements) {
            result.add(Statement.newBuilder(statement).setClaims(extractor.extract(statement)).build());
        }
        return result;
    }

    private static void pipeDraining(CrosscheckTestDriver driver, List<Statement> statements) {
        for (int i = 0; i < statements.size(); i++) {
            driver.pipe(statements.get(i));
            if (i % 250 == 0) {
                driver.readAlerts();
                driver.readAlertJson();
            }
        }
        driver.readAlerts();
        driver.readAlertJson();
    }

    /** Average number of earlier statements of the same event by another issuer, i.e. pairs compared per statement. */
    private static double comparisonsPerStatement(List<Statement> statements) {
        Map<String, List<String>> issuersByEvent = new HashMap<>();
        long comparisons = 0;
        for (Statement statement : statements) {
            List<String> issuers = issuersByEvent.computeIfAbsent(statement.getEventId(), id -> new ArrayList<>());
            comparisons += issuers.stream().filter(issuer -> !issuer.equals(statement.getIssuer())).count();
            issuers.add(statement.getIssuer());
        }
        return (double) comparisons / statements.size();
    }
}
