package io.crosscheck.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Dockerfile read into its instructions, enough to check it in a test without a Docker engine.
 * Continuation lines are joined, comments dropped; each instruction knows the stage it belongs to.
 */
record Dockerfile(List<Instruction> instructions) {

    record Instruction(int stage, String keyword, String arguments) {
    }

    static Dockerfile read(Path path) throws IOException {
        final List<Instruction> instructions = new ArrayList<>();
        final StringBuilder pending = new StringBuilder();
        int stage = -1;
        for (String line : Files.readAllLines(path)) {
            final String trimmed = line.strip();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && pending.isEmpty())) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                pending.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            pending.append(trimmed);
            final String text = pending.toString().strip();
            pending.setLength(0);
            final int space = text.indexOf(' ');
            final String keyword = (space < 0 ? text : text.substring(0, space)).toUpperCase(Locale.ROOT);
            final String arguments = space < 0 ? "" : text.substring(space + 1).strip();
            if (keyword.equals("FROM")) {
                stage++;
            }
            instructions.add(new Instruction(stage, keyword, arguments));
        }
        return new Dockerfile(List.copyOf(instructions));
    }

    List<Instruction> all(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
    }

    List<Instruction> inStage(int stage, String keyword) {
        return all(keyword).stream().filter(i -> i.stage() == stage).toList();
    }

    int lastStage() {
        return instructions.get(instructions.size() - 1).stage();
    }
}
