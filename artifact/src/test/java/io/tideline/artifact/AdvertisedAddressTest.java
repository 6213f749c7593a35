package io.tideline.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AdvertisedAddressTest {

  record Case(String advAddr, String bindAddr, String expectedUrl) {}

  static Stream<Case> cases() {
    return Stream.of(
        new Case(
            "source-controller.flux-system.svc.cluster.local.",
            ":9090",
            "http://source-controller.flux-system.svc.cluster.local./k/ns/n/f.tar.gz"),
        new Case("", ":9090", "http://localhost:9090/k/ns/n/f.tar.gz"),
        new Case("", "0.0.0.0:9090", "http://pod-1:9090/k/ns/n/f.tar.gz"),
        new Case("", "127.0.0.1:9090", "http://127.0.0.1:9090/k/ns/n/f.tar.gz"),
        new Case(
            "https://files.example/base/", ":9090", "https://files.example/base/k/ns/n/f.tar.gz"),
        new Case("http://10.0.0.1:8080", ":9090", "http://10.0.0.1:8080/k/ns/n/f.tar.gz"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void buildsFluxUrls(Case c) {
    AdvertisedAddress address = AdvertisedAddress.fromFlags(c.advAddr(), c.bindAddr(), "pod-1");

    assertThat(address.urlOf("k/ns/n/f.tar.gz")).isEqualTo(c.expectedUrl());
    assertThat(address.urlOf("/k/ns/n/f.tar.gz")).isEqualTo(c.expectedUrl());
  }
}
