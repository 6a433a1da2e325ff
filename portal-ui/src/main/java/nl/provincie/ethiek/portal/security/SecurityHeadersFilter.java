package nl.provincie.ethiek.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The browser-side protections of every portal response (docs/adr/0044): a Content-Security-Policy
 * as tight as Vaadin allows, no framing by any site, no MIME sniffing, referrers without paths to
 * other sites, and HSTS on HTTPS (directly or through a proxy, see {@link ForwardedProto}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  /** The request attribute that holds this response's script nonce, for {@link ScriptNonces}. */
  public static final String NONCE = SecurityHeadersFilter.class.getName() + ".nonce";

  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * The tightest policy the portal works under, measured in Chromium on every public page with a
   * stricter report-only policy beside it (docs/adr/0044). Scripts: this origin, the inline scripts
   * of Vaadin's bootstrap page by this response's nonce ({@link ScriptNonces}), and {@code
   * 'unsafe-eval'} (FlowClient evaluates the server's JavaScript). Inline styles (Lumo and the
   * components write style elements and attributes) and {@code data:} fonts (Lumo's icons) and
   * images (component styles). Everything else is this origin only; nothing may frame the portal,
   * and no plugin, foreign form target or base URL is allowed.
   */
  static String contentSecurityPolicy(String nonce) {
    return String.join(
        "; ",
        "default-src 'self'",
        "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'");
  }

  /** One year, the value HSTS preload lists ask for; no includeSubDomains (other sites). */
  static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    byte[] random = new byte[18];
    RANDOM.nextBytes(random);
    String nonce = Base64.getEncoder().encodeToString(random);
    request.setAttribute(NONCE, nonce);
    response.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce));
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    }
    chain.doFilter(request, response);
  }
}
