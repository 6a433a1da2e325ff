package nl.provincie.ethiek.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Compresses the page a browser loads when it comes without a session: the first visit, where a
 * phone on a slow network waits longest (docs/adr/0061). The bootstrap page holds secrets beside
 * text from the address, which is what BREACH needs to learn a secret from the sizes of many
 * compressed answers: a CSRF key made for each page, and the session's push key, the same on every
 * page of the session. So only answers that start a new session are compressed: their push key is
 * new too. A request that brings a session, whose push key an attacker could probe again and again,
 * gets its page uncompressed. Vaadin's own requests ({@code v-r}) and static files (compressed
 * ahead by the build) pass untouched.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class FirstVisitCompression extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!applies(request)) {
      chain.doFilter(request, response);
      return;
    }
    response.addHeader("Vary", "Accept-Encoding, Cookie");
    GzipPageResponse compressing = new GzipPageResponse(response);
    try {
      chain.doFilter(request, compressing);
    } finally {
      compressing.finish();
    }
  }

  static boolean applies(HttpServletRequest request) {
    return "GET".equals(request.getMethod())
        && request.getRequestedSessionId() == null
        && request.getParameter("v-r") == null
        && !request.getRequestURI().contains("/VAADIN/")
        && acceptsGzip(request.getHeader("Accept-Encoding"));
  }

  /** True when the header lists gzip (or any coding) without refusing it by {@code q=0}. */
  static boolean acceptsGzip(String header) {
    if (header == null) {
      return false;
    }
    for (String part : header.toLowerCase(Locale.ROOT).split(",")) {
      String[] coding = part.strip().split(";");
      String name = coding[0].strip();
      if (name.equals("gzip") || name.equals("*")) {
        return coding.length < 2 || !coding[1].replace(" ", "").matches("q=0(\\.0*)?");
      }
    }
    return false;
  }
}
