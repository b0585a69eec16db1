package org.sanad.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** An overlay rendered by {@code kubectl kustomize}, each document read as a typed Kubernetes object. */
record RenderedManifests(String overlay, List<HasMetadata> objects) {

    static final Path KUBERNETES = locate();

    static RenderedManifests render(String overlay) throws IOException, InterruptedException {
        Path output = Files.createTempFile("sanad-" + overlay, ".yaml");
        Process kubectl = new ProcessBuilder("kubectl", "kustomize", KUBERNETES.resolve("overlays").resolve(overlay).toString())
                .redirectOutput(output.toFile()).redirectErrorStream(false).start();
        String errors = new String(kubectl.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!kubectl.waitFor(60, TimeUnit.SECONDS) || kubectl.exitValue() != 0) {
            throw new IllegalStateException("kubectl kustomize overlays/" + overlay + " failed: " + errors);
        }
        String yaml = Files.readString(output);
        Files.delete(output);
        KubernetesSerialization serialization = new KubernetesSerialization();
        List<HasMetadata> objects = new ArrayList<>();
        for (String document : yaml.split("(?m)^---\\s*$")) {
            if (!document.isBlank()) {
                objects.add(serialization.unmarshal(document, HasMetadata.class));
            }
        }
        return new RenderedManifests(overlay, List.copyOf(objects));
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<GenericKubernetesResource> custom(String kind) {
        return all(GenericKubernetesResource.class).stream().filter(r -> kind.equals(r.getKind())).toList();
    }

    private static Path locate() {
        Path here = Path.of("").toAbsolutePath();
        return Stream.of(here.resolve("kubernetes"), here.resolve("deploy/kubernetes"))
                .filter(Files::isDirectory).findFirst()
                .orElseThrow(() -> new IllegalStateException("deploy/kubernetes not found from " + here));
    }
}
