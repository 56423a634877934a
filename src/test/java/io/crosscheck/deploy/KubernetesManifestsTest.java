package io.crosscheck.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.crosscheck.config.CrosscheckConfig;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * Renders k8s/ with {@code kubectl kustomize} and checks the objects as typed Kubernetes models:
 * what an operator relies on (probes, static membership, state on a volume, graceful shutdown,
 * least privilege) is asserted, not just that the YAML parses.
 */
class KubernetesManifestsTest {

    private static RenderedManifests base;
    private static RenderedManifests example;
    private static StatefulSet statefulSet;
    private static PodSpec pod;
    private static Container app;
    private static Map<String, String> config;

    @BeforeAll
    static void render() throws Exception {
        base = RenderedManifests.render(Path.of("k8s/base"));
        example = RenderedManifests.render(Path.of("k8s/overlays/example"));
        statefulSet = example.single(StatefulSet.class);
        pod = statefulSet.getSpec().getTemplate().getSpec();
        app = pod.getContainers().stream().filter(c -> c.getName().equals("crosscheck")).findFirst().orElseThrow();
        config = referencedConfigMap(example).getData();
    }

    @Test
    void shouldRenderTheBaseAsTypedObjectsWithoutTheExamplesCredentialsOrStrimziResources() {
        assertThat(base.objects()).extracting(HasMetadata::getKind)
            .containsExactlyInAnyOrder("ConfigMap", "Service", "StatefulSet", "PodDisruptionBudget");
        assertThat(base.single(StatefulSet.class).getSpec().getTemplate().getSpec().getContainers()).hasSize(1);
    }

    @Test
    void shouldRenderTheExampleWithTypedModelsForEveryBuiltInKind() {
        assertThat(example.objects()).extracting(HasMetadata::getKind).containsExactlyInAnyOrder(
            "ConfigMap", "Secret", "Service", "StatefulSet", "PodDisruptionBudget",
            "KafkaTopic", "KafkaTopic", "KafkaTopic", "KafkaTopic", "KafkaUser");
        assertThat(example.ofKind("KafkaTopic")).allSatisfy(topic -> {
            assertThat(topic).isInstanceOf(GenericKubernetesResource.class);
            assertThat(topic.getApiVersion()).isEqualTo("kafka.strimzi.io/v1beta2");
        });
        assertThat(example.objects()).allSatisfy(object -> assertThat(object.getMetadata().getNamespace()).isEqualTo("kafka"));
    }

    @Test
    void shouldProbeLivenessAndReadinessOverHttp() {
        assertThat(app.getPorts()).singleElement().satisfies(port -> {
            assertThat(port.getName()).isEqualTo("http");
            assertThat(port.getContainerPort()).isEqualTo(Integer.parseInt(config.get("CROSSCHECK_HTTP_PORT")));
        });
        assertHttpProbe(app.getLivenessProbe(), "/health/live");
        assertHttpProbe(app.getStartupProbe(), "/health/live");
        assertHttpProbe(app.getReadinessProbe(), "/health/ready");
    }

    @Test
    void shouldRunAsNonRootOnAReadOnlyRootFilesystemWithoutPrivileges() {
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(10001L);
        assertThat(pod.getSecurityContext().getFsGroup()).isEqualTo(10001L);
        final var container = app.getSecurityContext();
        assertThat(container.getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getAllowPrivilegeEscalation()).isFalse();
        assertThat(container.getCapabilities().getDrop()).containsExactly("ALL");
        final VolumeMount tmp = mount("/tmp");
        assertThat(pod.getVolumes()).anySatisfy(volume -> {
            assertThat(volume.getName()).isEqualTo(tmp.getName());
            assertThat(volume.getEmptyDir()).isNotNull();
        });
    }

    @Test
    void shouldUseThePodNameAsStaticGroupMemberIdAndKeepStandbyReplicas() {
        final EnvVar instanceId = app.getEnv().stream()
            .filter(env -> env.getName().equals("KAFKA_GROUP_INSTANCE_ID")).findFirst().orElseThrow();
        assertThat(instanceId.getValueFrom().getFieldRef().getFieldPath()).isEqualTo("metadata.name");
        assertThat(config).containsEntry("KAFKA_NUM_STANDBY_REPLICAS", "1");
        assertThat(pod.getEnableServiceLinks()).isFalse();
    }

    @Test
    void shouldKeepStateOnAVolumeClaimMountedAtTheStateDirectory() {
        final VolumeMount state = mount(config.get("CROSSCHECK_STATE_DIR"));
        assertThat(statefulSet.getSpec().getVolumeClaimTemplates()).singleElement().satisfies(claim -> {
            assertThat(claim.getMetadata().getName()).isEqualTo(state.getName());
            assertThat(claim.getSpec().getAccessModes()).containsExactly("ReadWriteOnce");
            assertThat(claim.getSpec().getResources().getRequests()).containsKey("storage");
        });
    }

    @Test
    void shouldGiveTheAppMoreTimeToStopThanItsCloseTimeout() {
        final Duration closeTimeout = Duration.parse(config.get("CROSSCHECK_CLOSE_TIMEOUT"));
        assertThat(Duration.ofSeconds(pod.getTerminationGracePeriodSeconds())).isGreaterThan(closeTimeout);
    }

    @Test
    void shouldRequestAndLimitResources() {
        assertThat(app.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(app.getResources().getLimits()).containsKey("memory");
    }

    @Test
    void shouldLetVoluntaryDisruptionsTakeOnePodAtATime() {
        final PodDisruptionBudget budget = example.single(PodDisruptionBudget.class);
        assertThat(budget.getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
        assertThat(statefulSet.getSpec().getTemplate().getMetadata().getLabels())
            .containsAllEntriesOf(budget.getSpec().getSelector().getMatchLabels());
    }

    @Test
    void shouldBackTheStatefulSetWithAHeadlessServiceOnTheHttpPort() {
        final Service service = example.single(Service.class);
        assertThat(statefulSet.getSpec().getServiceName()).isEqualTo(service.getMetadata().getName());
        assertThat(service.getSpec().getClusterIP()).isEqualTo("None");
        assertThat(statefulSet.getSpec().getTemplate().getMetadata().getLabels())
            .containsAllEntriesOf(service.getSpec().getSelector());
        assertThat(service.getSpec().getPorts()).singleElement()
            .satisfies(port -> assertThat(port.getTargetPort().getStrVal()).isEqualTo("http"));
    }

    @Test
    void shouldAnnotatePodsForPrometheusScraping() {
        assertThat(statefulSet.getSpec().getTemplate().getMetadata().getAnnotations())
            .containsEntry("prometheus.io/scrape", "true")
            .containsEntry("prometheus.io/port", config.get("CROSSCHECK_HTTP_PORT"))
            .containsEntry("prometheus.io/path", "/metrics");
    }

    @Test
    void shouldReadSaslAndRegistryCredentialsFromTheExampleSecret() {
        final Secret secret = example.single(Secret.class);
        assertThat(secret.getStringData()).containsKeys("KAFKA_SASL_JAAS_CONFIG", "SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO");
        assertThat(app.getEnvFrom()).extracting(EnvFromSource::getSecretRef).filteredOn(ref -> ref != null)
            .anySatisfy(ref -> assertThat(ref.getName()).isEqualTo(secret.getMetadata().getName()));
        assertThat(config).containsEntry("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
            .containsEntry("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512");
        assertThat(mount(config.get("KAFKA_SSL_TRUSTSTORE_LOCATION").replace("/ca.crt", ""))).isNotNull();
    }

    @Test
    void shouldDeclareEveryConfiguredTopicAsAStrimziTopicWithEnoughPartitionsForTheReplicas() {
        final Map<String, Integer> partitions = example.ofKind("KafkaTopic").stream()
            .map(GenericKubernetesResource.class::cast)
            .collect(Collectors.toMap(t -> t.getMetadata().getName(), t -> ((Number) spec(t).get("partitions")).intValue()));
        assertThat(partitions).containsOnlyKeys(config.get("CROSSCHECK_TOPIC_STATEMENTS"), config.get("CROSSCHECK_TOPIC_ALERTS"),
            config.get("CROSSCHECK_TOPIC_ALERTS_JSON"), config.get("CROSSCHECK_TOPIC_DLQ"));
        assertThat(statefulSet.getSpec().getReplicas()).isLessThanOrEqualTo(partitions.get(config.get("CROSSCHECK_TOPIC_STATEMENTS")));
    }

    @Test
    void shouldGrantTheKafkaUserOnlyThePrefixedAndTopicAclsTheAppNeeds() {
        final GenericKubernetesResource user = (GenericKubernetesResource) example.ofKind("KafkaUser").get(0);
        assertThat(user.getApiVersion()).isEqualTo("kafka.strimzi.io/v1beta2");
        final Map<String, Object> spec = spec(user);
        assertThat(nested(spec, "authentication")).containsEntry("type", "scram-sha-512");
        final String appId = config.get("CROSSCHECK_APPLICATION_ID");
        final Set<String> acls = acls(nested(spec, "authorization"));
        assertThat(acls).containsExactlyInAnyOrder(
            "topic:" + config.get("CROSSCHECK_TOPIC_STATEMENTS") + ":literal:[Describe, Read]",
            "topic:" + config.get("CROSSCHECK_TOPIC_ALERTS") + ":literal:[Describe, Write]",
            "topic:" + config.get("CROSSCHECK_TOPIC_ALERTS_JSON") + ":literal:[Describe, Write]",
            "topic:" + config.get("CROSSCHECK_TOPIC_DLQ") + ":literal:[Describe, Write]",
            "topic:" + appId + ":prefix:[All]",
            "group:" + appId + ":prefix:[Describe, Read]",
            "transactionalId:" + appId + ":prefix:[Describe, Write]",
            "cluster:null:null:[IdempotentWrite]");
    }

    @Test
    void shouldBeAcceptedByTheAppsOwnConfiguration() {
        final Map<String, String> env = new HashMap<>(config);
        env.putAll(example.single(Secret.class).getStringData());
        env.put("KAFKA_GROUP_INSTANCE_ID", "crosscheck-0");

        final CrosscheckConfig parsed = CrosscheckConfig.fromEnv(env);

        assertThat(parsed.kafkaProperties())
            .containsEntry("group.instance.id", "crosscheck-0")
            .containsEntry("num.standby.replicas", "1")
            .containsEntry("security.protocol", "SASL_SSL")
            .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
            .containsKey("sasl.jaas.config");
        assertThat(parsed.closeTimeout()).isEqualTo(Duration.parse(config.get("CROSSCHECK_CLOSE_TIMEOUT")));
        assertThat(parsed.stateDir()).isEqualTo(Path.of(mount(config.get("CROSSCHECK_STATE_DIR")).getMountPath()));
        assertThat(parsed.topics().statements()).isEqualTo("statements");
        assertThat(parsed.toString()).doesNotContain("change-me");
    }

    private static void assertHttpProbe(Probe probe, String path) {
        assertThat(probe).as("probe on " + path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http");
    }

    private static VolumeMount mount(String path) {
        return app.getVolumeMounts().stream().filter(m -> m.getMountPath().equals(path)).findFirst()
            .orElseThrow(() -> new AssertionError("no volume mounted at " + path));
    }

    private static ConfigMap referencedConfigMap(RenderedManifests manifests) {
        final ConfigMap configMap = manifests.single(ConfigMap.class);
        final StatefulSet set = manifests.single(StatefulSet.class);
        final boolean referenced = set.getSpec().getTemplate().getSpec().getContainers().get(0).getEnvFrom().stream()
            .anyMatch(source -> source.getConfigMapRef() != null
                && source.getConfigMapRef().getName().equals(configMap.getMetadata().getName()));
        assertThat(referenced).as("the StatefulSet reads the generated ConfigMap").isTrue();
        return configMap;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(GenericKubernetesResource resource) {
        return (Map<String, Object>) resource.getAdditionalProperties().get("spec");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> nested(Map<String, Object> map, String key) {
        return (Map<String, Object>) map.get(key);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> acls(Map<String, Object> authorization) {
        final List<Map<String, Object>> acls = (List<Map<String, Object>>) authorization.get("acls");
        return acls.stream().map(acl -> {
            final Map<String, Object> resource = (Map<String, Object>) acl.get("resource");
            return resource.get("type") + ":" + resource.get("name") + ":" + resource.get("patternType") + ":" + acl.get("operations");
        }).collect(Collectors.toSet());
    }
}
