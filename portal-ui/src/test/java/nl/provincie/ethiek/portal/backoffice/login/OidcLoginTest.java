package nl.provincie.ethiek.portal.backoffice.login;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.provincie.ethiek.portal.backoffice.BackofficeTesting.currentView;
import static nl.provincie.ethiek.portal.backoffice.BackofficeTesting.open;
import static nl.provincie.ethiek.portal.backoffice.BackofficeTesting.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import nl.provincie.ethiek.portal.backoffice.BackofficeConfig;
import nl.provincie.ethiek.portal.backoffice.BackofficeTesting;
import nl.provincie.ethiek.portal.testing.StubHttpService;
import nl.provincie.ethiek.portal.testing.StubHttpService.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The staff login through an OpenID Connect provider, against a stand-in provider on a real HTTP
 * server (discovery, key set, token endpoint) with an RSA key made here.
 */
class OidcLoginTest {

  private static final String CLIENT = "portal";
  private static final String SECRET = "s3cret-of-the-portal";
  private static final String ACCESS_TOKEN = "access-token-of-j-jansen";
  private static final Map<String, String> PROPERTIES =
      Map.of(
          BackofficeConfig.AUTHENTICATION_PROPERTY,
          "oidc",
          "oidc.client.id",
          CLIENT,
          "oidc.client.secret",
          SECRET,
          "oidc.redirect.uri",
          "http://localhost:8080/beheer/oidc/callback");

  private final StubHttpService provider = new StubHttpService();
  private final RSAKey key = rsaKey();
  private String issuer;
  private BackofficeTesting testing;
  private Map<String, String> redirect;
  private UnaryOperator<JWTClaimsSet.Builder> idTokenClaims = claims -> claims;
  private RSAKey signingKey = key;

  @BeforeEach
  void setUp() {
    issuer = provider.baseUrl().toString();
    provider.on(
        "GET",
        "/.well-known/openid-configuration",
        Answer.json(
            """
            {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize",\
            "token_endpoint":"%1$s/token","jwks_uri":"%1$s/jwks"}"""
                .formatted(issuer)));
    provider.on("GET", "/jwks", Answer.json(new JWKSet(key.toPublicJWK()).toString()));
    provider.on("POST", "/token", request -> tokens());
    PROPERTIES.forEach(System::setProperty);
    System.setProperty("oidc.issuer", issuer);
    testing = new BackofficeTesting();
    testing.service.on(
        "GET", "/api/v1/conversations/all", Answer.json("{\"items\":[],\"total\":0}"));
  }

  @AfterEach
  void tearDown() {
    testing.close();
    provider.close();
    PROPERTIES.keySet().forEach(System::clearProperty);
    System.clearProperty("oidc.issuer");
  }

  @Test
  void the_login_page_sends_the_browser_to_the_provider_with_state_and_pkce() {
    goToProvider();

    assertThat(redirect)
        .containsEntry("response_type", "code")
        .containsEntry("client_id", CLIENT)
        .containsEntry("scope", "openid")
        .containsEntry("redirect_uri", "http://localhost:8080/beheer/oidc/callback")
        .containsEntry("code_challenge_method", "S256")
        .containsKeys("state", "nonce", "code_challenge");
    assertThat(redirect.get("state")).hasSizeGreaterThan(30);
    assertThat(redirect.toString()).doesNotContain(SECRET);
    assertThat(StaffSession.current()).isEmpty();
  }

  @Test
  void a_valid_callback_signs_in_with_the_roles_of_the_token_and_calls_services_with_the_bearer() {
    goToProvider();

    callback(redirect.get("state"), "the-code");

    assertThat(currentView())
        .isEqualTo(view("nl.provincie.ethiek.portal.backoffice.moderation.ConversationsAdminView"));
    StaffMember member = StaffSession.require();
    assertThat(member.name()).isEqualTo("J. Jansen");
    assertThat(member.roles()).containsExactly(StaffRole.MODERATOR);
    assertThat(testing.service.requests("GET", "/api/v1/conversations/all"))
        .isNotEmpty()
        .allSatisfy(
            request ->
                assertThat(request.header("Authorization")).isEqualTo("Bearer " + ACCESS_TOKEN));
    StubHttpService.Request exchange = provider.requests("POST", "/token").get(0);
    assertThat(exchange.header("Authorization"))
        .isEqualTo(
            "Basic "
                + Base64.getEncoder()
                    .encodeToString((CLIENT + ":" + SECRET).getBytes(StandardCharsets.UTF_8)));
    Map<String, String> form = parse(exchange.body());
    assertThat(form)
        .containsEntry("grant_type", "authorization_code")
        .containsEntry("code", "the-code");
    assertThat(OidcStaffAuthentication.challenge(form.get("code_verifier")))
        .isEqualTo(redirect.get("code_challenge"));
  }

  @Test
  void a_callback_with_another_state_is_refused_before_the_code_is_used() {
    goToProvider();

    callback("not-" + redirect.get("state"), "the-code");

    assertRefused();
    assertThat(provider.requests("POST", "/token")).isEmpty();
  }

  @Test
  void a_callback_without_a_sign_in_started_here_is_refused() {
    callback("some-state", "the-code");

    assertRefused();
  }

  @Test
  void a_state_is_used_once() {
    goToProvider();
    callback(redirect.get("state"), "the-code");
    StaffSession.signOut();

    callback(redirect.get("state"), "the-code");

    assertRefused();
  }

  @Test
  void an_id_token_signed_with_another_key_is_refused() {
    signingKey = rsaKey();
    goToProvider();

    callback(redirect.get("state"), "the-code");

    assertRefused();
  }

  @Test
  void an_expired_id_token_is_refused() {
    idTokenClaims =
        claims ->
            claims
                .issueTime(Date.from(Instant.now().minus(Duration.ofHours(2))))
                .expirationTime(Date.from(Instant.now().minus(Duration.ofHours(1))));
    goToProvider();

    callback(redirect.get("state"), "the-code");

    assertRefused();
  }

  @Test
  void an_id_token_for_another_client_is_refused() {
    idTokenClaims = claims -> claims.audience("another-client");
    goToProvider();

    callback(redirect.get("state"), "the-code");

    assertRefused();
  }

  @Test
  void an_id_token_with_another_nonce_is_refused() {
    idTokenClaims = claims -> claims.claim("nonce", "replayed");
    goToProvider();

    callback(redirect.get("state"), "the-code");

    assertRefused();
  }

  @Test
  void an_id_token_without_a_back_office_role_is_refused() {
    idTokenClaims = claims -> claims.claim("roles", List.of("resident"));
    goToProvider();

    callback(redirect.get("state"), "the-code");

    assertRefused();
  }

  @Test
  void signing_out_forgets_the_access_token() {
    goToProvider();
    callback(redirect.get("state"), "the-code");

    _click(_get(Button.class, spec -> spec.withText("Uitloggen")));
    open("beheer/gesprekken");

    assertThat(StaffSession.current()).isEmpty();
    assertThat(currentView()).isEqualTo(LoginView.class);
  }

  @Test
  void the_settings_require_a_client_secret_and_hide_it() {
    assertThatThrownBy(
            () ->
                OidcSettings.from(
                    8080,
                    Map.of("OIDC_ISSUER", issuer, "OIDC_CLIENT_ID", CLIENT)::get,
                    name -> null))
        .hasMessageContaining("OIDC_CLIENT_SECRET");
    OidcSettings settings =
        OidcSettings.from(
            8080,
            Map.of("OIDC_ISSUER", issuer, "OIDC_CLIENT_ID", CLIENT, "OIDC_CLIENT_SECRET", SECRET)
                ::get,
            name -> null);
    assertThat(settings.redirectUri())
        .isEqualTo(URI.create("http://localhost:8080/beheer/oidc/callback"));
    assertThat(settings.toString()).doesNotContain(SECRET);
  }

  /** Opens a staff page, lands on the login page and presses the provider's button. */
  private void goToProvider() {
    open("beheer/gesprekken");
    assertThat(currentView()).isEqualTo(LoginView.class);
    _click(_get(Button.class, spec -> spec.withText("Inloggen met uw account van de provincie")));
    String url =
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
            .flatMap(invocation -> invocation.getInvocation().getParameters().stream())
            .map(parameter -> String.valueOf(parameter).replace("\"", ""))
            .filter(parameter -> parameter.startsWith(issuer + "/authorize?"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No redirect to the provider"));
    redirect = parse(URI.create(url).getRawQuery());
  }

  private static void callback(String state, String code) {
    UI.getCurrent()
        .navigate(
            OidcSettings.CALLBACK_PATH,
            QueryParameters.simple(Map.of("state", state, "code", code)));
  }

  private static void assertRefused() {
    assertThat(StaffSession.current()).isEmpty();
    assertThat(currentView()).isEqualTo(OidcCallbackView.class);
    assertThat(_get(Paragraph.class, spec -> spec.withClasses("notice")).getText())
        .startsWith("Inloggen is niet gelukt");
  }

  private Answer tokens() {
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .audience(CLIENT)
            .subject("jjansen")
            .claim("name", "J. Jansen")
            .claim("roles", List.of("moderator", "resident"))
            .claim("nonce", redirect.get("nonce"))
            .issueTime(new Date())
            .expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(5))));
    SignedJWT idToken =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
            idTokenClaims.apply(claims).build());
    try {
      idToken.sign(new RSASSASigner(signingKey));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return Answer.json(
        """
        {"access_token":"%s","token_type":"Bearer","expires_in":300,"id_token":"%s"}"""
            .formatted(ACCESS_TOKEN, idToken.serialize()));
  }

  private static Map<String, String> parse(String query) {
    Map<String, String> values = new HashMap<>();
    for (String pair : query.split("&")) {
      int at = pair.indexOf('=');
      values.put(
          URLDecoder.decode(pair.substring(0, at), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8));
    }
    return values;
  }

  private static RSAKey rsaKey() {
    try {
      return new RSAKeyGenerator(2048).keyID("provider-key").generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
