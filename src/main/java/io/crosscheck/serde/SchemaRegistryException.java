package io.crosscheck.serde;

/**
 * A schema registry call failed. Carries the HTTP status and the Confluent {@code error_code}
 * when known (0 otherwise), so callers and {@link SchemaRegistryServer} can tell "not found" from
 * "registry down". Messages never contain credentials.
 */
public class SchemaRegistryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Confluent error codes this project produces and understands. */
    public static final int SUBJECT_NOT_FOUND = 40401;
    public static final int VERSION_NOT_FOUND = 40402;
    public static final int SCHEMA_NOT_FOUND = 40403;
    public static final int INCOMPATIBLE_SCHEMA = 40901;
    public static final int INVALID_SCHEMA = 42201;
    public static final int INVALID_VERSION = 42202;
    public static final int INTERNAL_ERROR = 50001;

    private final int httpStatus;
    private final int errorCode;

    public SchemaRegistryException(String message) {
        this(message, 0, 0, null);
    }

    public SchemaRegistryException(String message, Throwable cause) {
        this(message, 0, 0, cause);
    }

    public SchemaRegistryException(String message, int httpStatus, int errorCode) {
        this(message, httpStatus, errorCode, null);
    }

    public SchemaRegistryException(String message, int httpStatus, int errorCode, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    /** Registry-side failure with a Confluent error code; the HTTP status is derived as Confluent does (code / 100). */
    public static SchemaRegistryException ofCode(int errorCode, String message) {
        return new SchemaRegistryException(message, errorCode / 100, errorCode);
    }

    /** HTTP status of the failed call, 0 if no HTTP response was received. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Confluent {@code error_code}, 0 if none was given. */
    public int errorCode() {
        return errorCode;
    }
}
