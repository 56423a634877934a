package io.crosscheck.soak;

import io.crosscheck.avro.Statement;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An endless, realistic stream of statements made from a sample: the sample's events are replayed over
 * and over, each replay under new statementIds and eventIds ({@code -s<n>}) and moved in time so that
 * events follow each other at a fixed spacing, from a start in the past towards now. Within an event
 * the statements keep their original spacing, so the same contradictions are found in every replay,
 * and stream time advances steadily — which is what lets retention keep the state bounded.
 */
public final class SoakStatements {

    private final List<List<Statement>> events;
    private final Duration spacing;
    private final Instant start;
    private long replay;
    private int nextEvent;
    private long eventsEmitted;

    /**
     * @param sample  statements with eventIds (statements without one form an event each)
     * @param spacing publishing time between the starts of consecutive events
     * @param start   publishing time of the first event
     */
    public SoakStatements(List<Statement> sample, Duration spacing, Instant start) {
        if (sample.isEmpty()) {
            throw new IllegalArgumentException("the soak sample has no statements");
        }
        Map<String, List<Statement>> byEvent = new LinkedHashMap<>();
        sample.stream().sorted(Comparator.comparing(Statement::getPublishedAt)).forEach(statement ->
                byEvent.computeIfAbsent(statement.getEventId() == null ? statement.getStatementId() : statement.getEventId(),
                        id -> new ArrayList<>()).add(statement));
        this.events = List.copyOf(byEvent.values());
        this.spacing = spacing;
        this.start = start;
    }

    /** The statements of the next event, moved to their slot in time and renamed for this replay. */
    public List<Statement> nextEvent() {
        List<Statement> original = events.get(nextEvent);
        Instant eventStart = start.plus(spacing.multipliedBy(eventsEmitted));
        Instant originalStart = original.get(0).getPublishedAt();
        String suffix = "-s" + replay;
        List<Statement> moved = new ArrayList<>(original.size());
        for (Statement statement : original) {
            Duration offset = Duration.between(originalStart, statement.getPublishedAt());
            moved.add(Statement.newBuilder(statement)
                    .setStatementId(statement.getStatementId() + suffix)
                    .setEventId((statement.getEventId() == null ? statement.getStatementId() : statement.getEventId()) + suffix)
                    .setPublishedAt(eventStart.plus(offset))
                    .build());
        }
        eventsEmitted++;
        nextEvent++;
        if (nextEvent == events.size()) {
            nextEvent = 0;
            replay++;
        }
        return moved;
    }

    /** Events emitted so far. */
    public long eventsEmitted() {
        return eventsEmitted;
    }
}
