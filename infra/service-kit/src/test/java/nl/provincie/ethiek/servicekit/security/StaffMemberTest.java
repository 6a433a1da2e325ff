package nl.provincie.ethiek.servicekit.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The back office signs in by asking a service who the credentials belong to. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffMemberTest implements TestPropertyProvider {

  private final HttpClient http = HttpClient.newHttpClient();
  private final StaffTokenKeys provider = new StaffTokenKeys();
  @Inject EmbeddedServer server;

  @Override
  public Map<String, String> getProperties() {
    RealInfrastructure infra = RealInfrastructure.shared();
    Map<String, String> properties =
        new java.util.HashMap<>(infra.micronautProperties(infra.newDatabase("staff")));
    properties.put(StaffTokens.JWKS_URL, provider.jwksUrl());
    return properties;
  }

  @org.junit.jupiter.api.AfterAll
  void stopProvider() {
    provider.close();
  }

  private HttpResponse<String> me(String authorization) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/staff/me"));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void a_demo_account_learns_its_name_and_roles() throws Exception {
    HttpResponse<String> response = me(basic("moderator", "demo-moderator"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"name\":\"moderator\"")
        .contains("\"roles\":[\"moderator\"]");
  }

  @Test
  void a_wrong_password_is_unauthorized() throws Exception {
    assertThat(me(basic("moderator", "wrong")).statusCode()).isEqualTo(401);
  }

  @Test
  void a_bearer_token_of_the_configured_provider_gives_its_name_and_roles() throws Exception {
    HttpResponse<String> response =
        me("Bearer " + provider.token("alice", java.util.List.of("ethics-officer", "other")));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"name\":\"alice\"")
        .contains("\"roles\":[\"ethics-officer\"]");
  }

  @Test
  void a_token_signed_by_another_key_is_unauthorized() throws Exception {
    String forged = StaffTokenKeys.forgedToken("mallory", java.util.List.of("moderator"));

    assertThat(me("Bearer " + forged).statusCode()).isEqualTo(401);
  }

  @Test
  void an_unsigned_token_is_unauthorized() throws Exception {
    String unsigned = StaffTokenKeys.unsignedToken("mallory", java.util.List.of("moderator"));

    assertThat(me("Bearer " + unsigned).statusCode()).isEqualTo(401);
  }

  @Test
  void an_expired_token_is_unauthorized() throws Exception {
    String expired = provider.expiredToken("alice", java.util.List.of("moderator"));

    assertThat(me("Bearer " + expired).statusCode()).isEqualTo(401);
  }

  @Test
  void without_credentials_it_is_unauthorized() throws Exception {
    assertThat(me(null).statusCode()).isEqualTo(401);
  }
}
