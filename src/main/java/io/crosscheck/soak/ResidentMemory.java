package io.crosscheck.soak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Resident set size of this process, from {@code VmRSS} in {@code /proc/self/status} (Linux): what the
 * kernel actually holds in memory for the JVM, heap and native (RocksDB) alike.
 */
public final class ResidentMemory {

    private static final Path STATUS = Path.of("/proc/self/status");

    private ResidentMemory() {
    }

    /** VmRSS in bytes, or empty where {@code /proc} is not available. */
    public static OptionalLong bytes() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmRSS:")) {
                    return OptionalLong.of(parseKiloBytes(line) * 1024);
                }
            }
        } catch (IOException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    /** Parses a {@code /proc} status line such as {@code VmRSS:   123456 kB}. */
    static long parseKiloBytes(String line) {
        String[] parts = line.substring(line.indexOf(':') + 1).trim().split("\\s+");
        return Long.parseLong(parts[0]);
    }
}
