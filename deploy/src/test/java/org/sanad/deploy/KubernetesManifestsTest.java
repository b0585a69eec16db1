package org.sanad.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Renders each overlay the way an operator deploys it and checks what a reviewer of production
 * manifests would: every object is a Kubernetes object in the overlay's namespace; every Deployment
 * has probes, limits, a non-root read-only security context and a pinned image; secrets are
 * referenced, never inlined, and each one is documented; only the gateway is exposed; every pod and
 * database is covered by a network rule; prod runs two replicas or more behind a disruption budget
 * and an autoscaler, with replicated, backed-up databases.
 */
class KubernetesManifestsTest {

    private static final Map<String, String> NAMESPACES = Map.of("dev", "sanad-dev", "prod", "sanad");
    /** The secrets an operator creates (or an operator creates for them): named in deploy/README.md. */
    private static final Set<String> DOCUMENTED_SECRETS = Set.of("curriculum-db-app", "enrollment-db-app",
            "certification-db-app", "keycloak-db-app", "sanad-service-client", "sanad-certificate-signing-key",
            "sanad-backup-credentials", "sanad-keycloak-clients", "sanad-tls");

    @TestFactory
    Stream<DynamicTest> everyOverlayIsSafeToDeploy() {
        return NAMESPACES.keySet().stream().sorted().flatMap(overlay -> {
            RenderedManifests rendered = render(overlay);
            return Stream.of(
                    DynamicTest.dynamicTest(overlay + ": every object is in the overlay's namespace",
                            () -> inNamespace(rendered, NAMESPACES.get(overlay))),
                    DynamicTest.dynamicTest(overlay + ": deployments are probed, limited, non-root, read-only, pinned",
                            () -> hardenedDeployments(rendered)),
                    DynamicTest.dynamicTest(overlay + ": secrets are referenced, documented, never inlined",
                            () -> secretsReferencedOnly(rendered)),
                    DynamicTest.dynamicTest(overlay + ": services and the ingress point at real pods; only the gateway is exposed",
                            () -> wiring(rendered)),
                    DynamicTest.dynamicTest(overlay + ": network policies deny by default and cover every pod and database",
                            () -> networkPolicies(rendered)));
        });
    }

    @TestFactory
    Stream<DynamicTest> prodRunsEveryServiceHighlyAvailable() {
        RenderedManifests prod = render("prod");
        return prod.all(Deployment.class).stream().map(deployment -> DynamicTest.dynamicTest(deployment.getMetadata().getName(), () -> {
            String name = deployment.getMetadata().getName();
            assertTrue(deployment.getSpec().getReplicas() >= 2, name + " replicas");
            PodDisruptionBudget budget = prod.all(PodDisruptionBudget.class).stream()
                    .filter(p -> p.getSpec().getSelector().getMatchLabels().equals(deployment.getSpec().getSelector().getMatchLabels()))
                    .findFirst().orElseThrow(() -> new AssertionError("no PodDisruptionBudget for " + name));
            assertEquals(1, budget.getSpec().getMinAvailable().getIntVal());
            HorizontalPodAutoscaler scaler = prod.all(HorizontalPodAutoscaler.class).stream()
                    .filter(h -> h.getSpec().getScaleTargetRef().getName().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no HorizontalPodAutoscaler for " + name));
            assertTrue(scaler.getSpec().getMinReplicas() >= 2);
        }));
    }

    @TestFactory
    Stream<DynamicTest> prodDatabasesAreReplicatedAndBackedUp() {
        RenderedManifests prod = render("prod");
        List<GenericKubernetesResource> clusters = prod.custom("Cluster");
        assertEquals(Set.of("curriculum-db", "enrollment-db", "certification-db", "keycloak-db"),
                clusters.stream().map(c -> c.getMetadata().getName()).collect(java.util.stream.Collectors.toSet()));
        return clusters.stream().map(cluster -> DynamicTest.dynamicTest(cluster.getMetadata().getName(), () -> {
            Map<String, Object> spec = cluster.get("spec");
            assertTrue(((Number) spec.get("instances")).intValue() >= 3);
            assertNotNull(spec.get("backup"), "continuous backup");
            assertTrue(prod.custom("ScheduledBackup").stream().anyMatch(b -> cluster.getMetadata().getName()
                    .equals(((Map<?, ?>) ((Map<?, ?>) b.get("spec")).get("cluster")).get("name"))), "a scheduled base backup");
        }));
    }

    @TestFactory
    Stream<DynamicTest> theOperatorImportsExactlyTheRealmOfTheRepository() {
        return NAMESPACES.keySet().stream().sorted().map(overlay -> DynamicTest.dynamicTest(overlay, () -> {
            GenericKubernetesResource realmImport = render(overlay).custom("KeycloakRealmImport").stream().findFirst()
                    .orElseThrow(() -> new AssertionError("no KeycloakRealmImport"));
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            Object imported = json.valueToTree(((Map<?, ?>) realmImport.get("spec")).get("realm"));
            Object repository = json.readTree(RenderedManifests.KUBERNETES.getParent().resolve("keycloak/sanad-realm.json").toFile());
            assertEquals(repository, imported, "keycloak-realm.yaml must embed deploy/keycloak/sanad-realm.json as it is");
            assertEquals(1, render(overlay).custom("Keycloak").size());
        }));
    }

    private static void inNamespace(RenderedManifests rendered, String namespace) {
        assertFalse(rendered.objects().isEmpty());
        for (HasMetadata object : rendered.objects()) {
            assertNotNull(object.getApiVersion(), object.getKind());
            assertNotNull(object.getMetadata().getName(), object.getKind());
            assertEquals(namespace, object.getMetadata().getNamespace(), object.getKind() + " " + object.getMetadata().getName());
        }
    }

    private static void hardenedDeployments(RenderedManifests rendered) {
        List<Deployment> deployments = rendered.all(Deployment.class);
        assertEquals(Set.of("curriculum-service", "enrollment-service", "certification-service", "gateway"),
                deployments.stream().map(d -> d.getMetadata().getName()).collect(java.util.stream.Collectors.toSet()));
        for (Deployment deployment : deployments) {
            String name = deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertTrue(podLabels.entrySet().containsAll(deployment.getSpec().getSelector().getMatchLabels().entrySet()),
                    name + ": the selector matches its own pods");
            assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot(), name + " runAsNonRoot");
            assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), name + " needs no API token");
            for (Container container : pod.getContainers()) {
                String image = container.getImage();
                assertTrue(image.matches(".+(:[\\w][\\w.-]*|@sha256:[0-9a-f]{64})") && !image.endsWith(":latest"),
                        name + ": pinned image, not " + image);
                assertNotNull(container.getStartupProbe(), name + " startup probe");
                assertNotNull(container.getReadinessProbe(), name + " readiness probe");
                assertNotNull(container.getLivenessProbe(), name + " liveness probe");
                assertNotNull(container.getResources().getRequests().get("cpu"), name + " cpu request");
                assertNotNull(container.getResources().getRequests().get("memory"), name + " memory request");
                assertNotNull(container.getResources().getLimits().get("memory"), name + " memory limit");
                assertNotNull(container.getResources().getLimits().get("cpu"), name + " cpu limit");
                assertEquals(Boolean.TRUE, container.getSecurityContext().getReadOnlyRootFilesystem(), name + " read-only root");
                assertEquals(Boolean.FALSE, container.getSecurityContext().getAllowPrivilegeEscalation(), name);
                assertEquals(List.of("ALL"), container.getSecurityContext().getCapabilities().getDrop(), name);
            }
        }
    }

    private static void secretsReferencedOnly(RenderedManifests rendered) throws IOException {
        assertTrue(rendered.all(Secret.class).isEmpty(), "no Secret is rendered: operators create them");
        Set<String> referenced = new HashSet<>();
        for (Deployment deployment : rendered.all(Deployment.class)) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            for (Container container : pod.getContainers()) {
                for (EnvVar env : container.getEnv()) {
                    if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                        referenced.add(env.getValueFrom().getSecretKeyRef().getName());
                    }
                    assertFalse(env.getValue() != null && env.getName().matches(".*(PASSWORD|SECRET).*"),
                            deployment.getMetadata().getName() + " writes " + env.getName() + " in clear");
                }
            }
            pod.getVolumes().stream().map(Volume::getSecret).filter(Objects::nonNull).forEach(s -> referenced.add(s.getSecretName()));
        }
        rendered.all(Ingress.class).forEach(i -> i.getSpec().getTls().forEach(t -> referenced.add(t.getSecretName())));
        rendered.all(GenericKubernetesResource.class).forEach(c -> collectSecretNames(c.get("spec"), referenced));
        String readme = Files.readString(RenderedManifests.KUBERNETES.getParent().resolve("README.md"));
        for (String secret : referenced) {
            assertTrue(DOCUMENTED_SECRETS.contains(secret), "undocumented secret " + secret);
            assertTrue(readme.contains(secret), "deploy/README.md says how to create " + secret);
        }
    }

    @SuppressWarnings("unchecked")
    private static void collectSecretNames(Object node, Set<String> names) {
        if (node instanceof Map<?, ?> map) {
            if (map.containsKey("key") && map.get("name") instanceof String name) {
                names.add(name);
            }
            map.values().forEach(value -> collectSecretNames(value, names));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> collectSecretNames(value, names));
        }
    }

    private static void wiring(RenderedManifests rendered) {
        List<Deployment> deployments = rendered.all(Deployment.class);
        for (Service service : rendered.all(Service.class)) {
            Deployment target = deployments.stream()
                    .filter(d -> d.getSpec().getTemplate().getMetadata().getLabels().entrySet()
                            .containsAll(service.getSpec().getSelector().entrySet()))
                    .findFirst().orElseThrow(() -> new AssertionError(service.getMetadata().getName() + " selects no pods"));
            Set<String> portNames = new HashSet<>();
            target.getSpec().getTemplate().getSpec().getContainers().forEach(c -> c.getPorts().forEach(p -> portNames.add(p.getName())));
            service.getSpec().getPorts().forEach(port -> assertTrue(portNames.contains(port.getTargetPort().getStrVal()),
                    service.getMetadata().getName() + " targets a port its pods have"));
        }
        List<Ingress> ingresses = rendered.all(Ingress.class);
        assertEquals(1, ingresses.size(), "one way in");
        ingresses.get(0).getSpec().getRules().forEach(rule -> rule.getHttp().getPaths().forEach(path ->
                assertEquals("gateway", path.getBackend().getService().getName(), "only the gateway is exposed")));
        for (Service service : rendered.all(Service.class)) {
            assertTrue(service.getSpec().getType() == null || "ClusterIP".equals(service.getSpec().getType()),
                    service.getMetadata().getName() + " is internal");
        }
    }

    private static void networkPolicies(RenderedManifests rendered) {
        List<NetworkPolicy> policies = rendered.all(NetworkPolicy.class);
        assertTrue(policies.stream().anyMatch(p -> isEmpty(p.getSpec().getPodSelector().getMatchLabels())
                && isEmpty(p.getSpec().getPodSelector().getMatchExpressions())
                && isEmpty(p.getSpec().getIngress()) && p.getSpec().getPolicyTypes().contains("Ingress")), "a default deny");
        for (Deployment deployment : rendered.all(Deployment.class)) {
            Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertTrue(policies.stream().anyMatch(p -> !isEmpty(p.getSpec().getIngress()) && selects(p, labels)),
                    deployment.getMetadata().getName() + " has a rule letting its callers in");
        }
        for (String database : List.of("curriculum", "enrollment", "certification")) {
            NetworkPolicy policy = policies.stream().filter(p -> selects(p, Map.of("cnpg.io/cluster", database + "-db"))
                    && !isEmpty(p.getSpec().getIngress())).findFirst()
                    .orElseThrow(() -> new AssertionError("no rule for the " + database + " database"));
            Set<Map<String, String>> allowedPods = new HashSet<>();
            policy.getSpec().getIngress().forEach(rule -> rule.getFrom().stream().map(NetworkPolicyPeer::getPodSelector)
                    .filter(Objects::nonNull).forEach(s -> allowedPods.add(s.getMatchLabels())));
            assertEquals(Set.of(Map.of("sanad.org/database-client", database + "-db"), Map.of("cnpg.io/cluster", database + "-db")),
                    allowedPods, "the " + database + " database admits its own service and replicas only");
            List<String> clients = rendered.all(Deployment.class).stream()
                    .filter(d -> (database + "-db").equals(d.getSpec().getTemplate().getMetadata().getLabels().get("sanad.org/database-client")))
                    .map(d -> d.getMetadata().getName()).toList();
            assertEquals(List.of(database + "-service"), clients);
        }
    }

    private static boolean isEmpty(Object collection) {
        return collection == null || (collection instanceof java.util.Collection<?> c && c.isEmpty())
                || (collection instanceof Map<?, ?> m && m.isEmpty());
    }

    private static boolean selects(NetworkPolicy policy, Map<String, String> labels) {
        Map<String, String> wanted = policy.getSpec().getPodSelector().getMatchLabels();
        return !isEmpty(wanted) && labels.entrySet().containsAll(wanted.entrySet());
    }

    private static RenderedManifests render(String overlay) {
        try {
            return RenderedManifests.render(overlay);
        } catch (IOException e) {
            throw new IllegalStateException("kubectl is needed to render the manifests (bin/test installs it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
