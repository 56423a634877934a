package io.crosscheck.grouping;

import io.crosscheck.avro.EventCandidate;
import io.crosscheck.avro.Statement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Assigns an inferred eventId to a statement that carries none, given the open events already
 * inferred for the same pair of parties.
 *
 * <p>A statement joins the open event it overlaps most in content, if that event's latest
 * statement is within the grouping window and the overlap passes a threshold; otherwise it opens
 * a new event. Overlap is measured against each statement already in the event, not against the
 * union of their terms: the union of three 200-word readouts holds most of the diplomatic
 * vocabulary of the pair, so a readout of a different meeting two days later would be "contained"
 * in it. Two readouts of one call share their subject matter; two events between the same
 * parties on the same day (a trade call and a meeting on a detained citizen) do not, so they stay
 * apart. A follow-up published the next day ("we did not discuss ownership of the plants") shares
 * the terms of the event it answers and joins it. A statement never joins an event whose readouts report
 * another kind of contact ({@link ContactFormat}: a phone call and talks in person three days later are two events,
 * however alike their subjects). Deterministic for a given arrival order.
 */
public final class EventGrouper {

    /** Overlap of stemmed content terms with one of an open event's statements needed to join that event. */
    static final double JOIN_THRESHOLD = 0.15;
    /** An issuer rarely publishes two readouts of one event within hours: demand more overlap then. */
    static final double SAME_ISSUER_JOIN_THRESHOLD = 0.45;
    /** One shared word (a "prisoner" in one readout, a "prison" in the other) is chance, whatever the ratio. */
    static final int MIN_SHARED_TERMS = 2;
    private static final Duration SAME_ISSUER_GAP = Duration.ofHours(12);
    private static final int MAX_TERMS_PER_STATEMENT = 400;
    /** Members remembered per event; the oldest are forgotten first (a busy event stays joinable by its recent readouts). */
    static final int MAX_MEMBERS_PER_EVENT = 24;

    private final ContentTerms contentTerms;
    private final Duration window;
    private final Duration retention;

    /**
     * @param window    how far apart in publication time statements of one event may be
     * @param retention open events whose latest statement was published longer than this before
     *                  a new statement are dropped from the pair's list, which keeps it short
     */
    public EventGrouper(ContentTerms contentTerms, Duration window, Duration retention) {
        this.contentTerms = contentTerms;
        this.window = window;
        this.retention = retention;
    }

    /** The outcome: the eventId to use and the updated list of open events for the pair key. */
    public record Assignment(String eventId, List<EventCandidate> openEvents) {
    }

    public Assignment assign(String pairKey, Statement statement, List<EventCandidate> openEvents) {
        Set<String> terms = contentTerms.of(textOf(statement));
        ContactFormat format = ContactFormat.of(statement.getTitle(), statement.getText());
        Instant at = statement.getPublishedAt();
        EventCandidate best = null;
        double bestScore = 0.0;
        for (EventCandidate candidate : openEvents) {
            if (!withinWindow(candidate, at) || !ContactFormat.compatible(format, ContactFormat.fromStored(candidate.getContactFormat()))) {
                continue;
            }
            double score = bestMemberOverlap(terms, candidate);
            if (score >= threshold(candidate, statement) && score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        List<EventCandidate> updated = expire(openEvents, at, retention);
        if (best == null) {
            EventCandidate created = EventCandidate.newBuilder()
                    .setEventId(newEventId(pairKey, statement))
                    .setFirstSeen(at)
                    .setLastSeen(at)
                    .setIssuers(List.of(statement.getIssuer()))
                    .setTerms(List.of())
                    .setMemberTerms(List.of(cap(terms)))
                    .setContactFormat(stored(format))
                    .build();
            updated.add(created);
            return new Assignment(created.getEventId(), updated);
        }
        List<List<String>> members = new ArrayList<>(membersOf(best));
        members.add(cap(terms));
        if (members.size() > MAX_MEMBERS_PER_EVENT) {
            members = new ArrayList<>(members.subList(members.size() - MAX_MEMBERS_PER_EVENT, members.size()));
        }
        Set<String> issuers = new TreeSet<>(best.getIssuers());
        issuers.add(statement.getIssuer());
        EventCandidate joined = EventCandidate.newBuilder(best)
                .setFirstSeen(at.isBefore(best.getFirstSeen()) ? at : best.getFirstSeen())
                .setLastSeen(at.isAfter(best.getLastSeen()) ? at : best.getLastSeen())
                .setIssuers(new ArrayList<>(issuers))
                .setTerms(List.of())
                .setMemberTerms(members)
                .setContactFormat(best.getContactFormat() == null ? stored(format) : best.getContactFormat())
                .build();
        int position = updated.indexOf(best);
        if (position >= 0) {
            updated.set(position, joined);
        } else {
            updated.add(joined); // a window longer than the retention: keep the event it just joined
        }
        return new Assignment(joined.getEventId(), updated);
    }

    private static double bestMemberOverlap(Set<String> terms, EventCandidate candidate) {
        double best = 0.0;
        for (List<String> member : membersOf(candidate)) {
            Set<String> memberTerms = new TreeSet<>(member);
            if (ContentTerms.shared(terms, memberTerms) >= MIN_SHARED_TERMS) {
                best = Math.max(best, ContentTerms.overlap(terms, memberTerms));
            }
        }
        return best;
    }

    /** An event stored before per-member terms existed has only the union: it counts as one member. */
    private static List<List<String>> membersOf(EventCandidate candidate) {
        if (!candidate.getMemberTerms().isEmpty() || candidate.getTerms().isEmpty()) {
            return candidate.getMemberTerms();
        }
        return List.of(candidate.getTerms());
    }

    /** Drops events whose latest statement was published longer than the retention before {@code now}. */
    public static List<EventCandidate> expire(List<EventCandidate> openEvents, Instant now, Duration retention) {
        List<EventCandidate> kept = new ArrayList<>();
        for (EventCandidate candidate : openEvents) {
            if (!candidate.getLastSeen().plus(retention).isBefore(now)) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    private boolean withinWindow(EventCandidate candidate, Instant at) {
        return !at.isAfter(candidate.getLastSeen().plus(window)) && !at.isBefore(candidate.getFirstSeen().minus(window));
    }

    private static double threshold(EventCandidate candidate, Statement statement) {
        boolean sameIssuer = candidate.getIssuers().contains(statement.getIssuer());
        boolean soon = Duration.between(candidate.getLastSeen(), statement.getPublishedAt()).abs().compareTo(SAME_ISSUER_GAP) < 0;
        return sameIssuer && soon ? SAME_ISSUER_JOIN_THRESHOLD : JOIN_THRESHOLD;
    }

    private static String stored(ContactFormat format) {
        return format == ContactFormat.UNKNOWN ? null : format.name();
    }

    private static String textOf(Statement statement) {
        return statement.getTitle() == null ? statement.getText() : statement.getTitle() + ". " + statement.getText();
    }

    private static List<String> cap(Set<String> terms) {
        return terms.stream().limit(MAX_TERMS_PER_STATEMENT).toList();
    }

    private static String newEventId(String pairKey, Statement statement) {
        String day = statement.getPublishedAt().atZone(ZoneOffset.UTC).toLocalDate().toString();
        return pairKey.toLowerCase(java.util.Locale.ROOT) + "-" + day + "-" + shortHash(statement.getStatementId());
    }

    private static String shortHash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
