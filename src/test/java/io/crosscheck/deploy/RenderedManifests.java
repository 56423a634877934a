package io.crosscheck.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * The objects that {@code kubectl kustomize DIR} renders, each parsed into fabric8's typed model
 * ({@code StatefulSet}, {@code Service}, ...; custom resources such as Strimzi's become
 * {@code GenericKubernetesResource}).
 */
record RenderedManifests(List<HasMetadata> objects) {

    private static final Pattern DOCUMENT_SEPARATOR = Pattern.compile("(?m)^---\\s*$");

    static RenderedManifests render(Path kustomizationDir) throws IOException, InterruptedException {
        final Process process;
        try {
            process = new ProcessBuilder("kubectl", "kustomize", kustomizationDir.toString())
                .redirectErrorStream(false)
                .start();
        } catch (IOException e) {
            throw new IllegalStateException("kubectl is needed to render k8s/ but was not found on PATH ("
                + e.getMessage() + "). Install it: apt-get install -y kubectl (Google Cloud SDK repository, "
                + "preinstalled on the java-maven image) or Debian's kubernetes-client package.", e);
        }
        final byte[] out = process.getInputStream().readAllBytes();
        final byte[] err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("kubectl kustomize " + kustomizationDir + " did not finish within 60 s");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("kubectl kustomize " + kustomizationDir + " failed: "
                + new String(err, StandardCharsets.UTF_8));
        }
        return parse(new String(out, StandardCharsets.UTF_8));
    }

    static RenderedManifests parse(String yaml) {
        final KubernetesSerialization serialization = new KubernetesSerialization();
        final List<HasMetadata> objects = new ArrayList<>();
        for (String document : DOCUMENT_SEPARATOR.split(yaml)) {
            if (!document.isBlank()) {
                objects.add(serialization.unmarshal(document, HasMetadata.class));
            }
        }
        return new RenderedManifests(List.copyOf(objects));
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> T single(Class<T> type) {
        final List<T> matches = all(type);
        if (matches.size() != 1) {
            throw new AssertionError("expected exactly one " + type.getSimpleName() + ", found " + matches.size());
        }
        return matches.get(0);
    }

    List<HasMetadata> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.getKind())).toList();
    }
}
