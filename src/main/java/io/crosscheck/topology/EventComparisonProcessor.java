package io.crosscheck.topology;

import io.crosscheck.alert.AlertFactory;
import io.crosscheck.avro.ContradictionAlert;
import io.crosscheck.avro.EventCandidate;
import io.crosscheck.avro.EventIndex;
import io.crosscheck.avro.EventState;
import io.crosscheck.avro.Statement;
import io.crosscheck.config.DetectionSettings;
import io.crosscheck.detect.Finding;
import io.crosscheck.grouping.EventGrouper;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The heart of the topology. Input: statements with claims, keyed by their routing key (an
 * explicit eventId, or the pair of parties for statements without one). Output: alerts keyed by
 * eventId.
 *
 * <p>For each statement it resolves the event (inferring one through {@link EventGrouper} when the
 * producer gave none), replaces any earlier version of the same statementId in the event's state,
 * compares it with every statement of the event from another issuer, and forwards each finding
 * not emitted before.
 *
 * <p>Retention runs on processing (wall-clock) time: a wall-clock punctuation drops events, index
 * entries and emitted-alert marks nobody has touched for the retention period, so state stays
 * bounded without scanning it per record. Stream time would be wrong here: an event's readouts
 * come from different input partitions, and while a backlog is replayed the task's stream time can
 * run far ahead of a readout still waiting in another partition, expiring its event too early.
 */
final class EventComparisonProcessor implements Processor<String, Statement, String, ContradictionAlert> {

    private static final Duration MAX_PUNCTUATE_INTERVAL = Duration.ofMinutes(5);

    private final DetectionSettings settings;
    private final PairDetector detector;
    private final EventGrouper grouper;
    private final EventRouting routing;

    private ProcessorContext<String, ContradictionAlert> context;
    private KeyValueStore<String, EventState> events;
    private KeyValueStore<String, EventIndex> eventIndex;
    private KeyValueStore<String, Long> emittedAlerts;
    private ExpiryQueue expiryQueue;
    private CrosscheckSensors sensors;

    EventComparisonProcessor(DetectionSettings settings, PairDetector detector, EventGrouper grouper, EventRouting routing) {
        this.settings = settings;
        this.detector = detector;
        this.grouper = grouper;
        this.routing = routing;
    }

    @Override
    public void init(ProcessorContext<String, ContradictionAlert> context) {
        this.context = context;
        this.events = context.getStateStore(TopologyNames.EVENT_STORE);
        this.eventIndex = context.getStateStore(TopologyNames.EVENT_INDEX_STORE);
        this.emittedAlerts = context.getStateStore(TopologyNames.EMITTED_ALERTS_STORE);
        this.expiryQueue = new ExpiryQueue(context.getStateStore(TopologyNames.EXPIRY_QUEUE_STORE));
        this.sensors = new CrosscheckSensors(context.metrics(), context.taskId());
        sensors.registerAlertSensors();
        // Expiry reads only what is due, so it can run often and stay short.
        Duration interval = settings.eventRetention().dividedBy(24);
        if (interval.compareTo(MAX_PUNCTUATE_INTERVAL) > 0) {
            interval = MAX_PUNCTUATE_INTERVAL;
        }
        context.schedule(interval, PunctuationType.WALL_CLOCK_TIME, this::expire);
    }

    @Override
    public void process(Record<String, Statement> record) {
        Statement statement = record.value();
        String eventId = resolveEvent(record.key(), statement);
        EventState state = events.get(eventId);
        List<Statement> statements = state == null ? new ArrayList<>() : new ArrayList<>(state.getStatements());
        Statement previous = replace(statements, statement);
        Instant lastSeen = latest(state, statement);
        events.put(eventId, new EventState(eventId, statements, lastSeen, now()));
        expiryQueue.touched(ExpiryQueue.EVENT, eventId, now());
        if (previous != null && previous.equals(statement)) {
            return; // the same version again (a replay): everything it could find was found then
        }
        List<ContradictionAlert> alerts = new ArrayList<>();
        for (Statement other : statements) {
            if (comparable(statement, other) && routing.comparesHere(record.key(), statement, other)) {
                // Always the same order for a pair, so arrival order cannot change what is found.
                boolean newFirst = statement.getStatementId().compareTo(other.getStatementId()) < 0;
                List<Finding> findings = newFirst ? detector.detect(statement, other) : detector.detect(other, statement);
                for (Finding finding : findings) {
                    alerts.add(AlertFactory.toAlert(eventId, finding));
                }
            }
        }
        alerts.sort(Comparator.comparing(ContradictionAlert::getAlertId));
        for (ContradictionAlert alert : alerts) {
            if (emittedAlerts.get(alert.getAlertId()) == null) {
                emittedAlerts.put(alert.getAlertId(), context.currentSystemTimeMs());
                expiryQueue.touched(ExpiryQueue.ALERT, alert.getAlertId(), now());
                sensors.recordAlert(alert.getKind(), alert.getSeverity());
                // Record timestamp = when the alert was emitted, not the statement's publication time:
                // consumers and topic retention read it as the alert's age, and a backfilled alert about a
                // months-old readout must not be deleted by retention the moment it is written.
                context.forward(new Record<>(eventId, alert, context.currentSystemTimeMs()));
            }
        }
    }

    private String resolveEvent(String routingKey, Statement statement) {
        if (statement.getEventId() != null) {
            return statement.getEventId();
        }
        EventIndex index = eventIndex.get(routingKey);
        List<EventCandidate> open = index == null ? List.of() : index.getEvents();
        EventGrouper.Assignment assignment = grouper.assign(routing.pairKey(routingKey), statement, open);
        eventIndex.put(routingKey, new EventIndex(routingKey, assignment.openEvents(), now()));
        expiryQueue.touched(ExpiryQueue.INDEX, routingKey, now());
        return assignment.eventId();
    }

    private boolean comparable(Statement statement, Statement other) {
        if (other.getStatementId().equals(statement.getStatementId())) {
            return false;
        }
        return settings.compareSameIssuer() || !other.getIssuer().equals(statement.getIssuer());
    }

    /** Replaces the earlier version of the statement, if any, and returns it. */
    private static Statement replace(List<Statement> statements, Statement statement) {
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).getStatementId().equals(statement.getStatementId())) {
                return statements.set(i, statement);
            }
        }
        statements.add(statement);
        return null;
    }

    private static Instant latest(EventState state, Statement statement) {
        if (state == null || statement.getPublishedAt().isAfter(state.getLastSeen())) {
            return statement.getPublishedAt();
        }
        return state.getLastSeen();
    }

    private Instant now() {
        return Instant.ofEpochMilli(context.currentSystemTimeMs());
    }

    private void expire(long wallClockMs) {
        Instant horizon = Instant.ofEpochMilli(wallClockMs).minus(settings.eventRetention());
        for (ExpiryQueue.Due due : expiryQueue.takeDue(horizon)) {
            switch (due.store()) {
                case ExpiryQueue.EVENT -> deleteIfUntouched(events, due.key(), EventState::getLastUpdated, horizon);
                case ExpiryQueue.INDEX -> deleteIfUntouched(eventIndex, due.key(), EventIndex::getLastUpdated, horizon);
                case ExpiryQueue.ALERT -> deleteIfUntouched(emittedAlerts, due.key(), Instant::ofEpochMilli, horizon);
                default -> throw new IllegalStateException("unknown store id in expiry queue: " + due.store());
            }
        }
    }

    /** Deletes the entry unless it was touched again after the horizon (then a newer queue key covers it). */
    private static <V> void deleteIfUntouched(KeyValueStore<String, V> store, String key,
                                              java.util.function.Function<V, Instant> lastTouched, Instant horizon) {
        V value = store.get(key);
        if (value != null && lastTouched.apply(value).isBefore(horizon)) {
            store.delete(key);
        }
    }
}
