package nl.provincie.ethiek.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What the chart demands of its values, and the portal's session affinity. */
class ChartValuesTest {

  @Test
  void the_chart_lints_without_errors() {
    LintResult lint = new Helm(RenderedChart.chartDirectory()).lint().call();

    assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
  }

  @Test
  void refuses_to_render_without_the_participant_token_secret() {
    assertThatThrownBy(() -> RenderedChart.template(null, Map.of()))
        .hasMessageContaining("participantToken.existingSecret is required");
  }

  @Test
  void refuses_to_render_without_the_oidc_provider() {
    assertThatThrownBy(() -> RenderedChart.render(Map.of("oidc.jwksUrl", "")))
        .hasMessageContaining("oidc.jwksUrl is required");
  }

  @Test
  void refuses_the_latest_tag() {
    assertThatThrownBy(() -> RenderedChart.render(Map.of("image.tag", "latest")))
        .hasMessageContaining("'latest' or an empty tag is refused");
  }

  @Test
  void refuses_national_delivery_without_its_token_secret() {
    assertThatThrownBy(
            () ->
                RenderedChart.render(
                    Map.of(
                        "services.register.nationalRegister.enabled", true,
                        "services.register.nationalRegister.url", "https://register.example",
                        "services.register.nationalRegister.organisationId", "pv-00")))
        .hasMessageContaining("nationalRegister.existingSecret is required");
  }

  @Test
  void an_image_tag_value_names_the_version_of_all_four_images() {
    RenderedChart chart = RenderedChart.render(Map.of("image.tag", "1.4.2"));

    assertThat(
            chart
                .ofKind("Deployment")
                .map(
                    deployment ->
                        RenderedChart.containers(deployment).get(0).path("image").asString()))
        .allMatch(image -> image.endsWith(":1.4.2"));
  }

  @Test
  void the_portal_keeps_a_browser_on_one_replica_by_route_cookie_and_client_ip() {
    RenderedChart chart = RenderedChart.withProvinceValues();
    JsonNode route = chart.named("HTTPRoute", "ethiek-portal-ui");
    JsonNode service = chart.named("Service", "ethiek-portal-ui");

    assertThat(route.at("/spec/rules/0/sessionPersistence/type").asString()).isEqualTo("Cookie");
    assertThat(route.at("/spec/rules/0/backendRefs/0/name").asString())
        .isEqualTo(RenderedChart.nameOf(service));
    assertThat(route.at("/spec/rules/0/backendRefs/0/port").asInt())
        .isEqualTo(service.at("/spec/ports/0/port").asInt());
    assertThat(route.at("/spec/hostnames/0").asString())
        .isEqualTo("participatie.provincie.example");
    assertThat(service.at("/spec/sessionAffinity").asString()).isEqualTo("ClientIP");
  }
}
