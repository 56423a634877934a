package io.crosscheck.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crosscheck.avro.AlertKind;
import io.crosscheck.avro.ContradictionAlert;
import io.crosscheck.avro.Evidence;
import io.crosscheck.avro.Severity;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The JSON view of a {@link ContradictionAlert} (CONTRACTS §4), field order as in the contract. */
public final class AlertJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AlertJson() {
    }

    public static ObjectNode toNode(ContradictionAlert alert) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("alertId", alert.getAlertId());
        node.put("eventId", alert.getEventId());
        node.put("topic", alert.getTopic());
        node.put("kind", alert.getKind().name());
        node.put("severity", alert.getSeverity().name());
        node.put("confidence", BigDecimal.valueOf(alert.getConfidence()).setScale(2, RoundingMode.HALF_UP));
        ArrayNode ids = node.putArray("statementIds");
        alert.getStatementIds().forEach(ids::add);
        ArrayNode evidence = node.putArray("evidence");
        for (Evidence item : alert.getEvidence()) {
            ObjectNode e = evidence.addObject();
            e.put("statementId", item.getStatementId());
            e.put("issuer", item.getIssuer());
            e.put("excerpt", item.getExcerpt());
        }
        node.put("explanation", alert.getExplanation());
        node.put("detectedAt", alert.getDetectedAt().toString());
        return node;
    }

    public static String toJson(ContradictionAlert alert) {
        return toNode(alert).toString();
    }

    public static ContradictionAlert parse(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            List<String> ids = new ArrayList<>();
            node.get("statementIds").forEach(id -> ids.add(id.asText()));
            List<Evidence> evidence = new ArrayList<>();
            node.get("evidence").forEach(e -> evidence.add(new Evidence(
                    e.get("statementId").asText(), e.get("issuer").asText(), e.get("excerpt").asText())));
            return ContradictionAlert.newBuilder()
                    .setAlertId(node.get("alertId").asText())
                    .setEventId(node.get("eventId").asText())
                    .setTopic(node.get("topic").asText())
                    .setKind(AlertKind.valueOf(node.get("kind").asText()))
                    .setSeverity(Severity.valueOf(node.get("severity").asText()))
                    .setConfidence(node.get("confidence").asDouble())
                    .setStatementIds(ids)
                    .setEvidence(evidence)
                    .setExplanation(node.get("explanation").asText())
                    .setDetectedAt(Instant.parse(node.get("detectedAt").asText()))
                    .build();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
