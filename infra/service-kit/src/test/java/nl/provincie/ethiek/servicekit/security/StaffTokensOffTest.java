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
import java.util.List;
import java.util.Map;
import nl.provincie.ethiek.testsupport.RealInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Without OIDC_JWKS_URL no provider is trusted: even a well-signed token is refused. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffTokensOffTest implements TestPropertyProvider {

  private final StaffTokenKeys provider = new StaffTokenKeys();
  @Inject EmbeddedServer server;

  @Override
  public Map<String, String> getProperties() {
    RealInfrastructure infra = RealInfrastructure.shared();
    return infra.micronautProperties(infra.newDatabase("staff_off"));
  }

  @AfterAll
  void stopProvider() {
    provider.close();
  }

  private int me(String token) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/staff/me"))
            .header("Authorization", "Bearer " + token)
            .build();
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }

  @Test
  void bearer_tokens_are_refused_when_no_provider_is_configured() throws Exception {
    assertThat(me(provider.token("alice", List.of("moderator")))).isEqualTo(401);
  }

  @Test
  void an_unsigned_token_is_refused_when_no_provider_is_configured() throws Exception {
    assertThat(me(StaffTokenKeys.unsignedToken("mallory", List.of("moderator")))).isEqualTo(401);
  }
}
