package io.crosscheck.topology;

import io.crosscheck.avro.Claim;
import io.crosscheck.avro.Statement;
import io.crosscheck.claims.ClaimExtractor;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Fills in a statement's claims: the producer's structured claims when present, else claims read
 * from the text. A statement without claims in a language the extractor does not understand is
 * counted ({@code unsupported-language} sensor) and logged, and goes no further: comparing it
 * would turn "not understood" into "no contradiction" or, worse, into false omissions.
 */
final class ExtractClaimsProcessor implements FixedKeyProcessor<String, Statement, Statement> {

    private static final Logger LOG = LoggerFactory.getLogger(ExtractClaimsProcessor.class);

    private final ClaimExtractor extractor;
    private FixedKeyProcessorContext<String, Statement> context;
    private Sensor claimsExtracted;
    private Sensor unsupportedLanguage;

    ExtractClaimsProcessor(ClaimExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Statement> context) {
        this.context = context;
        CrosscheckSensors sensors = new CrosscheckSensors(context.metrics(), context.taskId());
        this.claimsExtracted = sensors.counter("claims-extracted");
        this.unsupportedLanguage = sensors.counter("unsupported-language");
    }

    @Override
    public void process(FixedKeyRecord<String, Statement> record) {
        Statement statement = record.value();
        if (statement.getClaims() != null && !statement.getClaims().isEmpty()) {
            context.forward(record);
            return;
        }
        if (!extractor.supportsLanguage(statement.getLanguage())) {
            unsupportedLanguage.record();
            LOG.warn("Statement {} is in unsupported language '{}' and has no structured claims: not compared",
                    statement.getStatementId(), statement.getLanguage());
            return;
        }
        List<Claim> claims = extractor.extract(statement);
        // A rate-total sensor counts recordings, so record once per claim to count claims.
        claims.forEach(claim -> claimsExtracted.record());
        Statement withClaims = Statement.newBuilder(statement).setClaims(claims).build();
        context.forward(record.withValue(withClaims));
    }
}
