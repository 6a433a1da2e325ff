package nl.provincie.ethiek.portal.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.Locale;

/**
 * The resident's language: Dutch by default, English on request. Kept in the HTTP session so that
 * it survives a reload and so that {@code <html lang>} is right from the first byte.
 */
public final class PortalLanguage {

  public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
  public static final Locale ENGLISH = Locale.ENGLISH;
  static final String SESSION_ATTRIBUTE = "portal.language";

  private PortalLanguage() {}

  /** The language of the current UI, Dutch unless the resident chose English. */
  public static Locale current() {
    UI ui = UI.getCurrent();
    return ui == null ? DUTCH : ui.getLocale();
  }

  public static boolean isEnglish() {
    return "en".equals(current().getLanguage());
  }

  /** The language kept in an HTTP session; Dutch when there is none. */
  static Locale of(WrappedSession session) {
    Object value = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
    return "en".equals(value) ? ENGLISH : DUTCH;
  }

  /** Switches the current UI (and the session) to a language and shows the page again. */
  public static void switchTo(Locale locale) {
    Locale chosen = "en".equals(locale.getLanguage()) ? ENGLISH : DUTCH;
    VaadinSession session = VaadinSession.getCurrent();
    if (session != null && session.getSession() != null) {
      session.getSession().setAttribute(SESSION_ATTRIBUTE, chosen.getLanguage());
    }
    UI ui = UI.getCurrent();
    ui.setLocale(chosen);
    ui.getElement().executeJs("document.documentElement.lang = $0", chosen.getLanguage());
    ui.refreshCurrentRoute(true);
  }
}
