package nl.provincie.ethiek.portal.conversation;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The resident's pseudonymous participant token, kept in a cookie (HttpOnly, SameSite=Lax, Secure
 * over HTTPS). It holds only the random token the participation service issued; nothing personal.
 */
public final class ParticipantCookie {

  static final String NAME = "deelnemer";
  static final Duration LIFETIME = Duration.ofDays(180);

  private ParticipantCookie() {}

  /** The token of the current request's cookie, if the resident has one. */
  public static Optional<String> read() {
    VaadinRequest request = VaadinRequest.getCurrent();
    if (request == null || request.getCookies() == null) {
      return Optional.empty();
    }
    return Arrays.stream(request.getCookies())
        .filter(cookie -> NAME.equals(cookie.getName()))
        .map(Cookie::getValue)
        .filter(value -> value != null && !value.isBlank())
        .findFirst();
  }

  static void write(String token) {
    set(token, (int) LIFETIME.toSeconds());
  }

  static void clear() {
    set("", 0);
  }

  private static void set(String value, int maxAge) {
    VaadinResponse response = VaadinResponse.getCurrent();
    if (response == null) {
      return;
    }
    Cookie cookie = new Cookie(NAME, value);
    cookie.setPath("/");
    cookie.setHttpOnly(true);
    cookie.setMaxAge(maxAge);
    cookie.setAttribute("SameSite", "Lax");
    VaadinRequest request = VaadinRequest.getCurrent();
    cookie.setSecure(request != null && request.isSecure());
    response.addCookie(cookie);
  }
}
