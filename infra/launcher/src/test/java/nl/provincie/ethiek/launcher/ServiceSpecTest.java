package nl.provincie.ethiek.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceSpecTest {

  @Test
  void the_launcher_waits_for_a_services_readiness_and_for_the_portals_health_page() {
    // docs/adr/0041: /health/readiness needs the database only; Kafka away only degrades it
    ServiceSpec service = new ServiceSpec("case-service-2", "case-service", 8092, Map.of());
    ServiceSpec portal = new ServiceSpec("portal-ui", "portal-ui", 8080, Map.of());

    assertThat(service.healthUrl()).isEqualTo("http://127.0.0.1:8092/health/readiness");
    assertThat(portal.healthUrl()).isEqualTo("http://127.0.0.1:8080/health");
  }
}
