package io.crosscheck.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed TLS identity for a broker on 127.0.0.1, generated at runtime with the JDK's own
 * {@code keytool} (no extra dependency, no key material in the repository).
 *
 * <p>Input: a directory. Output: a PKCS12 keystore holding the broker's key and certificate
 * (subject alternative names {@code IP:127.0.0.1} and {@code DNS:localhost}, so clients keep
 * hostname verification on), and a PKCS12 truststore holding that certificate for clients.
 * Both share one random password, which {@link #toString()} does not print.
 */
public final class TlsMaterial {

    private static final String ALIAS = "crosscheck-broker";
    private static final long KEYTOOL_TIMEOUT_SECONDS = 60;

    private final Path keystore;
    private final Path truststore;
    private final String password;

    private TlsMaterial(Path keystore, Path truststore, String password) {
        this.keystore = keystore;
        this.truststore = truststore;
        this.password = password;
    }

    /** Generates a fresh key pair and certificate (valid 30 days) into {@code directory}. */
    public static TlsMaterial generate(Path directory) throws IOException {
        Files.createDirectories(directory);
        final String password = randomSecret();
        final Path keystore = directory.resolve("broker.keystore.p12");
        final Path truststore = directory.resolve("client.truststore.p12");
        final Path certificate = directory.resolve("broker.pem");
        keytool("-genkeypair", "-alias", ALIAS, "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "30",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", password, "-keypass", password);
        keytool("-exportcert", "-rfc", "-alias", ALIAS, "-keystore", keystore.toString(), "-storepass", password,
                "-file", certificate.toString());
        keytool("-importcert", "-noprompt", "-alias", ALIAS, "-file", certificate.toString(),
                "-keystore", truststore.toString(), "-storetype", "PKCS12", "-storepass", password);
        return new TlsMaterial(keystore, truststore, password);
    }

    public Path keystore() {
        return keystore;
    }

    public Path truststore() {
        return truststore;
    }

    /** The password of both stores. */
    public String password() {
        return password;
    }

    /** Random alphanumeric-safe secret (hex), for store passwords and generated credentials. */
    static String randomSecret() {
        final byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void keytool(String... args) throws IOException {
        final List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        final Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            final byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(KEYTOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("keytool " + args[0] + " did not finish within " + KEYTOOL_TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                // keytool echoes no passwords in its messages; its output names the failing step.
                throw new IOException("keytool " + args[0] + " failed (exit " + process.exitValue() + "): "
                        + new String(output, StandardCharsets.UTF_8).trim());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while running keytool", e);
        }
    }

    @Override
    public String toString() {
        return "TlsMaterial[keystore=" + keystore + ", truststore=" + truststore + ", password=[hidden]]";
    }
}
