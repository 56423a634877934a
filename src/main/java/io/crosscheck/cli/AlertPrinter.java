package io.crosscheck.cli;

import io.crosscheck.avro.ContradictionAlert;
import io.crosscheck.avro.Evidence;

import java.io.PrintWriter;
import java.util.Locale;

/** Prints an alert for a person reading a terminal: kind, who vs who, the excerpts, the explanation. */
final class AlertPrinter {

    private AlertPrinter() {
    }

    static void print(ContradictionAlert alert, PrintWriter out) {
        out.printf(Locale.ROOT, "%n%s  %s  confidence %.2f  topic %s  (event %s)%n",
                alert.getKind(), alert.getSeverity(), alert.getConfidence(), alert.getTopic(), alert.getEventId());
        int width = alert.getEvidence().stream().mapToInt(e -> e.getIssuer().length()).max().orElse(0);
        for (Evidence evidence : alert.getEvidence()) {
            out.printf(Locale.ROOT, "  %-" + width + "s  \"%s\"%n", evidence.getIssuer(), evidence.getExcerpt());
        }
        out.println("  → " + alert.getExplanation());
        out.flush();
    }
}
