package io.crosscheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code check} as a user runs it: files in, JSON Lines out, exit codes, the score table. */
class CheckCommandTest {

    private static final Path FOUNDING = Path.of("src/test/resources/founding/statements.jsonl");
    private static final Path FOUNDING_EXPECTED = Path.of("src/test/resources/founding/expected.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one run printed and returned. */
    record Result(int exitCode, String out, String err) {
        List<JsonNode> alerts() throws IOException {
            List<JsonNode> alerts = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    alerts.add(JSON.readTree(line));
                }
            }
            return alerts;
        }
    }

    static Result check(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "check";
        System.arraycopy(args, 0, full, 1, args.length);
        CliRun.Captured run = CliRun.execute(full);
        return new Result(run.exitCode(), run.out(), run.err());
    }

    @Test
    void shouldFindTheFoundingScopeAndOmissionWithVerbatimEvidence() throws IOException {
        Result result = check("--input", FOUNDING.toString());

        assertThat(result.exitCode()).isZero();
        Map<String, String> textById = textsById(FOUNDING);
        List<JsonNode> alerts = result.alerts();
        assertThat(alerts).anySatisfy(alert -> {
            assertThat(alert.get("kind").asText()).isEqualTo("SCOPE");
            assertThat(ids(alert)).containsExactlyInAnyOrder("us-wh-2025-03-18", "ru-kremlin-2025-03-18");
        });
        assertThat(alerts).anySatisfy(alert -> {
            assertThat(alert.get("kind").asText()).isEqualTo("OMISSION");
            assertThat(ids(alert)).containsExactly("ru-kremlin-2025-03-18", "us-wh-2025-03-18");
            assertThat(alert.get("evidence").get(0).get("excerpt").asText()).containsIgnoringCase("military aid");
        });
        for (JsonNode alert : alerts) {
            for (JsonNode evidence : alert.get("evidence")) {
                assertThat(textById.get(evidence.get("statementId").asText())).contains(evidence.get("excerpt").asText());
            }
            assertThat(alert.get("explanation").asText()).isNotBlank();
        }
    }

    @Test
    void shouldNotAlertBetweenTheStatementsThatAgree() throws IOException {
        Result result = check("--input", FOUNDING.toString());

        assertThat(result.alerts()).noneSatisfy(alert ->
                assertThat(ids(alert)).containsExactlyInAnyOrder("us-wh-2025-03-18", "us-state-2025-03-18"));
    }

    @Test
    void shouldPrintOnlyAlertsOnStdoutAndTheScoreTableOnStderr() throws IOException {
        Result result = check("--input", FOUNDING.toString(), "--expected", FOUNDING_EXPECTED.toString());

        assertThat(result.exitCode()).isZero();
        for (String line : result.out().split("\n")) {
            assertThat(JSON.readTree(line).has("alertId")).isTrue();
        }
        assertThat(result.err()).contains("kind", "precision", "recall", "F1", "SCOPE", "OMISSION", "overall");
    }

    @Test
    void shouldExitTwoNamingTheLineOfBadInput(@TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(FOUNDING));
        lines.add(1, "{\"statementId\": \"broken\", \"issuer\": \"X\", \"publishedAt\": \"2025-03-18T19:10:00Z\"}");
        Path file = dir.resolve("bad.jsonl");
        Files.write(file, lines);

        Result result = check("--input", file.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip()).isEqualTo(file + " line 2: missing required field 'text'");
    }

    @Test
    void shouldExitTwoOnInvalidJsonTimestampsAndOversizeText(@TempDir Path dir) throws IOException {
        Path invalid = dir.resolve("invalid.jsonl");
        Files.writeString(invalid, "{\"statementId\": \"a\",\n");
        assertThat(check("--input", invalid.toString()).err()).contains("line 1: invalid JSON");

        Path timestamp = dir.resolve("timestamp.jsonl");
        Files.writeString(timestamp, "{\"statementId\": \"a\", \"issuer\": \"X\", \"publishedAt\": \"18/03/2025\", \"text\": \"t\"}\n");
        Result badTime = check("--input", timestamp.toString());
        assertThat(badTime.exitCode()).isEqualTo(2);
        assertThat(badTime.err()).contains("line 1: field 'publishedAt' is not an ISO-8601 instant");

        Path oversize = dir.resolve("oversize.jsonl");
        Files.writeString(oversize, "{\"statementId\": \"a\", \"issuer\": \"X\", \"publishedAt\": \"2025-03-18T19:10:00Z\", \"text\": \""
                + "word ".repeat(30_000) + "\"}\n");
        Result tooLong = check("--input", oversize.toString());
        assertThat(tooLong.exitCode()).isEqualTo(2);
        assertThat(tooLong.err()).contains("line 1: text is 150000 characters, over the limit of 100000");
    }

    @Test
    void shouldExitTwoWhenTheInputFileIsMissing(@TempDir Path dir) {
        Result result = check("--input", dir.resolve("nope.jsonl").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("cannot read the input file");
    }

    private static List<String> ids(JsonNode alert) {
        List<String> ids = new ArrayList<>();
        alert.get("statementIds").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    private static Map<String, String> textsById(Path file) throws IOException {
        Map<String, String> texts = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                JsonNode node = JSON.readTree(line);
                texts.put(node.get("statementId").asText(), node.get("text").asText());
            }
        }
        return texts;
    }
}
