package nl.provincie.ethiek.portal.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.provincie.ethiek.portal.http.ServiceUnavailableException;
import org.junit.jupiter.api.Test;

class HttpRegisterClientTest {

  @Test
  void reads_published_algorithms_from_the_register_service() {
    try (var register = CannedRegisterService.answering(CannedRegisterService.ONE_ALGORITHM)) {
      var entries = new HttpRegisterClient(register.baseUrl()).publishedAlgorithms();

      assertThat(entries)
          .containsExactly(
              new AlgorithmEntry(
                  UUID.fromString("5f0c2a4e-8a51-4c1e-9a43-0d3c1b8e7f21"),
                  "Subsidiecheck energiebesparing",
                  "Provincie Utrecht",
                  "Controleert of een aanvraag voor subsidie volledig is.",
                  "PUBLISHED",
                  1,
                  Instant.parse("2026-11-23T10:15:30Z")));
      assertThat(register.requests())
          .containsExactly(
              new CannedRegisterService.Request("GET", "/api/v1/algorithms", "application/json"));
    }
  }

  @Test
  void reads_an_empty_register() {
    try (var register = CannedRegisterService.answering(CannedRegisterService.NO_ALGORITHMS)) {
      assertThat(new HttpRegisterClient(register.baseUrl()).publishedAlgorithms()).isEmpty();
    }
  }

  @Test
  void accepts_a_base_url_with_a_trailing_slash() {
    try (var register = CannedRegisterService.answering(CannedRegisterService.NO_ALGORITHMS)) {
      URI withSlash = URI.create(register.baseUrl() + "/");

      new HttpRegisterClient(withSlash).publishedAlgorithms();

      assertThat(register.requests()).extracting("path").containsExactly("/api/v1/algorithms");
    }
  }

  @Test
  void ignores_fields_it_does_not_know() {
    String json =
        """
        {"items":[{"id":"5f0c2a4e-8a51-4c1e-9a43-0d3c1b8e7f21","name":"Routeplanner",
          "organisation":"Provincie Utrecht","description":"Plant routes.","status":"PUBLISHED",
          "version":3,"publishedAt":"2026-01-02T08:00:00Z","category":["Verkeer"]}],
         "total":1,"page":0}
        """;
    try (var register = CannedRegisterService.answering(json)) {
      var entries = new HttpRegisterClient(register.baseUrl()).publishedAlgorithms();

      assertThat(entries).extracting(AlgorithmEntry::name).containsExactly("Routeplanner");
      assertThat(entries).extracting(AlgorithmEntry::version).containsExactly(3);
    }
  }

  @Test
  void reports_an_unreachable_register_service() {
    var client = new HttpRegisterClient(CannedRegisterService.unreachableUrl());

    assertThatThrownBy(client::publishedAlgorithms).isInstanceOf(ServiceUnavailableException.class);
  }

  @Test
  void reports_an_error_status_as_unavailable() {
    try (var register = CannedRegisterService.answering(503, "{\"title\":\"Unavailable\"}")) {
      var client = new HttpRegisterClient(register.baseUrl());

      assertThatThrownBy(client::publishedAlgorithms)
          .isInstanceOf(ServiceUnavailableException.class)
          .hasMessageContaining("503");
    }
  }

  @Test
  void reports_an_unreadable_answer_as_unavailable() {
    try (var register = CannedRegisterService.answering("<html>not json</html>")) {
      var client = new HttpRegisterClient(register.baseUrl());

      assertThatThrownBy(client::publishedAlgorithms)
          .isInstanceOf(ServiceUnavailableException.class);
    }
  }

  @Test
  void reports_an_entry_without_required_fields_as_unreadable() {
    try (var register = CannedRegisterService.answering("{\"items\":[{\"name\":\"Zonder id\"}]}")) {
      var client = new HttpRegisterClient(register.baseUrl());

      assertThatThrownBy(client::publishedAlgorithms)
          .isInstanceOf(ServiceUnavailableException.class);
    }
  }

  @Test
  void gives_up_on_a_register_service_that_does_not_answer_in_time() {
    try (var register =
        CannedRegisterService.answeringAfter(
            Duration.ofSeconds(2), CannedRegisterService.NO_ALGORITHMS)) {
      var client =
          new HttpRegisterClient(register.baseUrl(), Duration.ofSeconds(1), Duration.ofMillis(200));
      long start = System.nanoTime();

      assertThatThrownBy(client::publishedAlgorithms)
          .isInstanceOf(ServiceUnavailableException.class);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }
  }
}
