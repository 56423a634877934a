package io.crosscheck.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * SASL_SSL for the embedded broker: SCRAM-SHA-512 over TLS on the client listener, the KRaft
 * {@code StandardAuthorizer} with one super user, and a self-signed certificate for 127.0.0.1.
 *
 * <p>Input: the super user's and any further users' names and passwords. Output: broker properties,
 * the SCRAM credentials to write at format time, and client properties for a given user. The
 * certificate is made with the JDK's {@code keytool} into the broker's own directory (so it is
 * deleted with it); the same PKCS12 file serves as key store and trust store. The controller
 * listener uses SASL PLAIN with the super user, because SCRAM credentials live in the metadata
 * log that the controller itself serves.
 */
final class SaslSslSecurity {

    static final String MECHANISM = "SCRAM-SHA-512";
    static final String LISTENER = "SASL_SSL";

    private final String superUser;
    private final String superPassword;
    private final Map<String, String> users;
    private final String storePassword = randomSecret();
    private Path keystore;

    SaslSslSecurity(String superUser, String superPassword, Map<String, String> users) {
        this.superUser = superUser;
        this.superPassword = superPassword;
        this.users = new LinkedHashMap<>(users);
    }

    /** Creates the self-signed key store in {@code directory}; call before asking for properties. */
    void createKeystore(Path directory) throws IOException {
        keystore = directory.resolve("broker.p12");
        final Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        final Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-noprompt",
            "-alias", "broker", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "7",
            "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
            "-storetype", "PKCS12", "-keystore", keystore.toString(),
            "-storepass", storePassword, "-keypass", storePassword)
            .redirectErrorStream(true)
            .start();
        final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException("keytool could not create " + keystore + ": " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while creating " + keystore, e);
        }
    }

    Map<String, String> brokerProperties(String host, int port, String controllerListener, int controllerPort) {
        final Map<String, String> props = new HashMap<>();
        props.put("listeners", LISTENER + "://" + host + ":" + port + "," + controllerListener + "://" + host + ":" + controllerPort);
        props.put("advertised.listeners", LISTENER + "://" + host + ":" + port);
        props.put("listener.security.protocol.map", LISTENER + ":SASL_SSL," + controllerListener + ":SASL_PLAINTEXT");
        props.put("inter.broker.listener.name", LISTENER);
        props.put("sasl.enabled.mechanisms", MECHANISM);
        props.put("sasl.mechanism.inter.broker.protocol", MECHANISM);
        props.put("listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config", scramJaas(superUser, superPassword));
        props.put("sasl.mechanism.controller.protocol", "PLAIN");
        final String controller = "listener.name." + controllerListener.toLowerCase(Locale.ROOT);
        props.put(controller + ".sasl.enabled.mechanisms", "PLAIN");
        props.put(controller + ".plain.sasl.jaas.config",
            "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + superUser
                + "\" password=\"" + superPassword + "\" user_" + superUser + "=\"" + superPassword + "\";");
        props.putAll(sslProperties());
        props.put("ssl.key.password", storePassword);
        props.put("ssl.keystore.location", keystore.toString());
        props.put("ssl.keystore.password", storePassword);
        props.put("ssl.keystore.type", "PKCS12");
        props.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        props.put("super.users", "User:" + superUser);
        props.put("allow.everyone.if.no.acl.found", "false");
        return props;
    }

    /** SCRAM credentials for every user, in the form {@code Formatter.setScramArguments} takes. */
    List<String> scramArguments() {
        final List<String> arguments = new ArrayList<>();
        arguments.add(scramArgument(superUser, superPassword));
        users.forEach((name, password) -> arguments.add(scramArgument(name, password)));
        return arguments;
    }

    Map<String, Object> superUserClientProperties() {
        return clientProperties(superUser, superPassword);
    }

    Map<String, Object> clientProperties(String user, String password) {
        final Map<String, Object> props = new HashMap<>(sslProperties());
        props.put("security.protocol", "SASL_SSL");
        props.put("sasl.mechanism", MECHANISM);
        props.put("sasl.jaas.config", scramJaas(user, password));
        return props;
    }

    Path truststore() {
        return keystore;
    }

    String truststorePassword() {
        return storePassword;
    }

    private Map<String, String> sslProperties() {
        return Map.of(
            "ssl.truststore.location", keystore.toString(),
            "ssl.truststore.password", storePassword,
            "ssl.truststore.type", "PKCS12");
    }

    private static String scramArgument(String user, String password) {
        return MECHANISM + "=[name=" + user + ",password=" + password + "]";
    }

    private static String scramJaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
            + "\" password=\"" + password + "\";";
    }

    private static String randomSecret() {
        final byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
