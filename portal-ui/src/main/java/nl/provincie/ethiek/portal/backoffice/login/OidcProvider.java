package nl.provincie.ethiek.portal.backoffice.login;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import nl.provincie.ethiek.portal.http.ServiceHttp;
import nl.provincie.ethiek.portal.http.ServiceUnavailableException;

/**
 * HTTP to the OpenID Connect provider: its discovery document (read once), its key set (read on
 * every sign-in, so rotated keys are picked up) and the code exchange at its token endpoint with
 * {@code client_secret_basic}. Error messages name the endpoint only, never a code or token.
 */
final class OidcProvider {

  /** The endpoints of the discovery document the portal uses. */
  record Endpoints(URI authorization, URI token, URI jwks) {}

  /** The answer of the token endpoint. */
  record Tokens(String idToken, String accessToken) {
    @Override
    public String toString() {
      return "Tokens[hidden]";
    }
  }

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final OidcSettings settings;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(3))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private volatile Endpoints endpoints;

  OidcProvider(OidcSettings settings) {
    this.settings = settings;
  }

  Endpoints endpoints() {
    Endpoints known = endpoints;
    if (known == null) {
      JsonNode discovery =
          json(get(URI.create(settings.issuer() + "/.well-known/openid-configuration")));
      if (!settings.issuer().toString().equals(discovery.path("issuer").asText())) {
        throw new ServiceUnavailableException("The provider's discovery names another issuer");
      }
      known =
          new Endpoints(
              endpoint(discovery, "authorization_endpoint"),
              endpoint(discovery, "token_endpoint"),
              endpoint(discovery, "jwks_uri"));
      endpoints = known;
    }
    return known;
  }

  JWKSet keys() {
    try {
      return JWKSet.parse(get(endpoints().jwks()));
    } catch (ParseException e) {
      throw new ServiceUnavailableException("The provider's key set cannot be read");
    }
  }

  /** Swaps an authorization code for tokens; a refusal by the provider is a refused sign-in. */
  Tokens exchange(String code, String codeVerifier) {
    Map<String, String> form =
        Map.of(
            "grant_type",
            "authorization_code",
            "code",
            code,
            "redirect_uri",
            settings.redirectUri().toString(),
            "code_verifier",
            codeVerifier);
    String body =
        form.entrySet().stream()
            .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
            .collect(Collectors.joining("&"));
    String client = encode(settings.clientId()) + ":" + encode(settings.clientSecret());
    HttpRequest request =
        HttpRequest.newBuilder(endpoints().token())
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString(client.getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = send(request);
    if (response.statusCode() == 400 || response.statusCode() == 401) {
      throw new SignInRefusedException(
          "The token endpoint refused the code (" + response.statusCode() + ")");
    }
    if (response.statusCode() != 200) {
      throw new ServiceUnavailableException(
          "The token endpoint answered HTTP " + response.statusCode());
    }
    JsonNode tokens = json(response.body());
    String idToken = tokens.path("id_token").asText("");
    String accessToken = tokens.path("access_token").asText("");
    if (idToken.isEmpty()
        || accessToken.isEmpty()
        || !"bearer".equalsIgnoreCase(tokens.path("token_type").asText())) {
      throw new SignInRefusedException("The token endpoint gave no ID token or bearer token");
    }
    return new Tokens(idToken, accessToken);
  }

  private String get(URI uri) {
    HttpRequest request =
        HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json").build();
    HttpResponse<String> response = send(request);
    if (response.statusCode() != 200) {
      throw new ServiceUnavailableException(
          "GET " + uri.getPath() + " at the provider answered HTTP " + response.statusCode());
    }
    return response.body();
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new ServiceUnavailableException(
          "The provider cannot be reached at " + request.uri().getPath());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServiceUnavailableException("Interrupted while calling the provider");
    }
  }

  private static JsonNode json(String body) {
    try {
      return ServiceHttp.JSON.readTree(body);
    } catch (IOException e) {
      throw new ServiceUnavailableException("The provider answered no JSON");
    }
  }

  private static URI endpoint(JsonNode discovery, String name) {
    String value = discovery.path(name).asText("");
    if (value.isEmpty()) {
      throw new ServiceUnavailableException("The provider's discovery has no " + name);
    }
    return URI.create(value);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
