package io.crosscheck.cli;

/** Process exit codes shared by all commands. */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILURE = 1;
    /** Bad input: a one-line reason naming the input line goes to stderr. */
    static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
