package nl.provincie.ethiek.portal.security;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * Treats a request as HTTPS when a proxy in front says so with {@code X-Forwarded-Proto: https}.
 * Only the scheme is taken over (not the forwarded host or client address, which the portal does
 * not use): a client that fakes the header over plain HTTP only gets a Secure cookie its browser
 * will not send back, and an HSTS header browsers ignore on HTTP.
 */
final class ForwardedProto implements HttpConfiguration.Customizer {

  static final String HEADER = "X-Forwarded-Proto";

  @Override
  public Request customize(Request request, HttpFields.Mutable responseHeaders) {
    if (request.isSecure() || !"https".equalsIgnoreCase(first(request.getHeaders().get(HEADER)))) {
      return request;
    }
    HttpURI secure = HttpURI.build(request.getHttpURI()).scheme("https").asImmutable();
    return new Request.Wrapper(request) {
      @Override
      public boolean isSecure() {
        return true;
      }

      @Override
      public HttpURI getHttpURI() {
        return secure;
      }
    };
  }

  private static String first(String value) {
    if (value == null) {
      return null;
    }
    int comma = value.indexOf(',');
    return (comma < 0 ? value : value.substring(0, comma)).strip();
  }
}
