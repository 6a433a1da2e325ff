package nl.provincie.ethiek.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The portal as it runs (Vaadin Boot on Jetty, production mode, in this JVM): every response
 * carries the browser protections of docs/adr/0044, the session cookie its flags, and nothing names
 * the server software.
 */
class SecurityHeadersTest {

  @RegisterExtension static final PortalOnJetty portal = new PortalOnJetty();

  @Test
  void a_page_over_http_is_protected_and_its_session_cookie_is_http_only_and_same_site() {
    HttpResponse<String> page = get("/", Map.of());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<html");

    Map<String, String> csp = directives(header(page, "Content-Security-Policy").orElseThrow());
    assertThat(csp)
        .containsEntry("default-src", "'self'")
        .containsEntry("frame-ancestors", "'none'")
        .containsEntry("object-src", "'none'")
        .containsEntry("base-uri", "'self'")
        .containsEntry("form-action", "'self'")
        .containsEntry("connect-src", "'self'");
    assertThat(csp.values()).noneMatch(v -> v.contains("*") || v.contains("http:"));
    assertThat(header(page, "X-Frame-Options")).contains("DENY");
    assertThat(header(page, "X-Content-Type-Options")).contains("nosniff");
    assertThat(header(page, "Referrer-Policy")).contains("strict-origin-when-cross-origin");
    assertThat(header(page, "Strict-Transport-Security")).as("plain HTTP: no HSTS").isEmpty();
    assertThat(header(page, "Server")).isEmpty();
    assertThat(header(page, "X-Powered-By")).isEmpty();

    Map<String, String> cookie = sessionCookie(page);
    assertThat(cookie).containsKey("httponly").containsEntry("samesite", "Lax");
    assertThat(cookie).doesNotContainKey("secure");
  }

  @Test
  void only_the_pages_own_inline_scripts_may_run_by_a_nonce_new_for_every_response() {
    HttpResponse<String> page = get("/", Map.of());
    String scripts =
        directives(header(page, "Content-Security-Policy").orElseThrow()).get("script-src");
    assertThat(scripts).doesNotContain("'unsafe-inline'");
    Matcher nonce = Pattern.compile("'nonce-([A-Za-z0-9+/=]{16,})'").matcher(scripts);
    assertThat(nonce.find()).as(scripts).isTrue();

    Matcher script = Pattern.compile("<script([^>]*)>").matcher(page.body());
    int inline = 0;
    while (script.find()) {
      String attributes = script.group(1);
      if (!attributes.contains("src=")) {
        inline++;
        assertThat(attributes).contains("nonce=\"" + nonce.group(1) + "\"");
      }
    }
    assertThat(inline).as("Vaadin's bootstrap page has inline scripts").isPositive();

    String again =
        directives(header(get("/", Map.of()), "Content-Security-Policy").orElseThrow())
            .get("script-src");
    assertThat(again).isNotEqualTo(scripts);
  }

  @Test
  void behind_a_tls_proxy_the_portal_sends_hsts_and_a_secure_session_cookie() {
    HttpResponse<String> page = get("/", Map.of("X-Forwarded-Proto", "https"));
    assertThat(page.statusCode()).isEqualTo(200);

    assertThat(header(page, "Strict-Transport-Security")).contains("max-age=31536000");
    Map<String, String> cookie = sessionCookie(page);
    assertThat(cookie)
        .containsKey("httponly")
        .containsKey("secure")
        .containsEntry("samesite", "Lax");
  }

  @Test
  void every_response_is_protected_not_only_the_pages() {
    HttpResponse<String> health = get("/health", Map.of());
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(header(health, "X-Frame-Options")).contains("DENY");
    assertThat(header(health, "X-Content-Type-Options")).contains("nosniff");
    assertThat(directives(header(health, "Content-Security-Policy").orElseThrow()))
        .containsEntry("frame-ancestors", "'none'");
    assertThat(header(health, "Server")).isEmpty();

    HttpResponse<String> missing = get("/no-such-file.js", Map.of());
    assertThat(header(missing, "Server")).isEmpty();
    assertThat(header(missing, "X-Content-Type-Options")).contains("nosniff");
  }

  private static HttpResponse<String> get(String path, Map<String, String> headers) {
    return portal.get(path, headers);
  }

  private static Optional<String> header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name);
  }

  /** The policy's directives: name to its source list. */
  private static Map<String, String> directives(String policy) {
    Map<String, String> directives = new LinkedHashMap<>();
    for (String directive : policy.split(";")) {
      String[] parts = directive.strip().split("\\s+", 2);
      directives.put(parts[0].toLowerCase(Locale.ROOT), parts.length > 1 ? parts[1] : "");
    }
    return directives;
  }

  /** The attributes of the JSESSIONID Set-Cookie (lower-case names), with its value as "value". */
  private static Map<String, String> sessionCookie(HttpResponse<?> response) {
    List<String> cookies = response.headers().allValues("Set-Cookie");
    String session =
        cookies.stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    Map<String, String> attributes = new LinkedHashMap<>();
    String[] parts = session.split(";");
    attributes.put("value", parts[0].substring("JSESSIONID=".length()));
    for (int i = 1; i < parts.length; i++) {
      String[] pair = parts[i].strip().split("=", 2);
      attributes.put(pair[0].toLowerCase(Locale.ROOT), pair.length > 1 ? pair[1] : "");
    }
    return attributes;
  }
}
