package nl.provincie.ethiek.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortalConfigTest {

  @Test
  void defaults_to_port_8080_and_a_local_register_service() {
    var config = PortalConfig.from(name -> null, name -> null);

    assertThat(config).isEqualTo(new PortalConfig(8080, URI.create("http://localhost:8083")));
  }

  @Test
  void reads_environment_variables() {
    var environment =
        Map.of("PORTAL_PORT", "9090", "REGISTER_SERVICE_URL", "http://register.internal:8083/");

    var config = PortalConfig.from(environment::get, name -> null);

    assertThat(config)
        .isEqualTo(new PortalConfig(9090, URI.create("http://register.internal:8083")));
  }

  @Test
  void system_properties_win_over_environment_variables() {
    var environment = Map.of("PORTAL_PORT", "9090", "REGISTER_SERVICE_URL", "http://a:1");
    var properties = Map.of("portal.port", "9191", "register.service.url", "http://b:2");

    var config = PortalConfig.from(environment::get, properties::get);

    assertThat(config).isEqualTo(new PortalConfig(9191, URI.create("http://b:2")));
  }

  @Test
  void the_case_service_defaults_to_port_8082_and_can_be_set() {
    assertThat(PortalConfig.from(name -> null, name -> null).caseServiceUrl())
        .isEqualTo(URI.create("http://localhost:8082"));

    var config =
        PortalConfig.from(
            Map.of("CASE_SERVICE_URL", "http://cases.internal:9082/")::get, n -> null);

    assertThat(config.caseServiceUrl()).isEqualTo(URI.create("http://cases.internal:9082"));
    assertThatThrownBy(
            () -> PortalConfig.from(Map.of("CASE_SERVICE_URL", "cases:8082")::get, n -> null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void treats_blank_values_as_absent() {
    var config = PortalConfig.from(Map.of("PORTAL_PORT", " ")::get, name -> null);

    assertThat(config.port()).isEqualTo(8080);
  }

  @Test
  void rejects_a_port_that_is_not_a_port() {
    assertThatThrownBy(() -> PortalConfig.from(Map.of("PORTAL_PORT", "web")::get, name -> null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("web");
    assertThatThrownBy(() -> PortalConfig.from(Map.of("PORTAL_PORT", "70000")::get, name -> null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejects_a_register_url_that_is_not_http() {
    assertThatThrownBy(
            () ->
                PortalConfig.from(Map.of("REGISTER_SERVICE_URL", "localhost:8083")::get, n -> null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
