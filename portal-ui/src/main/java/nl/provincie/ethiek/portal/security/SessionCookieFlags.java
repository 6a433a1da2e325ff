package nl.provincie.ethiek.portal.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie (JSESSIONID, which holds a signed-in staff member's session): HttpOnly, so no
 * script reads it; SameSite=Lax, so other sites' forms and scripts do not send it while a link to
 * the portal still works; Secure whenever the request came over HTTPS (Jetty's default "secure
 * request only", including behind a proxy, see {@link ForwardedProto}) (docs/adr/0044).
 */
@WebListener
public class SessionCookieFlags implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Lax");
  }
}
