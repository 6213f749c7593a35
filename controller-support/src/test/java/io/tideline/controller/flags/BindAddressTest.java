package io.tideline.controller.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BindAddressTest {

  record Case(String address, BindAddress expected) {}

  static Stream<Case> valid() {
    return Stream.of(
        new Case(":8080", new BindAddress("0.0.0.0", 8080)),
        new Case("127.0.0.1:9440", new BindAddress("127.0.0.1", 9440)),
        new Case("localhost:0", new BindAddress("localhost", 0)),
        new Case("[::1]:9090", new BindAddress("::1", 9090)),
        new Case(":65535", new BindAddress("0.0.0.0", 65535)));
  }

  @ParameterizedTest
  @MethodSource("valid")
  void parsesGoStyleAddresses(Case c) {
    assertThat(BindAddress.parse(c.address())).isEqualTo(c.expected());
  }

  record Bad(String address, String message) {}

  static Stream<Bad> invalid() {
    return Stream.of(
        new Bad("8080", "invalid bind address '8080': missing port"),
        new Bad("localhost", "missing port"),
        new Bad("host:", "invalid bind address 'host:': bad port"),
        new Bad(":http", "bad port"),
        new Bad(":65536", "port out of range"),
        new Bad(":-1", "port out of range"));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void rejectsNamingTheAddress(Bad c) {
    assertThatThrownBy(() -> BindAddress.parse(c.address()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(c.message());
  }
}
