package nl.provincie.ethiek.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The browser-side protections of every portal response (docs/adr/0044): a Content-Security-Policy
 * as tight as Vaadin allows, no framing by any site, no MIME sniffing, referrers without paths to
 * other sites, and HSTS on HTTPS (directly or through a proxy, see {@link ForwardedProto}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  /**
   * Vaadin Flow 24 needs {@code 'unsafe-inline'} scripts (its bootstrap page carries the initial
   * state in inline scripts) and {@code 'unsafe-eval'} ({@code executeJs} and the client's property
   * bindings run through {@code new Function}), and inline styles (Lumo and components set style
   * attributes). Everything else is this origin only; nothing may frame the portal, and no plugin,
   * foreign form target or base URL is allowed.
   */
  static final String CONTENT_SECURITY_POLICY =
      String.join(
          "; ",
          "default-src 'self'",
          "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' data:",
          "font-src 'self' data:",
          "connect-src 'self'",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self'",
          "frame-ancestors 'none'");

  /** One year, the value HSTS preload lists ask for; no includeSubDomains (other sites). */
  static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
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
