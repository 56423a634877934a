package io.crosscheck.reliability;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One Crosscheck instance as a separate JVM: {@code java -cp <this test classpath> io.crosscheck.cli.Main run}
 * with configuration in environment variables, as an orchestrator would start it. The state directory
 * and HTTP port are fixed per instance, so a restart after a kill resumes with the same Kafka Streams
 * process id (and so the same transactional ids, which fence the dead instance's open transaction).
 * Output goes to a log file per start.
 */
final class CrosscheckProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Map<String, String> environment;
    private final Path logDir;
    private final int httpPort;
    private Process process;
    private int starts;
    private Path currentLog;

    CrosscheckProcess(String name, Map<String, String> environment, Path workDir, Path logDir) throws IOException {
        this.name = name;
        this.logDir = Files.createDirectories(logDir);
        this.httpPort = freePort();
        this.environment = new HashMap<>(environment);
        this.environment.put("CROSSCHECK_STATE_DIR", Files.createDirectories(workDir.resolve("state-" + name)).toString());
        this.environment.put("CROSSCHECK_HTTP_PORT", Integer.toString(httpPort));
    }

    /** Starts the JVM (not waiting for it to be ready). */
    CrosscheckProcess start() throws IOException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        starts++;
        // C1-only JIT and the serial collector: short-lived test JVMs start faster and leave CPU to the broker.
        currentLog = logDir.resolve(name + "-" + starts + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), "io.crosscheck.cli.Main", "run"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(currentLog.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("KAFKA_") || key.startsWith("CROSSCHECK_")
                || key.startsWith("SCHEMA_REGISTRY_"));
        builder.environment().putAll(environment);
        process = builder.start();
        return this;
    }

    /** Waits until {@code /health/ready} answers 200 (Kafka Streams RUNNING). */
    void awaitReady(Duration timeout) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting; log: " + tail());
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the JVM is still loading models; the deadline bounds the wait
            }
            process.waitFor(200, TimeUnit.MILLISECONDS);
        }
        throw new TimeoutException(name + " not ready within " + timeout + "; log: " + tail());
    }

    /** SIGKILL: no shutdown hook, no commit, no close; an open transaction stays open. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " survived SIGKILL for 30 s");
        }
    }

    /** SIGTERM: the shutdown hook closes Kafka Streams, which commits and leaves the group. */
    void stop(Duration timeout) throws InterruptedException, TimeoutException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new TimeoutException(name + " did not stop within " + timeout + " of SIGTERM; log: " + tail());
        }
    }

    /** Writes a thread dump ({@code jcmd <pid> Thread.print}) and the metrics of the running JVM next to its log, for diagnosis. */
    void dumpThreads() {
        if (!isAlive()) {
            return;
        }
        Path dump = logDir.resolve(name + "-" + starts + "-threads.txt");
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(process.pid()), "Thread.print").redirectErrorStream(true).redirectOutput(dump.toFile()).start();
            jcmd.waitFor(30, TimeUnit.SECONDS);
            // The consumer's own view (positions, lag per partition) is in the Prometheus metrics.
            HttpRequest metrics = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/metrics"))
                    .timeout(Duration.ofSeconds(10)).build();
            HTTP.send(metrics, HttpResponse.BodyHandlers.ofFile(logDir.resolve(name + "-" + starts + "-metrics.txt")));
        } catch (IOException e) {
            // diagnosis only: the test failure that asked for it is reported anyway
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    String name() {
        return name;
    }

    /** The last lines of the current log, for failure messages. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(currentLog, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Everything this instance wrote to stdout and stderr, over all its starts. */
    String allOutput() throws IOException {
        StringBuilder all = new StringBuilder();
        for (int i = 1; i <= starts; i++) {
            all.append(Files.readString(logDir.resolve(name + "-" + i + ".log"), StandardCharsets.UTF_8));
        }
        return all.toString();
    }

    @Override
    public void close() throws InterruptedException {
        if (isAlive()) {
            kill();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        }
    }
}
