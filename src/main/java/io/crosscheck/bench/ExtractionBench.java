package io.crosscheck.bench;

import io.crosscheck.avro.Statement;
import io.crosscheck.claims.ClaimExtractor;

import java.util.List;

/**
 * The claim extractor alone, on the calling thread: statements per second and words per second
 * over generated readouts, after a warm-up pass. No Kafka, no serdes, no state.
 */
final class ExtractionBench {

    record Result(int statements, double statementsPerSecond, double wordsPerSecond, double claimsPerStatement) {
    }

    private final ClaimExtractor extractor;

    ExtractionBench(ClaimExtractor extractor) {
        this.extractor = extractor;
    }

    Result run(List<Statement> statements, List<Statement> warmUp) {
        warmUp.forEach(extractor::extract);
        long words = 0;
        long claims = 0;
        long start = System.nanoTime();
        for (Statement statement : statements) {
            claims += extractor.extract(statement).size();
        }
        long elapsed = System.nanoTime() - start;
        for (Statement statement : statements) {
            words += StatementGenerator.wordCount(statement.getText());
        }
        return new Result(statements.size(), Stats.perSecond(statements.size(), elapsed),
                Stats.perSecond(words, elapsed), (double) claims / statements.size());
    }
}
