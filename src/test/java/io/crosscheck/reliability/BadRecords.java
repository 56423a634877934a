package io.crosscheck.reliability;

import io.crosscheck.avro.Statement;
import io.crosscheck.serde.AvroSerde;
import io.crosscheck.serde.SchemaRegistryClient;
import io.crosscheck.serde.WireFormat;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every class of bad input the issue names, as raw Kafka records a misbehaving producer could write
 * to the statements topic. Schemas the bad records need (an old or foreign writer schema) are
 * registered in the given registry under throw-away subjects, so they get real ids.
 *
 * <p>Each record carries the fragment its dead-letter error message must contain, so tests check
 * that the DLQ names the actual error, not just that something went there.
 */
final class BadRecords {

    /** One bad record: what it is, its raw bytes, and a fragment of the error it must produce. */
    record BadRecord(String name, byte[] key, byte[] value, String expectedError) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final SchemaRegistryClient registry;
    private final String topic;
    private final int maxRecordBytes;
    private final int maxTextChars;
    private final Instant now;

    BadRecords(SchemaRegistryClient registry, String topic, int maxRecordBytes, int maxTextChars, Instant now) {
        this.registry = registry;
        this.topic = topic;
        this.maxRecordBytes = maxRecordBytes;
        this.maxTextChars = maxTextChars;
        this.now = now;
    }

    /** The catalogue, in a fixed order; keys are {@code bad-<n>-<name>}. */
    List<BadRecord> all() {
        List<BadRecord> all = new ArrayList<>();
        byte[] valid = serialize(statement("valid-template"));
        int statementSchemaId = WireFormat.schemaId(valid);
        all.add(bad("non-avro-bytes", "{\"statementId\": \"json-not-avro\"}".getBytes(StandardCharsets.UTF_8), "magic byte 0x7b"));
        all.add(bad("wrong-magic-byte", withFirstByte(valid, (byte) 1), "magic byte 0x01"));
        all.add(bad("unknown-schema-id", WireFormat.frame(987_654, Arrays.copyOfRange(valid, WireFormat.HEADER_SIZE, valid.length)),
                "unknown schema id 987654"));
        all.add(bad("unresolvable-writer-schema", unresolvableWriterRecord(), "cannot be resolved"));
        all.add(bad("required-field-missing-in-writer-schema", writerRecordWithoutIssuer(), "issuer"));
        all.add(bad("truncated-avro", Arrays.copyOf(valid, WireFormat.HEADER_SIZE + (valid.length - WireFormat.HEADER_SIZE) / 2),
                "truncated"));
        all.add(bad("huge-declared-length", WireFormat.frame(statementSchemaId, zigZagVarint(1L << 30)), "Avro limit exceeded"));
        all.add(bad("oversize-record", serialize(withTitle(statement("oversize"), "x".repeat(maxRecordBytes))),
                "exceeds the limit of " + maxRecordBytes + " bytes"));
        all.add(bad("tombstone", null, "tombstone"));
        all.add(bad("empty-text", serialize(withText(statement("empty-text"), "")), "'text' is empty"));
        all.add(bad("blank-issuer", serialize(Statement.newBuilder(statement("blank-issuer")).setIssuer("  ").build()), "'issuer' is empty"));
        all.add(bad("published-before-1990", serialize(publishedAt(statement("too-old"), Instant.parse("1969-07-20T20:17:00Z"))),
                "before 1990"));
        all.add(bad("published-days-in-future", serialize(publishedAt(statement("future"), now.plus(Duration.ofDays(30)))),
                "in the future"));
        all.add(bad("text-over-limit", serialize(withText(statement("long-text"), "Talks continued. ".repeat(maxTextChars / 17 + 1))),
                "over the limit of " + maxTextChars));
        all.add(bad("unknown-enum-symbol", claimWithUnknownStatus(), "RUMOURED"));
        return all;
    }

    private BadRecord bad(String name, byte[] value, String expectedError) {
        return new BadRecord(name, ("bad-" + name).getBytes(StandardCharsets.UTF_8), value, expectedError);
    }

    private Statement statement(String id) {
        return Statement.newBuilder()
                .setStatementId("bad-" + id)
                .setEventId("bad-input-event")
                .setIssuer("Ministry of Tests")
                .setPublishedAt(now.minus(Duration.ofHours(1)))
                .setText("The ministry held talks today.")
                .build();
    }

    private static Statement withText(Statement statement, String text) {
        return Statement.newBuilder(statement).setText(text).build();
    }

    private static Statement withTitle(Statement statement, String title) {
        return Statement.newBuilder(statement).setTitle(title).build();
    }

    private static Statement publishedAt(Statement statement, Instant publishedAt) {
        return Statement.newBuilder(statement).setPublishedAt(publishedAt).build();
    }

    private byte[] serialize(Statement statement) {
        return new AvroSerde<>(registry, Statement.class, false, true).serializer().serialize(topic, statement);
    }

    private static byte[] withFirstByte(byte[] bytes, byte first) {
        byte[] copy = bytes.clone();
        copy[0] = first;
        return copy;
    }

    /** A Statement whose publishedAt is a string: Avro cannot promote a string to a long. */
    private byte[] unresolvableWriterRecord() {
        Schema writer = new Schema.Parser().parse("""
                {"type": "record", "name": "Statement", "namespace": "io.crosscheck.avro", "fields": [
                  {"name": "statementId", "type": "string"}, {"name": "issuer", "type": "string"},
                  {"name": "publishedAt", "type": "string"}, {"name": "text", "type": "string"}]}""");
        GenericRecord record = new GenericData.Record(writer);
        record.put("statementId", "bad-unresolvable");
        record.put("issuer", "Ministry of Tests");
        record.put("publishedAt", "yesterday");
        record.put("text", "The ministry held talks.");
        return frame("bad-input-unresolvable-value", writer, record);
    }

    /** A Statement written by a schema without the required, default-less field issuer. */
    private byte[] writerRecordWithoutIssuer() {
        Schema writer = new Schema.Parser().parse("""
                {"type": "record", "name": "Statement", "namespace": "io.crosscheck.avro", "fields": [
                  {"name": "statementId", "type": "string"},
                  {"name": "publishedAt", "type": {"type": "long", "logicalType": "timestamp-millis"}},
                  {"name": "text", "type": "string"}]}""");
        GenericRecord record = new GenericData.Record(writer);
        record.put("statementId", "bad-no-issuer");
        record.put("publishedAt", now.toEpochMilli());
        record.put("text", "The ministry held talks.");
        return frame("bad-input-no-issuer-value", writer, record);
    }

    /** A Statement with one structured claim whose status enum symbol the reader does not know. */
    private byte[] claimWithUnknownStatus() {
        String statusSymbols = "[\"AGREED\", \"PROPOSED\", \"RUMOURED\"]";
        Schema writer = new Schema.Parser().parse("""
                {"type": "record", "name": "Statement", "namespace": "io.crosscheck.avro", "fields": [
                  {"name": "statementId", "type": "string"}, {"name": "issuer", "type": "string"},
                  {"name": "publishedAt", "type": {"type": "long", "logicalType": "timestamp-millis"}},
                  {"name": "text", "type": "string"},
                  {"name": "claims", "type": ["null", {"type": "array", "items": {"type": "record", "name": "Claim", "fields": [
                    {"name": "topic", "type": "string"}, {"name": "action", "type": "string"},
                    {"name": "status", "type": {"type": "enum", "name": "ClaimStatus", "symbols": %s}},
                    {"name": "polarity", "type": {"type": "enum", "name": "Polarity", "symbols": ["AFFIRMED", "NEGATED"]}},
                    {"name": "evidence", "type": "string"}]}}], "default": null}]}""".formatted(statusSymbols));
        Schema claimSchema = writer.getField("claims").schema().getTypes().get(1).getElementType();
        GenericRecord claim = new GenericData.Record(claimSchema);
        claim.put("topic", "ceasefire");
        claim.put("action", "halt-strikes");
        claim.put("status", new GenericData.EnumSymbol(claimSchema.getField("status").schema(), "RUMOURED"));
        claim.put("polarity", new GenericData.EnumSymbol(claimSchema.getField("polarity").schema(), "AFFIRMED"));
        claim.put("evidence", "a ceasefire was rumoured");
        GenericRecord record = new GenericData.Record(writer);
        record.put("statementId", "bad-unknown-enum");
        record.put("issuer", "Ministry of Tests");
        record.put("publishedAt", now.toEpochMilli());
        record.put("text", "A ceasefire was rumoured.");
        record.put("claims", List.of(claim));
        return frame("bad-input-unknown-enum-value", writer, record);
    }

    /** Registers the writer schema under its own subject (no compatibility check with ours) and frames the record. */
    private byte[] frame(String subject, Schema writer, GenericRecord record) {
        int id = registry.register(subject, writer);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        try {
            new GenericDatumWriter<GenericRecord>(writer).write(record, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return WireFormat.frame(id, out.toByteArray());
    }

    /** Avro's zig-zag varint encoding of a long: what a string field's declared length looks like on the wire. */
    private static byte[] zigZagVarint(long value) {
        long zigZag = (value << 1) ^ (value >> 63);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while ((zigZag & ~0x7FL) != 0) {
            out.write((int) ((zigZag & 0x7F) | 0x80));
            zigZag >>>= 7;
        }
        out.write((int) zigZag);
        return out.toByteArray();
    }
}
