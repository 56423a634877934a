package io.crosscheck.serde;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Writes test records with an arbitrary writer schema, framed in the Confluent wire format. */
final class AvroBytes {

    private AvroBytes() {
    }

    static byte[] framed(int schemaId, Schema schema, GenericRecord record) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(WireFormat.header(schemaId));
        try {
            final BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            new GenericDatumWriter<GenericRecord>(schema).write(record, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
