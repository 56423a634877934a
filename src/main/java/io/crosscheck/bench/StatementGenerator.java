package io.crosscheck.bench;

import io.crosscheck.avro.Statement;
import io.crosscheck.bench.ReadoutFacts.Fact;
import io.crosscheck.bench.ReadoutFacts.Side;
import io.crosscheck.bench.ReadoutFacts.Variant;
import io.crosscheck.bench.ReadoutVocabulary.Country;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;

/**
 * Generates benchmark traffic: English readouts of calls, meetings, trade talks and ceasefire
 * talks between two governments, 60–150 words each, two to four issuers per event (each side's
 * head-of-state office, then its foreign ministry). A configurable share of events carries one
 * contradiction — a broader scope, a different number, a weaker status, or a demand one side
 * reports and the other omits — and a configurable share carries no eventId, so Crosscheck must
 * group it itself.
 *
 * <p>Deterministic: event {@code i} of a given seed is always the same, whatever else was
 * generated before (each event draws from its own random source derived from seed and index).
 * Event {@code i} starts at {@code start + i × eventSpacing}; its statements follow minutes apart.
 */
public final class StatementGenerator {

    public static final int MIN_WORDS = 60;
    public static final int MAX_WORDS = 150;
    public static final int MIN_ISSUERS = 2;
    public static final int MAX_ISSUERS = 4;

    /** The kinds of contradiction a generated event may carry. */
    public enum ContradictionKind { SCOPE, NUMBER, STATUS, OMISSION }

    /**
     * @param seed               the random seed: same seed, same statements
     * @param contradictionShare share of events (0–1) generated with one contradiction
     * @param eventlessShare     share of events (0–1) whose statements carry no eventId
     * @param start              publishedAt of the first event's start
     * @param eventSpacing       time between the starts of consecutive events
     */
    public record Settings(long seed, double contradictionShare, double eventlessShare, Instant start, Duration eventSpacing) {
        public Settings {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(eventSpacing, "eventSpacing");
            requireShare(contradictionShare, "contradictionShare");
            requireShare(eventlessShare, "eventlessShare");
        }

        public static Settings of(long seed) {
            return new Settings(seed, 0.3, 0.2, Instant.parse("2025-06-02T08:00:00Z"), Duration.ofSeconds(20));
        }

        public Settings withContradictionShare(double value) {
            return new Settings(seed, value, eventlessShare, start, eventSpacing);
        }

        public Settings withEventlessShare(double value) {
            return new Settings(seed, contradictionShare, value, start, eventSpacing);
        }

        public Settings withStart(Instant value) {
            return new Settings(seed, contradictionShare, eventlessShare, value, eventSpacing);
        }

        public Settings withEventSpacing(Duration value) {
            return new Settings(seed, contradictionShare, eventlessShare, start, value);
        }

        private static void requireShare(double value, String name) {
            if (value < 0.0 || value > 1.0) {
                throw new IllegalArgumentException(name + " must be between 0 and 1, got " + value);
            }
        }
    }

    /**
     * One generated event.
     *
     * @param eventId       the true event id (also on the statements unless the event is eventless)
     * @param contradiction the contradiction it carries, or {@code null}
     * @param issuers       the number of distinct issuers
     * @param statements    its statements in publishedAt order
     */
    public record GeneratedEvent(int index, String eventId, ContradictionKind contradiction, int issuers,
                                 List<Statement> statements) {
    }

    private final Settings settings;

    public StatementGenerator(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Events {@code 0..count-1}, each with two to four statements, one per issuer. */
    public List<GeneratedEvent> events(int count) {
        List<GeneratedEvent> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            events.add(event(i));
        }
        return events;
    }

    /** Whole events from index 0 until at least {@code count} statements, all in publishedAt order. */
    public List<Statement> statements(int count) {
        List<Statement> statements = new ArrayList<>(count + MAX_ISSUERS);
        for (int i = 0; statements.size() < count; i++) {
            statements.addAll(event(i).statements());
        }
        return inPublicationOrder(statements);
    }

    /** Event {@code index} with one statement per issuer (two to four). */
    public GeneratedEvent event(int index) {
        return event(index, 0);
    }

    /**
     * Event {@code index} with {@code statementCount} statements (0 = one per issuer); beyond one per
     * issuer, the issuers publish follow-up readouts in turn.
     */
    public GeneratedEvent event(int index, int statementCount) {
        Random random = new Random(mix(settings.seed(), index));
        EventPlan plan = EventPlan.draw(random, settings);
        int count = statementCount > 0 ? statementCount : plan.issuers();
        String eventId = "gen-" + settings.seed() + "-event-" + index;
        boolean eventless = random.nextDouble() < settings.eventlessShare();
        Instant publishedAt = settings.start().plus(settings.eventSpacing().multipliedBy(index)).truncatedTo(ChronoUnit.MILLIS);
        List<Statement> statements = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
            int issuerIndex = j % plan.issuers();
            publishedAt = publishedAt.plus(Duration.ofSeconds(120 + random.nextInt(2400)));
            Country self = issuerIndex % 2 == 0 ? plan.first() : plan.second();
            Country other = issuerIndex % 2 == 0 ? plan.second() : plan.first();
            statements.add(Statement.newBuilder()
                    .setStatementId(String.format(Locale.ROOT, "gen-%d-%07d-%02d", settings.seed(), index, j))
                    .setEventId(eventless ? null : eventId)
                    .setIssuer(self.issuers().get(issuerIndex / 2))
                    .setIssuerCountry(self.code())
                    .setPublishedAt(publishedAt)
                    .setLanguage("en")
                    .setTitle(plan.fill(choose(random, ReadoutVocabulary.TITLES.get(plan.kind())), new Side(self, other)))
                    .setText(plan.text(random, new Side(self, other), issuerIndex, j >= plan.issuers()))
                    .build());
        }
        return new GeneratedEvent(index, eventId, plan.contradiction(), plan.issuers(), statements);
    }

    /** Statements sorted by publishedAt, then statementId, as {@code check} and a live feed see them. */
    public static List<Statement> inPublicationOrder(List<Statement> statements) {
        List<Statement> sorted = new ArrayList<>(statements);
        sorted.sort(Comparator.comparing(Statement::getPublishedAt).thenComparing(Statement::getStatementId));
        return sorted;
    }

    public static int wordCount(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    private static <T> T choose(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static long mix(long seed, long index) {
        // SplitMix64 finaliser: neighbouring (seed, index) pairs get unrelated random streams.
        long z = seed * 0x9E3779B97F4A7C15L + index + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** What an event is about and who speaks; drawn once per event, rendered once per statement. */
    private record EventPlan(int kind, Country first, Country second, int issuers, ContradictionKind contradiction,
                             List<Fact> facts, String demand, String venue, String day) {

        static EventPlan draw(Random random, Settings settings) {
            List<Country> countries = ReadoutVocabulary.COUNTRIES;
            Country first = countries.get(random.nextInt(countries.size()));
            Country second;
            do {
                second = countries.get(random.nextInt(countries.size()));
            } while (second == first);
            int kind = random.nextInt(ReadoutVocabulary.OPENINGS.size());
            int issuers = MIN_ISSUERS + random.nextInt(MAX_ISSUERS - MIN_ISSUERS + 1);
            ContradictionKind contradiction = random.nextDouble() < settings.contradictionShare()
                    ? ContradictionKind.values()[random.nextInt(ContradictionKind.values().length)] : null;
            List<ReadoutFacts.FactType> types = new ArrayList<>(ReadoutFacts.TYPES_BY_EVENT_KIND.get(kind));
            Collections.shuffle(types, random);
            if (contradiction != null && contradiction != ContradictionKind.OMISSION) {
                // The fact that carries the contradiction comes first; trade talks cannot carry a scope difference.
                ReadoutFacts.FactType carrier = types.stream().filter(type -> type.supports(contradiction)).findFirst()
                        .orElse(ReadoutFacts.FactType.CEASEFIRE);
                types.remove(carrier);
                types.add(0, carrier);
            }
            int factCount = Math.min(types.size(), 2 + random.nextInt(2));
            List<Fact> facts = new ArrayList<>();
            for (ReadoutFacts.FactType type : types.subList(0, factCount)) {
                facts.add(type.create(random, first, second));
            }
            String demand = contradiction == ContradictionKind.OMISSION ? ReadoutFacts.demand(random) : null;
            return new EventPlan(kind, first, second, issuers, contradiction, facts, demand,
                    choose(random, ReadoutVocabulary.VENUES), choose(random, ReadoutVocabulary.DAYS));
        }

        /** The readout of one issuer: opening, facts, the demand if this side reports it, filler, closing. */
        String text(Random random, Side side, int issuerIndex, boolean followUp) {
            List<String> core = new ArrayList<>();
            core.add(fill(choose(random, ReadoutVocabulary.OPENINGS.get(kind)), side));
            if (followUp) {
                core.add(fill("In a further statement, the {selfAdj} side gave more details of the talks.", side));
            }
            // The second issuer (the other side's head-of-state office) is the one that diverges.
            boolean diverges = issuerIndex == 1 && contradiction != null;
            for (int f = 0; f < facts.size(); f++) {
                Variant variant = diverges && f == 0 ? variantOf(contradiction) : Variant.CONSENSUS;
                core.add(facts.get(f).render(side, issuerIndex + f, variant));
            }
            if (demand != null && side.self() == first) {
                core.add(side.self().leader() + " demanded " + demand + " as a condition for further progress.");
            }
            String closing = choose(random, ReadoutVocabulary.CLOSINGS);
            int target = MIN_WORDS + random.nextInt(MAX_WORDS - MIN_WORDS - 10);
            int words = wordCount(String.join(" ", core)) + wordCount(closing);
            List<String> fillers = new ArrayList<>(ReadoutVocabulary.FILLERS);
            Collections.shuffle(fillers, random);
            for (String filler : fillers) {
                String sentence = fill(filler, side);
                int length = wordCount(sentence);
                if (words >= target && words >= MIN_WORDS) {
                    break;
                }
                if (words + length <= MAX_WORDS) {
                    // Filler goes between the opening and the facts, as routine lines do in real readouts.
                    core.add(1 + random.nextInt(core.size()), sentence);
                    words += length;
                }
            }
            core.add(closing);
            return String.join(" ", core);
        }

        String fill(String template, Side side) {
            Country self = side.self();
            Country other = side.other();
            return template
                    .replace("{leaderSurname}", self.leaderSurname())
                    .replace("{otherSurname}", other.leaderSurname())
                    .replace("{leader}", self.leader())
                    .replace("{otherMinister}", other.minister())
                    .replace("{other}", other.leader())
                    .replace("{minister}", self.minister())
                    .replace("{otherCountry}", other.name())
                    .replace("{country}", self.name())
                    .replace("{otherAdj}", other.adjective())
                    .replace("{selfAdj}", self.adjective())
                    .replace("{venue}", venue)
                    .replace("{day}", day);
        }

        private static Variant variantOf(ContradictionKind kind) {
            return switch (kind) {
                case SCOPE -> Variant.SCOPE;
                case NUMBER -> Variant.NUMBER;
                case STATUS -> Variant.STATUS;
                case OMISSION -> Variant.CONSENSUS;
            };
        }
    }
}
