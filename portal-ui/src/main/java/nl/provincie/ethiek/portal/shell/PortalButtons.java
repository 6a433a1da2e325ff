package nl.provincie.ethiek.portal.shell;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.NativeButton;

/**
 * The buttons of the public pages: native {@code <button type="button">} elements drawn in Lumo's
 * sizes and colours by portal.css ({@code .portal-button}), so that no public page needs Vaadin's
 * button component and its tooltip in the JavaScript every page loads (docs/adr/0065). The back
 * office keeps Vaadin's buttons.
 */
public final class PortalButtons {

  private PortalButtons() {}

  /** A button of the page's main action: filled in the primary colour. */
  public static NativeButton primary(
      String text, ComponentEventListener<ClickEvent<NativeButton>> click) {
    NativeButton button = plain(text);
    button.addClassName("primary");
    button.addClickListener(click);
    return button;
  }

  /** A button that removes something for good: filled in the error colour. */
  public static NativeButton danger(String text) {
    NativeButton button = plain(text);
    button.addClassName("danger");
    return button;
  }

  /** A secondary button: the primary colour's text on a light grey. */
  public static NativeButton plain(String text) {
    NativeButton button = new NativeButton(text);
    button.addClassName("portal-button");
    button.getElement().setAttribute("type", "button");
    return button;
  }
}
