package io.crosscheck.detect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.claims.NlpModels;
import io.crosscheck.claims.PosTagger;
import io.crosscheck.claims.TermAnalyzer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

class CoverageDebugTest {
    @Test
    void dump() throws Exception {
        String set = System.getProperty("set", "devset3");
        String[] ids = System.getProperty("ids", "").split(",");
        TermAnalyzer an = new TermAnalyzer();
        SentenceAligner al = new SentenceAligner(an);
        CoverageReader r = new CoverageReader(new PosTagger(NlpModels.loadEnglish()), an);
        Map<String, String> texts = new HashMap<>();
        for (String l : Files.readAllLines(Path.of("src/test/resources/" + set + "/statements.jsonl"))) {
            JsonNode n = new ObjectMapper().readTree(l);
            texts.put(n.get("statementId").asText(), n.get("text").asText());
        }
        String a = texts.get(ids[0]), b = texts.get(ids[1]);
        for (var s : al.sentences(a)) for (var t : al.sentences(b)) {
            double sim = al.similarity(s.text(), t.text());
            if (sim < 0.15) continue;
            System.out.printf("%.2f%n  A %s%n    %s%n  B %s%n    %s%n", sim, s.text(), r.read(s.text()), t.text(), r.read(t.text()));
        }
    }
}
