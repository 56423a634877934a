package io.crosscheck.claims;

import io.crosscheck.avro.Statement;

/** Builds statements for tests. */
public final class TestStatements {

    private TestStatements() {
    }

    public static Statement of(String id, String issuer, String country, String text) {
        return Statement.newBuilder()
                .setStatementId(id).setEventId("event-1").setIssuer(issuer).setIssuerCountry(country)
                .setPublishedAt(java.time.Instant.ofEpochMilli(1_742_324_400_000L)).setLanguage("en").setText(text).build();
    }

    /** The White House's wording of the 18 March 2025 call, as quoted in the founding article. */
    public static final String FOUNDING_WH = "Both President Trump and President Putin agreed on the need for this conflict "
            + "to end with a lasting peace. The movement to peace will begin with an energy and infrastructure ceasefire, "
            + "as well as technical negotiations on implementation of a maritime ceasefire in the Black Sea, full ceasefire, "
            + "and permanent peace.";

    /** The Kremlin's wording of the same call, as quoted in the founding article. */
    public static final String FOUNDING_KREMLIN = "A complete cessation of providing Kyiv with foreign military aid and "
            + "intelligence must become the key condition for preventing an escalation of the conflict and making progress "
            + "towards its resolution through political and diplomatic means. During their discussion, Donald Trump "
            + "suggested that both sides agree to a 30-day halt on attacks targeting energy infrastructure. Vladimir Putin "
            + "reacted positively to this idea and promptly issued the necessary orders to Russian forces. Just as favourable "
            + "was the Russian President's response to Donald Trump's suggestion to implement a well-known proposal "
            + "regarding the safety of navigation in the Black Sea. The leaders agreed to begin talks to work out specific "
            + "details of such an agreement.";
}
