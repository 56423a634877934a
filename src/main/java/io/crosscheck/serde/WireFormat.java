package io.crosscheck.serde;

import java.nio.ByteBuffer;
import java.util.Locale;

/**
 * The Confluent wire format: one magic byte {@code 0}, the schema id as a 4-byte big-endian int,
 * then the Avro binary encoding of the value. Byte-compatible with Confluent's KafkaAvroSerializer.
 *
 * <p>Input to {@link #schemaId(byte[])} is untrusted Kafka record bytes; malformed input raises
 * {@link MalformedPayloadException} with a one-line reason.
 */
public final class WireFormat {

    public static final byte MAGIC_BYTE = 0;
    /** Magic byte plus schema id: the Avro payload starts at this offset. */
    public static final int HEADER_SIZE = 5;

    private WireFormat() {
    }

    /** Returns the 5-byte header for {@code schemaId}. */
    public static byte[] header(int schemaId) {
        return ByteBuffer.allocate(HEADER_SIZE).put(MAGIC_BYTE).putInt(schemaId).array();
    }

    /** Returns header followed by {@code avroPayload}. */
    public static byte[] frame(int schemaId, byte[] avroPayload) {
        return ByteBuffer.allocate(HEADER_SIZE + avroPayload.length)
                .put(MAGIC_BYTE).putInt(schemaId).put(avroPayload).array();
    }

    /**
     * Reads the schema id from a framed record.
     *
     * @throws MalformedPayloadException if the bytes are empty, shorter than the header or do not start with magic byte 0
     */
    public static int schemaId(byte[] data) {
        if (data == null || data.length == 0) {
            throw new MalformedPayloadException("not Confluent wire format: empty payload");
        }
        if (data[0] != MAGIC_BYTE) {
            throw new MalformedPayloadException(String.format(Locale.ROOT,
                    "not Confluent wire format: magic byte 0x%02x (expected 0x00)", data[0] & 0xff));
        }
        if (data.length < HEADER_SIZE) {
            throw new MalformedPayloadException("not Confluent wire format: " + data.length
                    + " bytes, shorter than the 5-byte header");
        }
        return ByteBuffer.wrap(data, 1, 4).getInt();
    }

    /** Bytes that are not a Confluent-framed record. */
    public static final class MalformedPayloadException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public MalformedPayloadException(String message) {
            super(message);
        }
    }
}
