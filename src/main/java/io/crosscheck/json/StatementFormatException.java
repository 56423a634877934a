package io.crosscheck.json;

/** A statement in JSON form that cannot be accepted; the message says why in one line. */
public class StatementFormatException extends RuntimeException {
    public StatementFormatException(String message) {
        super(message);
    }
}
