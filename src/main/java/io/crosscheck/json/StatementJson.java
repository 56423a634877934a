package io.crosscheck.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crosscheck.avro.Approximation;
import io.crosscheck.avro.Claim;
import io.crosscheck.avro.ClaimStatus;
import io.crosscheck.avro.Polarity;
import io.crosscheck.avro.Quantity;
import io.crosscheck.avro.Statement;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The JSON form of a statement (CONTRACTS §3) to and from the Avro {@link Statement}.
 * Unknown fields are ignored; a missing required field, a wrong type or an unparsable timestamp
 * raises {@link StatementFormatException} naming the field. Text length limits are the caller's
 * business (the topology and {@code check} apply the configured limit).
 */
public final class StatementJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StatementJson() {
    }

    public static Statement parse(String json) {
        final JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StatementFormatException("invalid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new StatementFormatException("expected a JSON object");
        }
        return fromNode(node);
    }

    public static Statement fromNode(JsonNode node) {
        return Statement.newBuilder()
                .setStatementId(requiredText(node, "statementId"))
                .setEventId(optionalText(node, "eventId"))
                .setIssuer(requiredText(node, "issuer"))
                .setIssuerCountry(optionalText(node, "issuerCountry"))
                .setSpeaker(optionalText(node, "speaker"))
                .setPublishedAt(parseInstant(requiredText(node, "publishedAt"), "publishedAt"))
                .setLanguage(orDefault(optionalText(node, "language"), "en"))
                .setTitle(optionalText(node, "title"))
                .setText(requiredText(node, "text"))
                .setSourceUrl(optionalText(node, "sourceUrl"))
                .setClaims(claims(node.get("claims")))
                .build();
    }

    public static ObjectNode toNode(Statement statement) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("statementId", statement.getStatementId());
        putIfPresent(node, "eventId", statement.getEventId());
        node.put("issuer", statement.getIssuer());
        putIfPresent(node, "issuerCountry", statement.getIssuerCountry());
        putIfPresent(node, "speaker", statement.getSpeaker());
        node.put("publishedAt", statement.getPublishedAt().toString());
        node.put("language", statement.getLanguage());
        putIfPresent(node, "title", statement.getTitle());
        node.put("text", statement.getText());
        putIfPresent(node, "sourceUrl", statement.getSourceUrl());
        if (statement.getClaims() != null) {
            ArrayNode claims = node.putArray("claims");
            statement.getClaims().forEach(claim -> claims.add(claimNode(claim)));
        }
        return node;
    }

    public static String toJson(Statement statement) {
        return toNode(statement).toString();
    }

    static Instant parseInstant(String value, String field) {
        try {
            return OffsetDateTime.parse(value).toInstant().truncatedTo(ChronoUnit.MILLIS);
        } catch (DateTimeParseException e) {
            throw new StatementFormatException("field '" + field + "' is not an ISO-8601 instant: \"" + value + "\"");
        }
    }

    private static List<Claim> claims(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw new StatementFormatException("field 'claims' must be an array");
        }
        List<Claim> claims = new ArrayList<>();
        for (JsonNode claim : node) {
            claims.add(claim(claim));
        }
        return claims;
    }

    private static Claim claim(JsonNode node) {
        if (!node.isObject()) {
            throw new StatementFormatException("each claim must be a JSON object");
        }
        return Claim.newBuilder()
                .setTopic(requiredText(node, "topic"))
                .setAction(orDefault(optionalText(node, "action"), "state"))
                .setStatus(enumValue(ClaimStatus.class, orDefault(optionalText(node, "status"), "STATED"), "claims.status"))
                .setPolarity(enumValue(Polarity.class, orDefault(optionalText(node, "polarity"), "AFFIRMED"), "claims.polarity"))
                .setActor(optionalText(node, "actor"))
                .setScope(stringList(node.get("scope"), "claims.scope"))
                .setQuantities(quantities(node.get("quantities")))
                .setCondition(optionalText(node, "condition"))
                .setEvidence(requiredText(node, "evidence"))
                .setEvidenceStart(node.path("evidenceStart").asInt(-1))
                .setSalience(node.path("salience").asDouble(0.5))
                .setAssertedBy(optionalText(node, "assertedBy"))
                .build();
    }

    private static List<Quantity> quantities(JsonNode node) {
        List<Quantity> quantities = new ArrayList<>();
        if (node == null || node.isNull()) {
            return quantities;
        }
        for (JsonNode quantity : node) {
            if (!quantity.path("value").isNumber()) {
                throw new StatementFormatException("field 'claims.quantities.value' must be a number");
            }
            quantities.add(Quantity.newBuilder()
                    .setValue(quantity.get("value").asDouble())
                    .setValueHigh(quantity.path("valueHigh").isNumber() ? quantity.get("valueHigh").asDouble() : null)
                    .setUnit(requiredText(quantity, "unit"))
                    .setApproximation(enumValue(Approximation.class,
                            orDefault(optionalText(quantity, "approximation"), "EXACT"), "claims.quantities.approximation"))
                    .setText(requiredText(quantity, "text"))
                    .setSubject(optionalText(quantity, "subject"))
                    .build());
        }
        return quantities;
    }

    private static ObjectNode claimNode(Claim claim) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("topic", claim.getTopic());
        node.put("action", claim.getAction());
        node.put("status", claim.getStatus().name());
        node.put("polarity", claim.getPolarity().name());
        putIfPresent(node, "actor", claim.getActor());
        ArrayNode scope = node.putArray("scope");
        claim.getScope().forEach(scope::add);
        ArrayNode quantities = node.putArray("quantities");
        for (Quantity quantity : claim.getQuantities()) {
            ObjectNode q = quantities.addObject();
            q.put("value", quantity.getValue());
            if (quantity.getValueHigh() != null) {
                q.put("valueHigh", quantity.getValueHigh());
            }
            q.put("unit", quantity.getUnit());
            q.put("approximation", quantity.getApproximation().name());
            q.put("text", quantity.getText());
            putIfPresent(q, "subject", quantity.getSubject());
        }
        putIfPresent(node, "condition", claim.getCondition());
        node.put("evidence", claim.getEvidence());
        node.put("evidenceStart", claim.getEvidenceStart());
        node.put("salience", claim.getSalience());
        putIfPresent(node, "assertedBy", claim.getAssertedBy());
        return node;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new StatementFormatException("field '" + field + "' has unknown value \"" + value + "\"");
        }
    }

    private static List<String> stringList(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (!node.isArray()) {
            throw new StatementFormatException("field '" + field + "' must be an array of strings");
        }
        node.forEach(item -> values.add(item.asText()));
        return values;
    }

    private static String requiredText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new StatementFormatException("missing required field '" + field + "'");
        }
        if (!value.isTextual()) {
            throw new StatementFormatException("field '" + field + "' must be a string");
        }
        if (value.asText().isBlank()) {
            throw new StatementFormatException("field '" + field + "' is empty");
        }
        return value.asText();
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new StatementFormatException("field '" + field + "' must be a string");
        }
        return value.asText().isBlank() ? null : value.asText();
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
