package io.crosscheck.topology;

import io.crosscheck.avro.Statement;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

import java.time.Instant;

/**
 * Passes valid statements on; throws {@link InvalidStatementException} for the rest, which the
 * processing exception handler routes to the dead-letter topic with the raw input bytes.
 */
final class ValidateStatementProcessor implements FixedKeyProcessor<String, Statement, Statement> {

    private final StatementValidator validator;
    private FixedKeyProcessorContext<String, Statement> context;
    private Sensor statementsIn;

    ValidateStatementProcessor(StatementValidator validator) {
        this.validator = validator;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Statement> context) {
        this.context = context;
        this.statementsIn = new CrosscheckSensors(context.metrics(), context.taskId()).counter("statements-in");
    }

    @Override
    public void process(FixedKeyRecord<String, Statement> record) {
        statementsIn.record();
        validator.validate(record.value(), Instant.ofEpochMilli(context.currentSystemTimeMs()));
        context.forward(record);
    }
}
