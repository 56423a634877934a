package io.crosscheck.bench;

import io.crosscheck.bench.ReadoutVocabulary.Country;

import java.util.List;
import java.util.Random;

/**
 * The substance of a generated event: what the two governments agreed, each as a sentence that
 * every issuer renders in its own wording, plus the contradicting variant one issuer renders when
 * the event is generated with a contradiction (a broader scope, another number, a weaker status).
 * Inputs: the two countries and a per-event random source; output: one sentence per call.
 */
final class ReadoutFacts {

    /** One fact of an event. {@code render} gets the issuing side, a phrasing choice, and the variant to render. */
    interface Fact {
        String render(Side side, int phrasing, Variant variant);
    }

    /** Who is speaking: the issuer's country and the other party. */
    record Side(Country self, Country other) {
    }

    enum Variant { CONSENSUS, SCOPE, NUMBER, STATUS }

    private static final List<String[]> SCOPES = List.of(
            new String[]{"energy infrastructure", "energy and infrastructure"},
            new String[]{"energy facilities", "energy and other civilian infrastructure"},
            new String[]{"power plants", "all civilian infrastructure"},
            new String[]{"targets at sea", "targets at sea, in the air and on land"});
    private static final List<String> PRODUCTS = List.of("steel", "aluminium", "soybeans", "electric vehicles",
            "semiconductors", "wine", "pharmaceuticals", "machine tools");
    private static final List<String> SECTORS = List.of("energy", "infrastructure", "mining", "shipbuilding",
            "agriculture", "digital", "railway");
    private static final List<String> SUBJECTS = List.of("the safety of navigation in the Black Sea",
            "a maritime security arrangement", "a new investment treaty", "visa facilitation",
            "the return of displaced children", "a framework for arms control");
    private static final List<String> REGIONS = List.of("the eastern provinces", "the border area", "the northern districts",
            "the besieged city", "the coastal zone");
    static final List<String> DEMANDS = List.of(
            "a complete halt to foreign military aid to the region",
            "the withdrawal of troops from the border areas",
            "the lifting of sanctions on its state banks",
            "guarantees that the gas pipeline will not be targeted",
            "the release of detained journalists",
            "international monitoring of the nuclear power plant");

    private ReadoutFacts() {
    }

    /** The kinds of fact, with the contradictions each can carry. */
    enum FactType {
        CEASEFIRE(StatementGenerator.ContradictionKind.SCOPE, StatementGenerator.ContradictionKind.NUMBER),
        PRISONERS(StatementGenerator.ContradictionKind.NUMBER),
        CORRIDORS(StatementGenerator.ContradictionKind.NUMBER),
        TARIFFS(StatementGenerator.ContradictionKind.NUMBER, StatementGenerator.ContradictionKind.STATUS),
        INVESTMENT(StatementGenerator.ContradictionKind.NUMBER, StatementGenerator.ContradictionKind.STATUS),
        TALKS(StatementGenerator.ContradictionKind.STATUS);

        private final List<StatementGenerator.ContradictionKind> supported;

        FactType(StatementGenerator.ContradictionKind... supported) {
            this.supported = List.of(supported);
        }

        boolean supports(StatementGenerator.ContradictionKind kind) {
            return supported.contains(kind);
        }

        Fact create(Random random, Country first, Country second) {
            return switch (this) {
                case CEASEFIRE -> ceasefire(random);
                case PRISONERS -> prisoners(random);
                case CORRIDORS -> corridors(random);
                case TARIFFS -> tariffs(random);
                case INVESTMENT -> investment(random, first, second);
                case TALKS -> talks(random);
            };
        }
    }

    /** Fact types that fit each kind of event (index as in {@link ReadoutVocabulary#OPENINGS}). */
    static final List<List<FactType>> TYPES_BY_EVENT_KIND = List.of(
            List.of(FactType.values()),
            List.of(FactType.values()),
            List.of(FactType.TARIFFS, FactType.INVESTMENT, FactType.TALKS),
            List.of(FactType.CEASEFIRE, FactType.PRISONERS, FactType.CORRIDORS, FactType.TALKS));

    static String demand(Random random) {
        return DEMANDS.get(random.nextInt(DEMANDS.size()));
    }

    private static Fact ceasefire(Random random) {
        int days = pick(random, 14, 30, 45, 60, 90);
        int otherDays = days == 30 ? 60 : 30;
        String[] scope = SCOPES.get(random.nextInt(SCOPES.size()));
        return new Fact() {
            @Override
            public String render(Side side, int phrasing, Variant variant) {
                int d = variant == Variant.NUMBER ? otherDays : days;
                if (variant == Variant.SCOPE) {
                    return "The two sides agreed to a " + d + "-day ceasefire covering " + scope[1] + ".";
                }
                return phrasing % 2 == 0
                        ? "The two sides agreed to a " + d + "-day halt on attacks against " + scope[0] + "."
                        : side.self().leaderSurname() + " and " + side.other().leaderSurname() + " agreed on a "
                          + d + "-day halt on strikes against " + scope[0] + ".";
            }
        };
    }

    private static Fact prisoners(Random random) {
        int count = 50 + 25 * random.nextInt(12);
        int otherCount = count + 25 * (1 + random.nextInt(4));
        return (side, phrasing, variant) -> {
            int n = variant == Variant.NUMBER ? otherCount : count;
            return phrasing % 2 == 0
                    ? "The sides will carry out an exchange of prisoners, " + n + " for " + n + "."
                    : side.self().leaderSurname() + " confirmed that " + n + " prisoners from each side would be exchanged.";
        };
    }

    private static Fact corridors(Random random) {
        int count = 2 + random.nextInt(3);
        String region = REGIONS.get(random.nextInt(REGIONS.size()));
        return (side, phrasing, variant) -> {
            int n = variant == Variant.NUMBER ? count + 2 : count;
            return "The sides agreed to open " + n + " humanitarian corridors in " + region + ".";
        };
    }

    private static Fact tariffs(Random random) {
        String product = PRODUCTS.get(random.nextInt(PRODUCTS.size()));
        int percent = pick(random, 5, 10, 12, 15, 20);
        int otherPercent = percent + 10;
        return new Fact() {
            @Override
            public String render(Side side, int phrasing, Variant variant) {
                if (variant == Variant.STATUS) {
                    return "The " + side.other().adjective() + " side proposed cutting tariffs on " + product + " to "
                           + percent + " percent, and the proposal remains under discussion.";
                }
                int p = variant == Variant.NUMBER ? otherPercent : percent;
                return phrasing % 2 == 0
                        ? "The two sides agreed to cut tariffs on " + product + " to " + p + " percent from next year."
                        : "Both delegations agreed that duties on " + product + " would fall to " + p + " percent.";
            }
        };
    }

    private static Fact investment(Random random, Country investor, Country host) {
        String sector = SECTORS.get(random.nextInt(SECTORS.size()));
        int billions = pick(random, 2, 5, 10, 20, 50);
        int otherBillions = billions * 3;
        return new Fact() {
            @Override
            public String render(Side side, int phrasing, Variant variant) {
                if (variant == Variant.STATUS) {
                    return "Possible investments of " + billions + " billion dollars in " + sector + " projects in "
                           + host.name() + " were discussed, but no decision was taken.";
                }
                int b = variant == Variant.NUMBER ? otherBillions : billions;
                return investor.adjective() + " companies committed to investments of " + b + " billion dollars in "
                       + sector + " projects in " + host.name() + ".";
            }
        };
    }

    private static Fact talks(Random random) {
        String subject = SUBJECTS.get(random.nextInt(SUBJECTS.size()));
        return new Fact() {
            @Override
            public String render(Side side, int phrasing, Variant variant) {
                if (variant == Variant.STATUS) {
                    return side.other().leaderSurname() + " proposed negotiations on " + subject + ", and the "
                           + side.self().adjective() + " side said it would study the idea.";
                }
                return phrasing % 2 == 0
                        ? "The leaders agreed to begin negotiations on " + subject + "."
                        : "It was agreed to start talks on " + subject + " without delay.";
            }
        };
    }

    private static int pick(Random random, int... values) {
        return values[random.nextInt(values.length)];
    }
}
