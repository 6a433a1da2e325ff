package nl.provincie.ethiek.portal.testing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.Cookie;
import nl.provincie.ethiek.portal.shell.MainLayout;

/** Small helpers for the Karibu view tests of the public pages. */
public final class PortalTestSupport {

  private PortalTestSupport() {}

  /** The text of the whole page (header, content, footer). */
  public static String pageText() {
    return _get(MainLayout.class).getElement().getTextRecursively();
  }

  /** Gives the current (fake) request the resident's participant cookie. */
  public static void withParticipantCookie(String token) {
    var request = (VaadinServletRequest) VaadinRequest.getCurrent();
    ((FakeRequest) request.getRequest()).addCookie(new Cookie("deelnemer", token));
  }

  /** What the browser does every poll interval: one poll round trip. */
  public static void poll() {
    UI ui = UI.getCurrent();
    ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
  }
}
