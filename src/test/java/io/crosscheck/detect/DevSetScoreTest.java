package io.crosscheck.detect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.avro.AlertKind;
import io.crosscheck.avro.Statement;
import io.crosscheck.claims.TextClaimExtractor;
import io.crosscheck.config.DetectionSettings;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores extractor + detector on the labelled dev set (CONTRACTS §5 matching: kind and the two
 * statement ids as a set), prints per-kind precision/recall/F1 and every miss and false alarm, and
 * holds modest floors so that regressions fail the build.
 */
class DevSetScoreTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final TextClaimExtractor EXTRACTOR = TextClaimExtractor.createDefault();

    @Test
    void shouldKeepPrecisionAndRecallOnTheDevSet() throws IOException {
        final Score total = score("/devset");
        assertThat(total.precision()).as("overall precision").isGreaterThanOrEqualTo(0.95);
        // 0.87 before the confidence calibration (session 11) put two of its bands under the default minimum; 0.71
        // before session 12's measurement on unread readouts put two more there.
        assertThat(total.recall()).as("overall recall").isGreaterThanOrEqualTo(0.62);
    }

    /** The second dev set, written by another author in other genres and vocabulary: a check on generalisation. */
    @Test
    void shouldKeepPrecisionAndRecallOnTheSecondDevSet() throws IOException {
        final Score total = score("/devset2");
        assertThat(total.precision()).as("devset2 precision").isGreaterThanOrEqualTo(0.95);
        assertThat(total.recall()).as("devset2 recall").isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void shouldFindTheFoundingEventsAlertsAndNothingElse() throws IOException {
        final Score total = score("/founding");
        assertThat(total.precision()).as("founding precision").isEqualTo(1.0);
        assertThat(total.recall()).as("founding recall").isEqualTo(1.0);
    }

    private static Score score(String dir) throws IOException {
        final Detector detector = Detector.withDefaultRules(DetectionSettings.defaults(), EXTRACTOR.analyzer(), EXTRACTOR.tagger());
        final Map<String, List<Statement>> events = new TreeMap<>();
        System.out.println("== " + dir);
        for (Statement s : readStatements(dir + "/statements.jsonl")) {
            s.setClaims(EXTRACTOR.extract(s));
            events.computeIfAbsent(s.getEventId(), k -> new ArrayList<>()).add(s);
        }
        final Set<String> predicted = new TreeSet<>();
        final Map<String, Finding> why = new TreeMap<>();
        for (List<Statement> event : events.values()) {
            for (int i = 0; i < event.size(); i++) {
                for (int j = i + 1; j < event.size(); j++) {
                    for (Finding f : detector.detect(event.get(i), event.get(j))) {
                        final String key = key(f.kind().name(), f.first().getStatementId(), f.second().getStatementId());
                        predicted.add(key);
                        why.putIfAbsent(key, f);
                    }
                }
            }
        }
        return print(predicted, readExpected(dir + "/expected.json"), why);
    }

    record Score(int expected, int predicted, int matched) {
        double precision() {
            return predicted == 0 ? 1.0 : (double) matched / predicted;
        }

        double recall() {
            return expected == 0 ? 1.0 : (double) matched / expected;
        }

        double f1() {
            final double p = precision();
            final double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private static Score print(Set<String> predicted, Set<String> expected, Map<String, Finding> why) {
        final Map<AlertKind, int[]> counts = new EnumMap<>(AlertKind.class);
        for (AlertKind k : AlertKind.values()) {
            counts.put(k, new int[3]);
        }
        for (String e : expected) {
            counts.get(AlertKind.valueOf(e.split("\\|")[0]))[0]++;
        }
        for (String p : predicted) {
            final int[] c = counts.get(AlertKind.valueOf(p.split("\\|")[0]));
            c[1]++;
            if (expected.contains(p)) {
                c[2]++;
            }
        }
        System.out.println("kind         expected predicted matched precision recall   F1");
        int te = 0;
        int tp = 0;
        int tm = 0;
        for (Map.Entry<AlertKind, int[]> e : counts.entrySet()) {
            final int[] c = e.getValue();
            final Score s = new Score(c[0], c[1], c[2]);
            System.out.printf(Locale.ROOT, "%-12s %8d %9d %7d %9.2f %6.2f %5.2f%n", e.getKey(), c[0], c[1], c[2],
                    s.precision(), s.recall(), s.f1());
            te += c[0];
            tp += c[1];
            tm += c[2];
        }
        final Score total = new Score(te, tp, tm);
        System.out.printf(Locale.ROOT, "%-12s %8d %9d %7d %9.2f %6.2f %5.2f%n", "ALL", te, tp, tm, total.precision(),
                total.recall(), total.f1());
        for (String p : predicted) {
            if (!expected.contains(p)) {
                final Finding f = why.get(p);
                System.out.println("FALSE ALARM " + p + " topic=" + f.topic() + " conf=" + String.format(Locale.ROOT, "%.2f",
                        f.confidence()) + " :: " + f.explanation() + "\n    A: " + f.excerptFirst() + "\n    B: " + f.excerptSecond());
            }
        }
        for (String e : expected) {
            if (!predicted.contains(e)) {
                System.out.println("MISSED " + e);
            }
        }
        return total;
    }

    private static String key(String kind, String first, String second) {
        return first.compareTo(second) < 0 ? kind + "|" + first + "|" + second : kind + "|" + second + "|" + first;
    }

    static List<Statement> readStatements(String resource) throws IOException {
        final List<Statement> out = new ArrayList<>();
        try (InputStream in = DevSetScoreTest.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                final JsonNode n = JSON.readTree(line);
                out.add(Statement.newBuilder()
                        .setStatementId(n.get("statementId").asText())
                        .setEventId(n.path("eventId").asText(null))
                        .setIssuer(n.get("issuer").asText())
                        .setIssuerCountry(n.path("issuerCountry").asText(null))
                        .setSpeaker(n.path("speaker").asText(null))
                        .setPublishedAt(Instant.parse(n.get("publishedAt").asText()))
                        .setLanguage(n.path("language").asText("en"))
                        .setTitle(n.path("title").asText(null))
                        .setText(n.get("text").asText())
                        .build());
            }
        }
        return out;
    }

    private static Set<String> readExpected(String resource) throws IOException {
        final Set<String> out = new TreeSet<>();
        try (InputStream in = DevSetScoreTest.class.getResourceAsStream(resource)) {
            for (JsonNode n : JSON.readTree(in)) {
                out.add(key(n.get("kind").asText(), n.get("statementIds").get(0).asText(), n.get("statementIds").get(1).asText()));
            }
        }
        return out;
    }
}
