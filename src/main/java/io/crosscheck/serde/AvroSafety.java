package io.crosscheck.serde;

import org.apache.avro.SystemLimitException;
import org.apache.avro.specific.SpecificDatumReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Configures Avro, once per JVM, for decoding untrusted Kafka records. Called from the static
 * initializer of {@link AvroSerde}, before any record is decoded.
 *
 * <ul>
 *   <li><b>Limits.</b> Avro 1.12.1's {@code SystemLimitException} reads
 *       {@code org.apache.avro.limits.string.maxLength}, {@code .bytes.maxLength} and
 *       {@code .collectionItems.maxLength} in its static initializer; the defaults (~2 GiB) let one record
 *       declaring a huge length allocate that much. We set 10 MiB / 10 MiB / 100 000 items unless the operator
 *       already set them (-D wins). If the class was loaded earlier with other values, its package-private
 *       {@code resetLimits()} re-reads the properties.</li>
 *   <li><b>Trusted packages.</b> Avro 1.12 refuses to load classes named in a schema's {@code java-class} /
 *       {@code java-key-class} properties unless their package is listed in
 *       {@code org.apache.avro.SERIALIZABLE_PACKAGES} (comma-separated, read once by
 *       {@code SpecificDatumReader}'s static initializer). Generated records themselves are not checked in
 *       1.12.1, but we append {@value #TRUSTED_PACKAGE} (keeping existing entries) so our own classes stay
 *       loadable if a schema ever names them and if a later Avro checks records too.</li>
 * </ul>
 */
public final class AvroSafety {

    public static final String TRUSTED_PACKAGE = "io.crosscheck.avro";
    public static final String SERIALIZABLE_PACKAGES = "org.apache.avro.SERIALIZABLE_PACKAGES";
    public static final int MAX_STRING_BYTES = 10 * 1024 * 1024;
    public static final int MAX_BYTES_LENGTH = 10 * 1024 * 1024;
    public static final int MAX_COLLECTION_ITEMS = 100_000;

    private static final Logger LOG = LoggerFactory.getLogger(AvroSafety.class);
    private static final boolean LIMITS_IN_FORCE = apply();

    private AvroSafety() {
    }

    /**
     * Applies the settings if not yet done (the work happens once, in this class's initializer); safe to call
     * any number of times. Call it first thing in {@code main} too: generated classes create a
     * {@code SpecificDatumReader} in their own static initializer, so the first use of e.g. {@code Statement}
     * fixes Avro's trusted-package list.
     */
    public static void ensureApplied() {
        // Intentionally empty: calling it triggers the class initializer.
    }

    /** Whether Avro enforces the length limits (false only if they could not be applied; logged as a warning). */
    public static boolean limitsInForce() {
        return LIMITS_IN_FORCE;
    }

    /** The string length limit in force, as Avro reads it. */
    public static int effectiveMaxStringLength() {
        return Integer.parseUnsignedInt(System.getProperty(SystemLimitException.MAX_STRING_LENGTH_PROPERTY));
    }

    private static boolean apply() {
        trustPackage();
        setIfAbsent(SystemLimitException.MAX_STRING_LENGTH_PROPERTY, MAX_STRING_BYTES);
        setIfAbsent(SystemLimitException.MAX_BYTES_LENGTH_PROPERTY, MAX_BYTES_LENGTH);
        setIfAbsent(SystemLimitException.MAX_COLLECTION_LENGTH_PROPERTY, MAX_COLLECTION_ITEMS);
        logTrustedPackageState();
        return applyLimits();
    }

    private static void trustPackage() {
        System.setProperty(SERIALIZABLE_PACKAGES, withTrustedPackage(System.getProperty(SERIALIZABLE_PACKAGES)));
    }

    /** The property value with {@value #TRUSTED_PACKAGE} added, keeping what an operator already listed. */
    static String withTrustedPackage(String existing) {
        final String current = existing == null ? "" : existing.trim();
        final boolean present = Arrays.stream(current.split(",")).map(String::trim)
                .anyMatch(p -> p.equals(TRUSTED_PACKAGE) || p.equals("*"));
        if (present) {
            return current;
        }
        return current.isEmpty() ? TRUSTED_PACKAGE : current + "," + TRUSTED_PACKAGE;
    }

    private static void setIfAbsent(String property, int value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, Integer.toString(value));
        }
    }

    private static boolean applyLimits() {
        if (stringLimitEnforced()) {
            return true;
        }
        try {
            // SystemLimitException was initialised before our properties were set: make it re-read them.
            final Method reset = SystemLimitException.class.getDeclaredMethod("resetLimits");
            reset.setAccessible(true);
            reset.invoke(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("Avro limits were loaded before Crosscheck could set them and cannot be reset: {}", e.toString());
            return false;
        }
        final boolean enforced = stringLimitEnforced();
        if (!enforced) {
            LOG.warn("Avro length limits are not enforced: untrusted records may allocate up to 2 GiB each");
        }
        return enforced;
    }

    private static boolean stringLimitEnforced() {
        final long limit = Integer.toUnsignedLong(effectiveMaxStringLength());
        if (limit >= Integer.MAX_VALUE - 8) {
            return true; // the operator chose no practical limit
        }
        try {
            SystemLimitException.checkMaxStringLength(limit + 1);
            return false;
        } catch (SystemLimitException expected) {
            return true;
        }
    }

    /** Whether Avro's SpecificDatumReader trusts {@value #TRUSTED_PACKAGE} (it reads the property once). */
    public static boolean packageTrusted() {
        return Arrays.stream(SpecificDatumReader.SERIALIZABLE_PACKAGES)
                .anyMatch(p -> p.equals("*") || (TRUSTED_PACKAGE + ".").startsWith(p));
    }

    private static void logTrustedPackageState() {
        if (!packageTrusted()) {
            // Harmless with Avro 1.12.1 and our schemas (no java-class properties), hence not a warning.
            LOG.info("Avro's SpecificDatumReader was initialised before {} was added to {}; "
                    + "call AvroSafety.ensureApplied() before using generated classes", TRUSTED_PACKAGE, SERIALIZABLE_PACKAGES);
        }
    }
}
