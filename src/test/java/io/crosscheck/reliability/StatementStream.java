package io.crosscheck.reliability;

import io.crosscheck.avro.Statement;
import io.crosscheck.produce.StatementPublisher;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Streams statements into the pipeline in chunks from a background thread, keeping at most two chunks
 * ahead of what the application has committed: input keeps arriving while faults are injected, and
 * the pace follows the application rather than a guessed rate.
 */
final class StatementStream implements AutoCloseable {

    private static final Duration STALL_TIMEOUT = Duration.ofSeconds(120);

    private final Pipeline pipeline;
    private final List<Statement> statements;
    private final int chunkSize;
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Thread thread;

    StatementStream(Pipeline pipeline, List<Statement> statements, int chunks) {
        this.pipeline = pipeline;
        this.statements = statements;
        this.chunkSize = Math.max(1, statements.size() / chunks);
        this.thread = new Thread(this::run, "statement-stream");
        this.thread.setDaemon(true);
    }

    StatementStream start() {
        thread.start();
        return this;
    }

    int sent() {
        return sent.get();
    }

    /** Throws if publishing failed, so a test waiting on progress fails with the cause, not a timeout. */
    void rethrowFailure() {
        if (failure.get() != null) {
            throw new IllegalStateException("publishing failed after " + sent() + " statements", failure.get());
        }
    }

    /** A condition for {@link Pipeline#await}: the application committed at least {@code statements}. */
    boolean committedAtLeast(long statements) {
        rethrowFailure();
        return pipeline.committedInput() >= statements;
    }

    /** Waits until every statement is acknowledged by the broker; rethrows a publishing failure. */
    void awaitAllSent(Duration timeout) throws InterruptedException {
        thread.join(timeout.toMillis());
        if (failure.get() != null) {
            throw new IllegalStateException("publishing failed after " + sent() + " statements", failure.get());
        }
        if (thread.isAlive()) {
            throw new IllegalStateException("only " + sent() + " of " + statements.size() + " statements sent within " + timeout);
        }
    }

    private void run() {
        try (StatementPublisher publisher = pipeline.publisher()) {
            for (int from = 0; from < statements.size(); from += chunkSize) {
                long mustBeCommitted = (long) from - 2L * chunkSize;
                Pipeline.await(() -> "application committed " + mustBeCommitted + " statements; " + pipeline.progressReport(), STALL_TIMEOUT,
                        () -> pipeline.committedInput() >= mustBeCommitted);
                List<Statement> chunk = statements.subList(from, Math.min(statements.size(), from + chunkSize));
                publisher.publish(chunk);
                sent.addAndGet(chunk.size());
            }
        } catch (Throwable e) {
            failure.set(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join(10_000);
    }
}
