package io.tideline.manifests.install;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.tideline.testsupport.kube.KubeApiServerTest;
import io.tideline.testsupport.kube.RepoRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code manifests/install} and {@code manifests/tenants} build with {@code kubectl kustomize},
 * have the shape of Flux's {@code flux install} output, and every object they hold is accepted by a
 * real kube-apiserver, server-side applied with a dry run and then for real.
 */
@KubeApiServerTest
class InstallManifestsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NAMESPACE = "flux-system";
  private static final List<String> FLUX_ARGS =
      List.of(
          "--watch-all-namespaces",
          "--log-level=info",
          "--log-encoding=json",
          "--enable-leader-election");

  private static List<GenericKubernetesResource> install;

  /** A controller Deployment as {@code flux install} writes it, with our controllers' ports. */
  record Controller(
      String name,
      List<String> args,
      Map<String, Integer> ports,
      String livenessPath,
      String readinessPath,
      String readinessPort) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Controller> controllers() {
    return Stream.of(
        new Controller(
            "source-controller",
            concat(
                FLUX_ARGS,
                "--storage-path=/data",
                "--storage-adv-addr=source-controller.$(RUNTIME_NAMESPACE).svc.cluster.local."),
            Map.of("http", 9090, "http-prom", 8080, "healthz", 9440),
            "/healthz",
            "/",
            "http"),
        new Controller(
            "kustomize-controller",
            FLUX_ARGS,
            Map.of("http-prom", 8080, "healthz", 9440),
            "/healthz",
            "/readyz",
            "healthz"));
  }

  @BeforeAll
  static void build() {
    install = KustomizeBuild.objects(RepoRoot.find().resolve("manifests/install"));
  }

  @Test
  void installHoldsWhatFluxInstallHolds() throws IOException {
    assertThat(install.get(0).getKind()).as("namespace first").isEqualTo("Namespace");
    assertThat(install.get(0).getMetadata().getName()).isEqualTo(NAMESPACE);
    assertThat(names(install, "CustomResourceDefinition"))
        .as("every CRD of manifests/crds")
        .hasSize(crdFileCount());
    assertThat(names(install, "ServiceAccount"))
        .containsExactlyInAnyOrder("source-controller", "kustomize-controller");
    assertThat(names(install, "Deployment"))
        .containsExactlyInAnyOrder("source-controller", "kustomize-controller");
    assertThat(names(install, "Service")).containsExactly("source-controller");
    assertThat(names(install, "NetworkPolicy"))
        .containsExactlyInAnyOrder("allow-egress", "allow-scraping", "allow-webhooks");
    assertThat(names(install, "ClusterRole"))
        .containsExactlyInAnyOrder("crd-controller", "flux-edit", "flux-view");
    assertThat(names(install, "ClusterRoleBinding"))
        .containsExactlyInAnyOrder("crd-controller", "cluster-reconciler");
    for (GenericKubernetesResource object : install) {
      assertThat(object.getMetadata().getLabels())
          .as("labels of %s", ServerSideApply.id(object))
          .containsEntry("app.kubernetes.io/part-of", "flux")
          .containsEntry("app.kubernetes.io/instance", NAMESPACE);
      if (!List.of("Namespace", "CustomResourceDefinition").contains(object.getKind())
          && !object.getKind().startsWith("Cluster")) {
        assertThat(object.getMetadata().getNamespace())
            .as("namespace of %s", ServerSideApply.id(object))
            .isEqualTo(NAMESPACE);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("controllers")
  void controllerDeploymentRunsLikeFlux(Controller c) {
    JsonNode spec = tree(object("Deployment", c.name())).at("/spec/template/spec");
    JsonNode container = spec.at("/containers/0");

    assertThat(spec.at("/serviceAccountName").asText()).isEqualTo(c.name());
    assertThat(names(install, "ServiceAccount")).contains(c.name());
    assertThat(container.at("/image").asText()).startsWith("ghcr.io/tideline/" + c.name() + ":");
    assertThat(texts(container.at("/args"))).containsExactlyElementsOf(c.args());
    Map<String, Integer> ports = new HashMap<>();
    container
        .at("/ports")
        .forEach(p -> ports.put(p.at("/name").asText(), p.at("/containerPort").asInt()));
    assertThat(ports).isEqualTo(c.ports());
    assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo(c.livenessPath());
    assertThat(container.at("/livenessProbe/httpGet/port").asText()).isEqualTo("healthz");
    assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo(c.readinessPath());
    assertThat(container.at("/readinessProbe/httpGet/port").asText()).isEqualTo(c.readinessPort());
    assertThat(container.at("/env/0/name").asText()).isEqualTo("RUNTIME_NAMESPACE");

    JsonNode security = container.at("/securityContext");
    assertThat(security.at("/runAsNonRoot").asBoolean()).isTrue();
    assertThat(security.at("/readOnlyRootFilesystem").asBoolean()).isTrue();
    assertThat(security.at("/allowPrivilegeEscalation").asBoolean(true)).isFalse();
    assertThat(texts(security.at("/capabilities/drop"))).containsExactly("ALL");
    assertThat(security.at("/seccompProfile/type").asText()).isEqualTo("RuntimeDefault");
    List<String> mounts = new ArrayList<>();
    container.at("/volumeMounts").forEach(m -> mounts.add(m.at("/mountPath").asText()));
    assertThat(mounts).as("writable /tmp with a read-only root fs").contains("/tmp");
  }

  @Test
  void sourceControllerServiceReachesTheArtifactServer() {
    JsonNode service = tree(object("Service", "source-controller"));
    JsonNode podLabels =
        tree(object("Deployment", "source-controller")).at("/spec/template/metadata/labels");

    assertThat(service.at("/spec/ports/0/port").asInt()).isEqualTo(80);
    assertThat(service.at("/spec/ports/0/targetPort").asText()).isEqualTo("http");
    service
        .at("/spec/selector")
        .fields()
        .forEachRemaining(
            e -> assertThat(podLabels.path(e.getKey()).asText()).isEqualTo(e.getValue().asText()));
  }

  @Test
  void rbacBindsControllersLikeFluxInstall() {
    JsonNode role = tree(object("ClusterRole", "crd-controller"));
    List<String> groups = new ArrayList<>();
    role.at("/rules").forEach(r -> groups.addAll(texts(r.at("/apiGroups"))));
    assertThat(groups)
        .contains(
            "source.toolkit.fluxcd.io",
            "kustomize.toolkit.fluxcd.io",
            "helm.toolkit.fluxcd.io",
            "notification.toolkit.fluxcd.io",
            "image.toolkit.fluxcd.io",
            "coordination.k8s.io");

    assertThat(subjects(object("ClusterRoleBinding", "crd-controller")))
        .containsExactlyInAnyOrder(
            "flux-system/source-controller", "flux-system/kustomize-controller");
    JsonNode reconciler = tree(object("ClusterRoleBinding", "cluster-reconciler"));
    assertThat(reconciler.at("/roleRef/name").asText()).isEqualTo("cluster-admin");
    assertThat(subjects(object("ClusterRoleBinding", "cluster-reconciler")))
        .containsExactly("flux-system/kustomize-controller");
  }

  @Test
  void everyInstallObjectIsAcceptedByTheApiServer(KubernetesClient client) {
    assertThat(new ServerSideApply(client).applyAll(install)).isEmpty();

    Deployment deployment =
        client.apps().deployments().inNamespace(NAMESPACE).withName("source-controller").get();
    assertThat(deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getArgs())
        .contains("--storage-path=/data");
    assertThat(client.services().inNamespace(NAMESPACE).withName("source-controller").get())
        .isNotNull();
    assertThat(client.network().v1().networkPolicies().inNamespace(NAMESPACE).list().getItems())
        .hasSize(3);
  }

  @Test
  void tenantExampleIsAccepted(KubernetesClient client) {
    List<GenericKubernetesResource> tenants =
        KustomizeBuild.objects(RepoRoot.find().resolve("manifests/tenants"));

    assertThat(tenants.stream().map(GenericKubernetesResource::getKind))
        .containsExactlyInAnyOrder(
            "Namespace", "ServiceAccount", "RoleBinding", "GitRepository", "Kustomization");
    assertThat(new ServerSideApply(client).applyAll(tenants)).isEmpty();

    GenericKubernetesResource kustomization =
        client
            .genericKubernetesResources("kustomize.toolkit.fluxcd.io/v1", "Kustomization")
            .inNamespace("dev-team")
            .withName("dev-team")
            .get();
    JsonNode spec = tree(kustomization).at("/spec");
    assertThat(spec.at("/serviceAccountName").asText()).isEqualTo("dev-team");
    assertThat(spec.at("/sourceRef/name").asText()).isEqualTo("dev-team");
    assertThat(
            client.rbac().roleBindings().inNamespace("dev-team").withName("gotk-reconciler").get())
        .as("the tenant's rights are bound in its namespace only")
        .isNotNull();
    assertThat(
            client
                .genericKubernetesResources("source.toolkit.fluxcd.io/v1", "GitRepository")
                .inNamespace("dev-team")
                .withName("dev-team")
                .get())
        .isNotNull();
  }

  private static GenericKubernetesResource object(String kind, String name) {
    return install.stream()
        .filter(o -> o.getKind().equals(kind) && o.getMetadata().getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in manifests/install"));
  }

  private static List<String> names(List<GenericKubernetesResource> objects, String kind) {
    return objects.stream()
        .filter(o -> o.getKind().equals(kind))
        .map(o -> o.getMetadata().getName())
        .toList();
  }

  private static List<String> subjects(GenericKubernetesResource binding) {
    List<String> subjects = new ArrayList<>();
    tree(binding)
        .at("/subjects")
        .forEach(s -> subjects.add(s.at("/namespace").asText() + "/" + s.at("/name").asText()));
    return subjects;
  }

  private static int crdFileCount() throws IOException {
    try (Stream<Path> files = Files.list(RepoRoot.find().resolve("manifests/crds"))) {
      return (int)
          files.filter(p -> p.getFileName().toString().contains(".toolkit.fluxcd.io.")).count();
    }
  }

  private static JsonNode tree(GenericKubernetesResource object) {
    return JSON.valueToTree(object);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }

  private static List<String> concat(List<String> first, String... more) {
    return Stream.concat(first.stream(), Stream.of(more)).collect(Collectors.toList());
  }
}
